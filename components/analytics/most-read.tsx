// "Most read this month" on the home and country pages: the items readers opened most over 30 days, from counts kept an hour.
import {Link} from '@/components/ui/link'
import {mostReadNews} from '@/lib/analytics/most-read'
import type {FetchOptions} from '@/lib/content/fetch-options'
import {getListedNewsSlugs, getNewsItem} from '@/lib/content/news'
import {translator} from '@/lib/i18n/translator'

const SHOWN = 5

type Props = {
  options: FetchOptions
  /** A country page's own list: only items about this country (its slug), under a heading with its name. */
  country?: {slug: string; name: string}
  className?: string
}

/**
 * Items in the reader's language's lists (an item replaced there by its translation is left out), most read first.
 * Reads only cached entries: the counts (an hour), the list of slugs and the items the item pages already read.
 */
export async function MostRead({options, country, className = 'mt-8'}: Props) {
  const t = translator(options.locale)
  const [counts, listed] = await Promise.all([mostReadNews(), getListedNewsSlugs(options)])
  // Only slugs the language's lists hold are looked up (an unpublished or renamed item's count is skipped, without
  // the brief cache life an unknown slug's lookup would give the whole page).
  const known = new Set(listed.map((item) => item.slug))
  const items = []
  for (const {slug} of counts) {
    if (items.length === SHOWN) break
    if (!known.has(slug)) continue
    const item = await getNewsItem(slug, options).catch(() => null)
    if (!item?.slug || !item.title) continue
    if (country && !(item.countries ?? []).some((member) => member.slug === country.slug)) continue
    items.push({slug: item.slug, title: item.title})
  }
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
