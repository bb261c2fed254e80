// The key figures of a country or topic: how many items, first and latest dates, most frequent links.
import {Link} from '@/components/ui/link'
import {NewsDate} from '@/components/news/news-date'
import {useTranslations} from 'next-intl'
import type {CountLink} from './count-list'

export function KeyFigures({
  count,
  first,
  latest,
  topLabel,
  top,
}: {
  count: number
  first: string | null
  latest: string | null
  topLabel: string
  top: CountLink[]
}) {
  const t = useTranslations()
  return (
    <section aria-labelledby="figures-heading" className="mt-8">
      <h2 id="figures-heading" className="text-2xl font-bold">
        {t('figures.heading')}
      </h2>
      <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4 print:grid-cols-4 print:gap-2">
        <div className="rounded border border-slate-200 p-4">
          <dt className="text-sm text-slate-700">{t('figures.items')}</dt>
          <dd className="text-3xl font-bold text-blue-900">{count}</dd>
        </div>
        <div className="rounded border border-slate-200 p-4">
          <dt className="text-sm text-slate-700">{t('figures.first')}</dt>
          <dd className="text-lg font-semibold">{first ? <NewsDate value={first} /> : t('figures.none')}</dd>
        </div>
        <div className="rounded border border-slate-200 p-4">
          <dt className="text-sm text-slate-700">{t('figures.latest')}</dt>
          <dd className="text-lg font-semibold">{latest ? <NewsDate value={latest} /> : t('figures.none')}</dd>
        </div>
        <div className="rounded border border-slate-200 p-4">
          <dt className="text-sm text-slate-700">{topLabel}</dt>
          <dd>
            {top.length === 0 ? (
              t('figures.none')
            ) : (
              <ul>
                {top.map((link) => (
                  <li key={link.href}>
                    <Link href={link.href}>{link.label}</Link> <span className="text-slate-700">({link.count})</span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  )
}
