// Duplicate, Create translation and the document menu of news items: a copy never carries the original's date or
// addresses, and a linked item can be deleted with its translation link.
import {useDeleteTranslationAction} from '@sanity/document-internationalization'
import type {DocumentActionComponent, TemplateItem, Tool} from 'sanity'
import {describe, expect, it} from 'vitest'
import {documentActions, newDocumentOptions, toolsFor} from '../config/document-rules'
import {newsItemType} from '../schemaTypes/news-item'
import {withoutPublicationFields} from './duplicate-news-item'

const source = {
  _id: 'newsItem-a',
  _type: 'newsItem',
  language: 'en',
  title: 'Press release',
  slug: {_type: 'slug', current: 'press-release'},
  previousSlugs: ['earlier-press-release'],
  publishedAt: '2026-11-28T09:00:00.000Z',
  summary: 'Lead',
}

function action(name: string): DocumentActionComponent {
  const component: DocumentActionComponent = () => null
  component.action = name as DocumentActionComponent['action']
  return component
}

type Field = {name: string; options?: {documentInternationalization?: {exclude?: boolean}}}

describe('Duplicate', () => {
  it('copies everything but the publication date, the web address and the earlier addresses', () => {
    const copy = withoutPublicationFields(source)
    expect(copy).toEqual({_id: 'newsItem-a', _type: 'newsItem', language: 'en', title: 'Press release', summary: 'Lead'})
    expect(source.publishedAt).toBeDefined()
  })

  it('is the news item’s Duplicate action, passing that mapping to Sanity’s own', () => {
    let received: unknown
    const duplicate: DocumentActionComponent = (props) => {
      received = (props as {mapDocument?: (document: typeof source) => unknown}).mapDocument?.(source)
      return null
    }
    duplicate.action = 'duplicate'
    const actions = documentActions([action('publish'), duplicate, action('delete')], 'newsItem')
    const wrapped = actions.find((candidate) => candidate.action === 'duplicate')!
    expect(wrapped).not.toBe(duplicate)
    wrapped({id: 'newsItem-a', type: 'newsItem'} as Parameters<DocumentActionComponent>[0])
    expect(received).not.toHaveProperty('publishedAt')
    expect(received).not.toHaveProperty('slug')
    expect(received).not.toHaveProperty('previousSlugs')
  })
})

describe('Create translation', () => {
  it('leaves out the web address, the earlier addresses and the publication date (the translation is dated when published)', () => {
    const excluded = (newsItemType.fields as Field[]).filter((field) => field.options?.documentInternationalization?.exclude).map((field) => field.name)
    expect(excluded.sort()).toEqual(['previousSlugs', 'publishedAt', 'slug'])
  })
})

describe('deleting and unpublishing linked items', () => {
  it('offers the translation plugin’s "Delete translation" on news items only', () => {
    expect(documentActions([action('delete')], 'newsItem')).toContain(useDeleteTranslationAction)
    expect(documentActions([action('delete')], 'country')).not.toContain(useDeleteTranslationAction)
  })

  it('keeps the site settings to edit and publish', () => {
    expect(documentActions([action('publish'), action('delete'), action('duplicate'), action('unpublish')], 'siteSettings').map((a) => a.action)).toEqual([
      'publish',
    ])
  })

  it('links to other items by weak reference, so the linked item can be unpublished', () => {
    const body = (newsItemType.fields as Array<Field & {of?: unknown[]}>).find((field) => field.name === 'body')!
    const block = body.of![0] as {marks: {annotations: Array<{name: string; fields: Array<{name: string; weak?: boolean}>}>}}
    const internalLink = block.marks.annotations.find((annotation) => annotation.name === 'internalLink')!
    expect(internalLink.fields.find((field) => field.name === 'reference')!.weak).toBe(true)
  })
})

describe('Create new and tools', () => {
  it('offers neither the settings nor the translation links under "Create new"', () => {
    const templates = ['newsItem-en', 'siteSettings', 'translation.metadata', 'country'].map((templateId) => ({templateId}) as TemplateItem)
    expect(newDocumentOptions(templates).map((template) => template.templateId)).toEqual(['newsItem-en', 'country'])
  })

  it('shows Vision to administrators only', () => {
    const tools = ['structure', 'presentation', 'vision'].map((name) => ({name}) as Tool)
    const names = (roles: string[] | null) => toolsFor(tools, roles && {roles: roles.map((name) => ({name, title: name}))}).map((tool) => tool.name)
    expect(names(['administrator'])).toEqual(['structure', 'presentation', 'vision'])
    expect(names(['editor'])).toEqual(['structure', 'presentation'])
    expect(names(null)).toEqual(['structure', 'presentation'])
  })
})

describe('search and sharing fields', () => {
  type SeoField = {name: string; fields: Array<{name: string; type: string; validation?: unknown}>}
  it('offer a description (160 characters, a warning), a share image and "hide from search engines"', () => {
    const seo = (newsItemType.fields as unknown as SeoField[]).find((field) => field.name === 'seo')!
    expect(seo.fields.map((field) => [field.name, field.type])).toEqual([
      ['description', 'text'],
      ['image', 'image'],
      ['noindex', 'boolean'],
    ])
  })
})
