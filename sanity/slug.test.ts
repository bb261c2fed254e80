// The one slug rule: what the Studio's "Generate" button, the bundled dataset and the bench's synthetic items all get.
import {describe, expect, it} from 'vitest'
import {isSlug, slugify} from './slug.mjs'

describe('slugify', () => {
  it('drops accents and punctuation and joins words with single hyphens', () => {
    expect(slugify('Migración laboral: ¿qué cambia en 2026?')).toBe('migracion-laboral-que-cambia-en-2026')
    expect(slugify("IOM's “fair” recruitment")).toBe('ioms-fair-recruitment')
  })

  it('cuts a long title at a word, never mid-word, and the result is a valid slug', () => {
    const title = 'Government and private sector to be trained to include migrants in post COVID-19 economic recovery'
    const slug = slugify(title, 40)
    expect(slug).toBe('government-and-private-sector-to-be')
    expect(slug.length).toBeLessThanOrEqual(40)
    expect(isSlug(slug)).toBe(true)
    // A cut that lands exactly at the end of a word keeps that word.
    expect(slugify('abc def ghi', 7)).toBe('abc-def')
  })
})
