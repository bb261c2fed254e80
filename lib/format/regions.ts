// The region a country is stored under ("Central America"), in display order, and its name in each language.
import {stegaClean} from '@sanity/client/stega'
import type {Locale} from '../i18n/routing'
import {translator} from '../i18n/translator'

export const REGIONS = [
  ['North America', 'northAmerica'],
  ['Central America', 'centralAmerica'],
  ['Caribbean', 'caribbean'],
  ['South America', 'southAmerica'],
  ['Other', 'other'],
] as const

/** The stored region without the invisible click-to-edit characters a draft preview adds (stega), or null. */
export function storedRegion(stored: string | null | undefined): string | null {
  return stegaClean(stored) || null
}

/** A stored region's name in the reader's language; an unknown stored name is shown as stored. */
export function regionName(locale: Locale, stored: string | null | undefined): string | null {
  const region = storedRegion(stored)
  if (!region) return null
  const entry = REGIONS.find(([name]) => name === region)
  return entry ? translator(locale)(`regions.${entry[1]}`) : stored!
}
