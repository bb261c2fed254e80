// A publication date as a machine-readable <time> with the reader's long form.
import {useLocale} from 'next-intl'
import {formatDate, isoDay} from '@/lib/dates'

export function NewsDate({value, className}: {value: string | null | undefined; className?: string}) {
  const locale = useLocale()
  if (!value) return null
  return (
    <time dateTime={isoDay(value)} className={className}>
      {formatDate(value, locale)}
    </time>
  )
}
