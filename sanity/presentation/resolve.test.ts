// Opening a page in the Studio's preview must open the document it is about: mainDocuments resolved as Presentation does.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {evaluate, parse} from 'groq-js'
import {match} from 'path-to-regexp'
import {describe, expect, it} from 'vitest'
import {parseNdjson} from '../ndjson'
import {BUNDLED_DATASET_FILE} from '../seed/files.mjs'
import {LOCATION_QUERIES, locationsFor, mainDocuments} from './resolve'

const dataset = parseNdjson(readFileSync(path.join(__dirname, '..', '..', BUNDLED_DATASET_FILE)), BUNDLED_DATASET_FILE)

/** What the Presentation tool does with a previewed URL: the first route that matches, its filter, `[0]{_id, _type}`. */
async function mainDocumentOf(pathname: string): Promise<{_id: string; _type: string} | null> {
  for (const resolver of mainDocuments) {
    for (const route of Array.isArray(resolver.route) ? resolver.route : [resolver.route]) {
      const found = match<Record<string, string>>(route, {decode: decodeURIComponent})(pathname)
      if (!found || typeof resolver.filter !== 'string') continue
      const params = {...found.params}
      const value = await evaluate(parse(`*[${resolver.filter}][0]{_id, _type}`, {params}), {dataset, params})
      return (await value.get()) as {_id: string; _type: string} | null
    }
  }
  return null
}

function first(type: string): {_id: string; slug: {current: string}} {
  return dataset.find((document) => document._type === type) as unknown as {_id: string; slug: {current: string}}
}

describe('Presentation: the document each page is about', () => {
  it('finds the item, country or topic of every page type, list pages included', async () => {
    const item = first('newsItem')
    const country = first('country')
    const topic = first('tag')
    expect(await mainDocumentOf(`/news/${item.slug.current}`)).toEqual({_id: item._id, _type: 'newsItem'})
    // The Spanish address of an item (its own, or an English item shown untranslated) opens it too.
    expect(await mainDocumentOf(`/es/news/${item.slug.current}`)).toEqual({_id: item._id, _type: 'newsItem'})
    for (const prefix of ['', '/es']) {
      for (const suffix of ['', '/page/2']) {
        expect(await mainDocumentOf(`${prefix}/countries/${country.slug.current}${suffix}`)).toEqual({_id: country._id, _type: 'country'})
        expect(await mainDocumentOf(`${prefix}/topics/${topic.slug.current}${suffix}`)).toEqual({_id: topic._id, _type: 'tag'})
      }
    }
  })

  it('names no document for pages about many (home, search, indexes) or for unknown slugs', async () => {
    for (const pathname of ['/', '/es', '/news', '/es/news', '/countries', '/es/topics', '/news/no-such-item', '/es/countries/no-such-country/page/2']) {
      expect(await mainDocumentOf(pathname), pathname).toBeNull()
    }
  })
})

/** What the Presentation tool shows for a document: its location query run over `documents` (groq-js), then mapped. */
async function hrefsOf(type: string, id: string, documents = dataset): Promise<string[]> {
  const params = {id}
  const data = LOCATION_QUERIES[type] ? await (await evaluate(parse(LOCATION_QUERIES[type]!, {params}), {dataset: documents, params})).get() : null
  return (locationsFor(type, data)?.locations ?? []).map((location) => location.href)
}

describe('Presentation: the pages each document appears on', () => {
  it('lists a country’s and a topic’s pages in both languages', async () => {
    const country = first('country')
    const topic = first('tag')
    expect(await hrefsOf('country', country._id)).toEqual([`/countries/${country.slug.current}`, `/es/countries/${country.slug.current}`, '/countries'])
    expect(await hrefsOf('tag', topic._id)).toEqual([`/topics/${topic.slug.current}`, `/es/topics/${topic.slug.current}`, '/topics'])
  })

  it('lists an item’s page and lists in its language', async () => {
    const item = first('newsItem')
    expect(await hrefsOf('newsItem', item._id)).toEqual([`/news/${item.slug.current}`, '/', '/news'])
  })

  it('shows the site settings on the home page in both languages', async () => {
    expect(await hrefsOf('siteSettings', 'siteSettings')).toEqual(['/', '/es'])
    expect(locationsFor('siteSettings', null)?.message).toMatch(/every page/)
  })

  it('shows a press contact on the items that name it, each in its language', async () => {
    const contact = 'contact-test-only'
    const [english, spanish] = dataset.filter((document) => document._type === 'newsItem').slice(0, 2)
    const reference = [{_type: 'reference', _key: 'c', _ref: contact}]
    const documents = [
      ...dataset.filter((document) => document._id !== english!._id),
      {...english!, pressContacts: reference},
      {...spanish!, _id: 'newsItem-test-only-es', language: 'es', slug: {_type: 'slug', current: 'prueba'}, pressContacts: reference},
    ]
    const englishSlug = (english as unknown as {slug: {current: string}}).slug.current
    expect((await hrefsOf('contact', contact, documents)).sort()).toEqual(['/es/news/prueba', `/news/${englishSlug}`].sort())
    expect(locationsFor('contact', [])?.message).toMatch(/No published news item/)
  })
})
