// Dates as readers see them: one calendar (UTC) so a story's day never shifts with the server's zone.

const longDate = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'})

/** "2020-07-13T12:00:00Z" → "13 July 2020"; an unreadable date gives ''. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '' : longDate.format(date)
}

/** The calendar day for `<time datetime>`: "2020-07-13". */
export function isoDay(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10)
}
