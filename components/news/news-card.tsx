// One news item in a list: headline link, date, dateline and lead.
import {Link} from '@/components/ui/link'
import {HighlightedText} from '@/components/search/highlighted-text'
import {NewsDate} from './news-date'

export type NewsCardItem = {
  _id: string
  title: string | null
  slug: string | null
  publishedAt: string | null
  place: string | null
  summary: string | null
  countries: Array<{name: string | null; slug: string | null}> | null
}

type NewsCardProps = {
  item: NewsCardItem
  headingLevel?: 'h2' | 'h3'
  /** Search terms this item matched: highlighted in the headline and the lead. */
  matchedTerms?: readonly string[]
}

export function NewsCard({item, headingLevel = 'h2', matchedTerms}: NewsCardProps) {
  const Heading = headingLevel
  const countries = (item.countries ?? []).map((country) => country.name).filter(Boolean)
  return (
    <article className="border-b border-slate-200 py-5">
      <Heading className="text-xl font-semibold leading-snug">
        <Link href={`/news/${item.slug}`} className="text-blue-900 hover:underline">
          <HighlightedText text={item.title ?? ''} terms={matchedTerms} />
        </Link>
      </Heading>
      <p className="mt-1 text-sm text-slate-700">
        <NewsDate value={item.publishedAt} />
        {countries.length > 0 && <span> · {countries.join(', ')}</span>}
      </p>
      <p className="mt-2 text-slate-800">
        {item.place && <span className="font-semibold">{item.place} – </span>}
        <HighlightedText text={item.summary ?? ''} terms={matchedTerms} />
      </p>
    </article>
  )
}
