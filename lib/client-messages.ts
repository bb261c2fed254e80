// The interface text that client components (error pages, header, search form, share buttons, preview banner) need,
// apart from the full catalogue in messages.ts: a client component ships every string of what it imports to every
// reader's browser.

export const skipToContent = 'Skip to main content'

export const navMessages = {label: 'Main', home: 'Home', news: 'News', countries: 'Countries', topics: 'Topics', studio: 'Studio'}

export const searchBoxMessages = {
  label: 'Search news',
  placeholder: 'e.g. ethical recruitment, work permits, COVID-19',
  submit: 'Search',
}

export const errorMessages = {
  title: 'Something went wrong',
  body: 'This page could not be shown because of an error on our side, not yours. Trying again often helps; if it keeps happening, please come back a little later.',
  retry: 'Try again',
  home: 'Go to the home page',
  searchHeading: 'Search the news',
}

export const searchMessages = {
  ...searchBoxMessages,
  filters: 'Filter results',
  countries: 'Countries',
  topics: 'Topics',
  dates: 'Date',
  from: 'From',
  to: 'To',
  sort: 'Sort by',
  sorts: {relevance: 'Best match', newest: 'Newest first', oldest: 'Oldest first'},
  apply: 'Apply filters',
  updating: 'Updating results…',
  results: (total: number) => (total === 1 ? '1 result' : `${total} results`),
  resultsFor: (total: number, q: string) => `${total === 1 ? '1 result' : `${total} results`} for “${q}”`,
  activeFilters: 'Active filters',
  removeFilter: (label: string) => `Remove filter: ${label}`,
  clearAll: 'Clear all',
  clearQuery: 'Clear the search words',
  queryChip: (q: string) => `“${q}”`,
  fromChip: (day: string) => `From ${day}`,
  toChip: (day: string) => `Until ${day}`,
  ignored: (kind: string, values: string[]) => `Ignored unknown ${kind}: ${values.join(', ')}.`,
  emptyTitle: 'No news matches this search',
  emptyWithFilters: 'Try removing a filter:',
  emptyQuery: 'Check the spelling, try fewer or more general words, or:',
  emptyNoTerms: 'The search words are too common to search for (such as “the” or “and”).',
  browseAll: 'Browse all news',
  feed: 'Follow this search (RSS feed)',
  pageTitle: (q: string) => (q ? `Search: ${q}` : 'News'),
}

export const shareMessages = {
  heading: 'Share',
  copy: 'Copy link',
  copied: 'Link copied',
  copyFailed: 'Could not copy: select the address bar instead',
  native: 'Share…',
  via: (network: string) => `Share on ${network}`,
  email: 'Send by email',
  opensNewTab: '(opens in a new tab)',
}

export const draftModeMessages = {
  banner: 'Preview: you are seeing unpublished drafts. Readers do not see these changes until they are published.',
  leave: 'Leave preview',
}
