// "Most read this month" on the home and country pages: the items readers opened most over 30 days, from counts kept an hour.
import {Link} from '@/components/ui/link'
import {mostReadItems} from '@/lib/analytics/most-read'
import type {FetchOptions} from '@/lib/content/source/fetch-options'
import {translator} from '@/lib/i18n/translator'

type Props = {
  options: FetchOptions
  /** A country page's own list: only items about this country (its slug), under a heading with its name. */
  country?: {slug: string; name: string}
  className?: string
}

export async function MostRead({options, country, className = 'mt-8'}: Props) {
  const t = translator(options.locale)
  const items = await mostReadItems(options, country?.slug)
  return (
    <section aria-labelledby="most-read-heading" className={[className, 'print:hidden'].filter(Boolean).join(' ')}>
      <h2 id="most-read-heading" className="text-2xl font-bold">
        {country ? t('mostRead.titleIn', {name: country.name}) : t('mostRead.title')}
      </h2>
      {items.length === 0 ? (
        <p className="mt-3">{t('mostRead.empty')}</p>
      ) : (
        <ol className="mt-3 list-decimal space-y-2 pl-6">
          {items.map((item) => (
            <li key={item.slug}>
              <Link href={`/news/${item.slug}`} className="font-semibold">
                {item.title}
              </Link>
            </li>
          ))}
        </ol>
      )}
      <p className="mt-3 text-sm text-slate-700">{t('mostRead.note')}</p>
    </section>
  )
}
