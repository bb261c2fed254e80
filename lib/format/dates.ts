// Dates as readers see them: calendar days in the office's time zone (NEXT_PUBLIC_SITE_TIME_ZONE), never the server's,
// written the way each language writes them ("13 July 2020", "13 de julio de 2020"). The day rule itself lives with
// the content model (sanity/calendar-day.ts), which the schema shares.
import {isTimeZone, readInstant, siteTimeZone} from '@/sanity/calendar-day'
import {INTL_LOCALES, type Locale} from '../i18n/routing'

export {DEFAULT_SITE_TIME_ZONE, isoDay, isTimeZone, siteTimeZone} from '@/sanity/calendar-day'

/** The office's time zone as the site settings name it: a zone this runtime knows, else `fallback`. */
export function settingsTimeZone(zone: string | null | undefined, fallback: string = siteTimeZone()): string {
  return zone && isTimeZone(zone) ? zone : fallback
}

const longFormatters = new Map<string, Intl.DateTimeFormat>()

function longFormatter(timeZone: string, locale: Locale): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone}`
  let formatter = longFormatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALES[locale], {day: 'numeric', month: 'long', year: 'numeric', timeZone})
    longFormatters.set(key, formatter)
  }
  return formatter
}

/** "2020-07-14T03:00:00Z" → "13 July 2020" (in Costa Rica; "13 de julio de 2020" in Spanish); an unreadable date gives ''. */
export function formatDate(iso: string | null | undefined, locale: Locale = 'en', timeZone: string = siteTimeZone()): string {
  const parsed = iso ? readInstant(iso, timeZone) : null
  return parsed ? longFormatter(parsed.timeZone, locale).format(parsed.date) : ''
}
