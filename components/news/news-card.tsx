// One news item in a list: headline link, date, dateline, lead and, when it has one, a thumbnail of its main image.
import {useLocale} from 'next-intl'
import {Link} from '@/components/ui/link'
import {HighlightedText} from '@/components/search/highlighted-text'
import {contentLanguage} from '@/lib/i18n/routing'
import type {SanityImageValue} from '@/lib/seo/sanity-image'
import {NewsDate} from './news-date'
import {SanityImg} from './sanity-figure'

export type NewsCardItem = {
  _id: string
  /** The language the item is written in; English when absent. */
  language?: string | null
  title: string | null
  slug: string | null
  publishedAt: string | null
  place: string | null
  summary: string | null
  countries: Array<{name: string | null; slug: string | null}> | null
  /** The main image, for the thumbnail; null or absent when the item has none. */
  image?: SanityImageValue | null
}

/** Thumbnails are 3:2, 6rem wide on phones and 10rem from 640 px: widths for 1× to 3× screens. */
const THUMBNAIL_WIDTHS = [96, 160, 240, 320, 480]

type NewsCardProps = {
  item: NewsCardItem
  headingLevel?: 'h2' | 'h3'
  /** Search terms this item matched: highlighted in the headline and the lead. */
  matchedTerms?: readonly string[]
}

export function NewsCard({item, headingLevel = 'h2', matchedTerms}: NewsCardProps) {
  const Heading = headingLevel
  const countries = (item.countries ?? []).map((country) => country.name).filter(Boolean)
  const language = contentLanguage(item.language)
  // An item in the other language is marked as such, so screen readers read it with the right voice.
  const textLang = language === useLocale() ? undefined : language
  return (
    <article className="flex items-start gap-4 border-b border-slate-200 py-5">
      <div className="min-w-0 flex-1">
        <Heading lang={textLang} className="text-xl font-semibold leading-snug">
          <Link href={`/news/${item.slug}`} className="text-blue-900 hover:underline">
            <HighlightedText text={item.title ?? ''} terms={matchedTerms} language={language} />
          </Link>
        </Heading>
        <p className="mt-1 text-sm text-slate-700">
          <NewsDate value={item.publishedAt} />
          {countries.length > 0 && <span> · {countries.join(', ')}</span>}
        </p>
        <p lang={textLang} className="mt-2 text-slate-800">
          {item.place && <span className="font-semibold">{item.place} – </span>}
          <HighlightedText text={item.summary ?? ''} terms={matchedTerms} language={language} />
        </p>
      </div>
      <SanityImg
        image={item.image}
        widths={THUMBNAIL_WIDTHS}
        sizes="(min-width: 640px) 10rem, 6rem"
        aspectRatio={3 / 2}
        className="mt-1 h-auto w-24 shrink-0 bg-slate-100 sm:w-40"
      />
    </article>
  )
}
