// The search's active parts as removable chips (plain links), plus "clear all".
import {Link} from '@/components/ui/link'
import {formatDate} from '@/lib/dates'
import type {FacetCount} from '@/lib/search/engine'
import {messages} from '@/lib/messages'
import {hasFilters, searchHref, type SearchState} from '@/lib/search/params'

type Chip = {key: string; label: string; href: string}

/** One chip per active filter (and the words), each linking to the same search without it. */
export function filterChips(state: SearchState, facets: {countries: FacetCount[]; topics: FacetCount[]}): Chip[] {
  const label = (options: FacetCount[], slug: string) => options.find((option) => option.slug === slug)?.label ?? slug
  const chips: Chip[] = []
  if (state.q) chips.push({key: 'q', label: messages.search.queryChip(state.q), href: searchHref(state, {q: ''})})
  for (const slug of state.countries) {
    chips.push({key: `country-${slug}`, label: label(facets.countries, slug), href: searchHref(state, {countries: state.countries.filter((other) => other !== slug)})})
  }
  for (const slug of state.topics) {
    chips.push({key: `topic-${slug}`, label: label(facets.topics, slug), href: searchHref(state, {topics: state.topics.filter((other) => other !== slug)})})
  }
  if (state.from) chips.push({key: 'from', label: messages.search.fromChip(formatDate(state.from)), href: searchHref(state, {from: null})})
  if (state.to) chips.push({key: 'to', label: messages.search.toChip(formatDate(state.to)), href: searchHref(state, {to: null})})
  return chips
}

export function ActiveFilters({chips, state}: {chips: Chip[]; state: SearchState}) {
  if (chips.length === 0) return null
  return (
    <nav aria-label={messages.search.activeFilters} className="mt-4">
      <ul className="flex flex-wrap items-center gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              href={chip.href}
              scroll={false}
              aria-label={messages.search.removeFilter(chip.label)}
              className="inline-flex items-center gap-1 rounded-full border border-blue-800 bg-blue-50 px-3 py-1 text-sm text-blue-900 no-underline hover:bg-blue-100"
            >
              {chip.label} <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
        {(chips.length > 1 || hasFilters(state)) && (
          <li>
            <Link href="/news" scroll={false} className="text-sm font-semibold">
              {messages.search.clearAll}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  )
}
