// Counts news per country, topic and year in one pass over light rows, instead of one GROQ count per document.
import {isoDay, siteTimeZone} from '@/lib/format/dates'

export type FacetRow = {
  publishedAt: string | null
  countryIds: string[] | null
  topicIds: string[] | null
}

export type YearCount = {year: number; count: number}

export type FacetSummary = {
  count: number
  /** Earliest and latest publication dates (ISO strings), or null when there are no dated items. */
  first: string | null
  latest: string | null
  /** Every year from the first to the latest, including years with no items, oldest first. */
  perYear: YearCount[]
  byCountry: Map<string, number>
  byTopic: Map<string, number>
  /** The latest publication date per country and per topic id. */
  latestByCountry: Map<string, string>
  latestByTopic: Map<string, string>
}

function increment(map: Map<string, number>, key: string) {
  map.set(key, (map.get(key) ?? 0) + 1)
}

function keepLatest(map: Map<string, string>, key: string, date: string) {
  const current = map.get(key)
  if (!current || current < date) map.set(key, date)
}

function validDate(value: string | null): string | null {
  if (!value) return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

/**
 * The calendar year of an instant (an ISO string in UTC, as validDate gives) in the office's zone: an item published on
 * 31 December at 20:00 in San José counts for that year. No zone is a day or more from UTC, so only an instant on 31
 * December or 1 January (UTC) can be in another year there and needs the zone's calendar; the rest read their year
 * from the string. Formatting every item's date cost a country page about 25 µs per item (110 ms at 4,300 items).
 */
function officeYear(date: string, timeZone: string): number {
  const monthDay = date.slice(5, 10)
  if (date[4] === '-' && monthDay !== '12-31' && monthDay !== '01-01') return Number(date.slice(0, 4))
  return Number(isoDay(date, timeZone).slice(0, 4))
}

/** Per-year counts use the years of `timeZone` (the office's), as the dates readers see do. */
export function summariseFacets(rows: FacetRow[], timeZone: string = siteTimeZone()): FacetSummary {
  const byCountry = new Map<string, number>()
  const byTopic = new Map<string, number>()
  const latestByCountry = new Map<string, string>()
  const latestByTopic = new Map<string, string>()
  const years = new Map<number, number>()
  let first: string | null = null
  let latest: string | null = null
  for (const row of rows) {
    const date = validDate(row.publishedAt)
    if (date) {
      if (!first || date < first) first = date
      if (!latest || date > latest) latest = date
      const year = officeYear(date, timeZone)
      years.set(year, (years.get(year) ?? 0) + 1)
    }
    for (const id of new Set(row.countryIds ?? [])) {
      increment(byCountry, id)
      if (date) keepLatest(latestByCountry, id, date)
    }
    for (const id of new Set(row.topicIds ?? [])) {
      increment(byTopic, id)
      if (date) keepLatest(latestByTopic, id, date)
    }
  }
  const perYear: YearCount[] = []
  if (first && latest) {
    for (let year = officeYear(first, timeZone); year <= officeYear(latest, timeZone); year++) {
      perYear.push({year, count: years.get(year) ?? 0})
    }
  }
  return {count: rows.length, first, latest, perYear, byCountry, byTopic, latestByCountry, latestByTopic}
}

/** Every id with its count, most items first (ties by id, so the order is stable). */
export function byCount(counts: Map<string, number>): Array<{id: string; count: number}> {
  return [...counts].sort(([idA, a], [idB, b]) => b - a || idA.localeCompare(idB)).map(([id, count]) => ({id, count}))
}
