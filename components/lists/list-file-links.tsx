// The other files of a list, shown beside its RSS link: Atom, JSON Feed and CSV (lib/seo/rss.ts, lib/lists/csv.ts).
import {useTranslations} from 'next-intl'
import {feedFormatPath} from '@/lib/seo/rss'

/** `rssHref` is the list's RSS address in the page's language, e.g. "/es/countries/mexico/feed.xml". */
export function ListFileLinks({rssHref}: {rssHref: string}) {
  const t = useTranslations('listFiles')
  // Each link at least 24 pixels tall, so the short names are targets a finger can tell apart (WCAG 2.5.8).
  const target = 'inline-flex min-h-6 items-center'
  return (
    <span className="inline-flex flex-wrap items-center gap-x-4">
      <span>{t('also')}</span>
      <a href={feedFormatPath(rssHref, 'atom')} type="application/atom+xml" className={target}>
        {t('atom')}
      </a>
      <a href={feedFormatPath(rssHref, 'json')} type="application/feed+json" className={target}>
        {t('json')}
      </a>
      <a href={feedFormatPath(rssHref, 'csv')} type="text/csv" download className={target}>
        {t('csv')}
      </a>
    </span>
  )
}
