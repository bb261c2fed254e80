// A list of items as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads accents right), one row per item.
import {stringify} from 'csv-stringify/sync'
import {localePath} from '@/lib/i18n/navigation'
import type {Locale} from '@/lib/i18n/routing'
import {absoluteUrl} from '@/lib/http/site'

/** At most this many rows in one file (a whole country's or search's list, newest first, fits with room to spare). */
export const MAX_CSV_ROWS = 5000

export type CsvItem = {
  title: string | null
  slug: string | null
  publishedAt: string | null
  language?: string | null
  place: string | null
  summary: string | null
  countries?: Array<{name: string | null}> | null
  topics?: Array<{title: string | null}> | null
}

/** The columns, named as the open data API names the same fields. */
export const CSV_COLUMNS = ['title', 'url', 'published_at', 'language', 'place', 'countries', 'topics', 'summary'] as const

const BYTE_ORDER_MARK = '\uFEFF'

function instant(value: string | null): string {
  if (!value) return ''
  const time = Date.parse(value)
  return Number.isNaN(time) ? '' : new Date(time).toISOString()
}

/**
 * Spreadsheets run a cell that starts with =, +, -, @, tab or carriage return as a formula (CSV injection, OWASP):
 * such a cell gets a leading apostrophe, which they show as text.
 */
function textCell(value: string | null | undefined): string {
  const text = value ?? ''
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

export function buildCsv(items: CsvItem[], locale: Locale): string {
  const rows = items.flatMap((item) =>
    item.title && item.slug
      ? [
          [
            textCell(item.title),
            absoluteUrl(localePath(locale, `/news/${item.slug}`)),
            instant(item.publishedAt),
            item.language ?? '',
            textCell(item.place),
            textCell((item.countries ?? []).flatMap((country) => (country.name ? [country.name] : [])).join('; ')),
            textCell((item.topics ?? []).flatMap((topic) => (topic.title ? [topic.title] : [])).join('; ')),
            textCell(item.summary),
          ],
        ]
      : [],
  )
  return BYTE_ORDER_MARK + stringify([[...CSV_COLUMNS], ...rows], {record_delimiter: 'windows', quoted_string: true})
}
