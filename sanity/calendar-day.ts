// Calendar days in the office's time zone, the rule the schema's validation and the site's dates share: it lives with
// the content model so the schema imports nothing from lib/ (lib/format/dates.ts re-exports it).

/** The regional office's zone: a story published there in the evening keeps that day. */
export const DEFAULT_SITE_TIME_ZONE = 'America/Costa_Rica'

const PLAIN_DAY = /^\d{4}-\d{2}-\d{2}$/

const dayFormatters = new Map<string, Intl.DateTimeFormat>()

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {day: '2-digit', month: '2-digit', year: 'numeric', timeZone})
    dayFormatters.set(timeZone, formatter)
  }
  return formatter
}

/** Whether `name` is an IANA time zone this runtime knows, e.g. "America/Costa_Rica". */
export function isTimeZone(name: string): boolean {
  try {
    dayFormatter(name)
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
export function readInstant(iso: string, timeZone: string): {date: Date; timeZone: string} | null {
  const plain = PLAIN_DAY.test(iso)
  const date = new Date(plain ? `${iso}T00:00:00Z` : iso)
  return Number.isNaN(date.getTime()) ? null : {date, timeZone: plain ? 'UTC' : timeZone}
}

/** The same calendar day for `<time datetime>` and date filters: "2020-07-13". */
export function isoDay(iso: string | null | undefined, timeZone: string = siteTimeZone()): string {
  const parsed = iso ? readInstant(iso, timeZone) : null
  if (!parsed) return ''
  const parts = Object.fromEntries(
    dayFormatter(parsed.timeZone)
      .formatToParts(parsed.date)
      .map((part) => [part.type, part.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day}`
}
