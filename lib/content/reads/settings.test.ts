// The site settings document overrides the built-in title, description, share image and time zone, field by field.
import {describe, expect, it} from 'vitest'
import {DEFAULT_SITE_SETTINGS, siteSettingsFrom} from './settings'

const IMAGE = {asset: {_ref: 'image-abc123-1200x630-png'}, alt: 'The office'}

describe('siteSettingsFrom', () => {
  it('takes every usable field of the document', () => {
    expect(siteSettingsFrom({title: 'Noticias', description: 'Sobre migración', shareImage: IMAGE, timeZone: 'America/Guatemala'})).toEqual({
      name: 'Noticias',
      description: 'Sobre migración',
      shareImage: IMAGE,
      timeZone: 'America/Guatemala',
    })
  })

  it('falls back to the built-in values without a document, for empty fields, an unknown zone or an image without alt text', () => {
    expect(siteSettingsFrom(null)).toEqual(DEFAULT_SITE_SETTINGS)
    expect(siteSettingsFrom({title: '  ', description: null, shareImage: {...IMAGE, alt: ''}, timeZone: 'Mars/Olympus'})).toEqual(
      DEFAULT_SITE_SETTINGS,
    )
  })
})

describe('the bundled settings document', () => {
  it('holds the built-in values, so importing it into a project changes nothing readers see', async () => {
    const {readFileSync} = await import('node:fs')
    const {parseNdjson} = await import('@/sanity/ndjson')
    const {BUNDLED_DATASET_FILE} = await import('@/sanity/seed/files.mjs')
    const stored = parseNdjson(readFileSync(BUNDLED_DATASET_FILE), BUNDLED_DATASET_FILE).find((document) => document._type === 'siteSettings')
    expect(stored?._id).toBe('siteSettings')
    expect(siteSettingsFrom({title: null, description: null, shareImage: null, timeZone: null, ...stored})).toEqual({
      ...DEFAULT_SITE_SETTINGS,
      timeZone: 'America/Costa_Rica',
    })
  })
})
