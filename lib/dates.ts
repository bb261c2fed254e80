// Dates as readers see them: calendar days in the office's time zone (NEXT_PUBLIC_SITE_TIME_ZONE), never the server's,
// written the way each language writes them ("13 July 2020", "13 de julio de 2020").
import {INTL_LOCALES, type Locale} from './i18n/routing'

/** The regional office's zone: a story published there in the evening keeps that day. */
export const DEFAULT_SITE_TIME_ZONE = 'America/Costa_Rica'

const PLAIN_DAY = /^\d{4}-\d{2}-\d{2}$/

const formatters = new Map<string, {long: Intl.DateTimeFormat; day: Intl.DateTimeFormat}>()

function formattersFor(timeZone: string, locale: Locale = 'en') {
  const key = `${locale} ${timeZone}`
  let pair = formatters.get(key)
  if (!pair) {
    pair = {
      long: new Intl.DateTimeFormat(INTL_LOCALES[locale], {day: 'numeric', month: 'long', year: 'numeric', timeZone}),
      day: new Intl.DateTimeFormat('en-GB', {day: '2-digit', month: '2-digit', year: 'numeric', timeZone}),
    }
    formatters.set(key, pair)
  }
  return pair
}

/** Whether `name` is an IANA time zone this runtime knows, e.g. "America/Costa_Rica". */
export function isTimeZone(name: string): boolean {
  try {
    formattersFor(name)
    return true
  } catch {
    return false
  }
}

/** The configured IANA zone (e.g. "America/Guatemala"), or the office's default when unset or unknown. */
export function siteTimeZone(): string {
  const configured = process.env.NEXT_PUBLIC_SITE_TIME_ZONE?.trim()
  return configured && isTimeZone(configured) ? configured : DEFAULT_SITE_TIME_ZONE
}

/**
 * A plain "YYYY-MM-DD" is a calendar day already (read at UTC midnight, shown in UTC); anything else is an instant,
 * shown in `timeZone` (the site settings' zone where the caller has it, else the configured one).
 */
function parse(iso: string, timeZone: string): {date: Date; timeZone: string} | null {
  const plain = PLAIN_DAY.test(iso)
  const date = new Date(plain ? `${iso}T00:00:00Z` : iso)
  return Number.isNaN(date.getTime()) ? null : {date, timeZone: plain ? 'UTC' : timeZone}
}

/** "2020-07-14T03:00:00Z" → "13 July 2020" (in Costa Rica; "13 de julio de 2020" in Spanish); an unreadable date gives ''. */
export function formatDate(iso: string | null | undefined, locale: Locale = 'en', timeZone: string = siteTimeZone()): string {
  const parsed = iso ? parse(iso, timeZone) : null
  return parsed ? formattersFor(parsed.timeZone, locale).long.format(parsed.date) : ''
}

/** The same calendar day for `<time datetime>` and date filters: "2020-07-13". */
export function isoDay(iso: string | null | undefined, timeZone: string = siteTimeZone()): string {
  const parsed = iso ? parse(iso, timeZone) : null
  if (!parsed) return ''
  const parts = Object.fromEntries(
    formattersFor(parsed.timeZone)
      .day.formatToParts(parsed.date)
      .map((part) => [part.type, part.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day}`
}
