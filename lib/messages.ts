// Every piece of interface text, so a second language is one more file of the same shape.

export const messages = {
  skipToContent: 'Skip to main content',
  nav: {label: 'Main', home: 'Home', news: 'News', studio: 'Studio'},
  footer: {
    about: 'Labour-migration news from the Regional Office for North America, Central America and the Caribbean.',
    studio: 'Editors: open the Studio',
  },
  home: {
    title: 'Labour migration news',
    intro: 'The latest on labour migration in North America, Central America and the Caribbean.',
    latest: 'Latest news',
    allNews: 'All news',
  },
  news: {
    title: 'News',
    description: 'Every labour-migration news item from North America, Central America and the Caribbean, newest first.',
    count: (total: number) => (total === 1 ? '1 news item' : `${total} news items`),
    empty: 'No news has been published yet.',
    pagination: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
    countries: 'Countries',
    topics: 'Topics',
    partners: 'With',
    backToNews: 'All news',
    published: 'Published',
  },
  unavailable: {
    title: 'Content temporarily unavailable',
    body: 'We cannot reach our content service right now, so this page cannot be shown. Nothing is wrong on your side: please try again in a minute.',
    retry: 'Try again',
    home: 'Go to the home page',
  },
  draftMode: {
    banner: 'Preview: you are seeing unpublished drafts. Readers do not see these changes until they are published.',
    leave: 'Leave preview',
  },
  notFound: {
    title: 'Page not found',
    body: 'We could not find that page. It may have moved, or the address may have a typo.',
    home: 'Go to the home page',
    news: 'Browse all news',
  },
}
