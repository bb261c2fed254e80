// The search's active parts as removable chips (plain links), plus "clear all".
import {Link} from '@/components/ui/link'
import {formatDate} from '@/lib/format/dates'
import type {FacetCount} from '@/lib/search/engine'
import {useTranslations} from 'next-intl'
import {translator} from '@/lib/i18n/translator'
import type {Locale} from '@/lib/i18n/routing'
import {hasFilters, searchHref, type SearchState} from '@/lib/search/search-params'

type Chip = {key: string; label: string; href: string}

/** One chip per active filter (and the words), each linking to the same search without it. */
export function filterChips(state: SearchState, facets: {countries: FacetCount[]; topics: FacetCount[]}, locale: Locale): Chip[] {
  const t = translator(locale)
  const label = (options: FacetCount[], slug: string) => options.find((option) => option.slug === slug)?.label ?? slug
  const chips: Chip[] = []
  if (state.q) chips.push({key: 'q', label: t('search.queryChip', {q: state.q}), href: searchHref(state, {q: ''})})
  for (const slug of state.countries) {
    chips.push({
      key: `country-${slug}`,
      label: label(facets.countries, slug),
      href: searchHref(state, {countries: state.countries.filter((other) => other !== slug)}),
    })
  }
  for (const slug of state.topics) {
    chips.push({
      key: `topic-${slug}`,
      label: label(facets.topics, slug),
      href: searchHref(state, {topics: state.topics.filter((other) => other !== slug)}),
    })
  }
  if (state.from) chips.push({key: 'from', label: t('search.fromChip', {day: formatDate(state.from, locale)}), href: searchHref(state, {from: null})})
  if (state.to) chips.push({key: 'to', label: t('search.toChip', {day: formatDate(state.to, locale)}), href: searchHref(state, {to: null})})
  return chips
}

export function ActiveFilters({chips, state}: {chips: Chip[]; state: SearchState}) {
  const t = useTranslations()
  if (chips.length === 0) return null
  return (
    <nav aria-label={t('search.activeFilters')} className="mt-4">
      <ul className="flex flex-wrap items-center gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              href={chip.href}
              scroll={false}
              aria-label={t('search.removeFilter', {label: chip.label})}
              className="inline-flex items-center gap-1 rounded-full border border-blue-800 bg-blue-50 px-3 py-1 text-sm text-blue-900 no-underline hover:bg-blue-100"
            >
              {chip.label} <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
        {(chips.length > 1 || hasFilters(state)) && (
          <li>
            <Link href="/news" scroll={false} className="text-sm font-semibold">
              {t('search.clearAll')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  )
}
