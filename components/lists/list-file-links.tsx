// The other files of a list, shown beside its RSS link: Atom, JSON Feed and CSV (lib/feed.ts, lib/lists/csv.ts).
import {useTranslations} from 'next-intl'
import {feedFormatPath} from '@/lib/feed'

/** `rssHref` is the list's RSS address in the page's language, e.g. "/es/countries/mexico/feed.xml". */
export function ListFileLinks({rssHref}: {rssHref: string}) {
  const t = useTranslations('listFiles')
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-3">
      <span>{t('also')}</span>
      <a href={feedFormatPath(rssHref, 'atom')} type="application/atom+xml">
        {t('atom')}
      </a>
      <a href={feedFormatPath(rssHref, 'json')} type="application/feed+json">
        {t('json')}
      </a>
      <a href={feedFormatPath(rssHref, 'csv')} type="text/csv" download>
        {t('csv')}
      </a>
    </span>
  )
}
