// A publication date as a machine-readable <time> with the reader's long form, in the reader's language and the
// office time zone of the site settings.
import {getLocale} from 'next-intl/server'
import {getSiteSettings} from '@/lib/content/reads/settings'
import {formatDate, isoDay} from '@/lib/format/dates'

export async function NewsDate({value, className}: {value: string | null | undefined; className?: string}) {
  if (!value) return null
  const [{timeZone}, locale] = await Promise.all([getSiteSettings(), getLocale()])
  return (
    <time dateTime={isoDay(value, timeZone)} className={className}>
      {formatDate(value, locale, timeZone)}
    </time>
  )
}
