// Every piece of interface text, so a second language is one more file of the same shape.
import {draftModeMessages, errorMessages, navMessages, searchMessages, shareMessages, skipToContent} from './client-messages'

const sizeFormat = (unit: string) => new Intl.NumberFormat('en-GB', {style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1})
const [kilobytesFormat, megabytesFormat] = ['kilobyte', 'megabyte'].map(sizeFormat) as [Intl.NumberFormat, Intl.NumberFormat]

/** 523 → "523 bytes", 48_213 → "47.1 kB", 1_234_567 → "1.2 MB" (binary multiples, as file managers count). */
function fileSize(bytes: number): string {
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${bytes} bytes`
  if (bytes < 1024 * 1024) return kilobytesFormat.format(bytes / 1024)
  return megabytesFormat.format(bytes / (1024 * 1024))
}

export const messages = {
  skipToContent,
  loading: 'Loading…',
  nav: navMessages,
  footer: {
    about: 'Labour-migration news from the Regional Office for North America, Central America and the Caribbean.',
    studio: 'Editors: open the Studio',
  },
  studioNotConfigured: {
    title: 'The Studio needs a Sanity project',
    what: 'Sanity Studio is where the communications team writes, edits and publishes the news on this site.',
    why: 'This copy of the portal runs on its bundled dataset (local mode): no Sanity project is connected, so there is no Studio to open. Readers see the bundled news as usual.',
    stepsTitle: 'To connect a project',
    steps: [
      'Create a project at sanity.io/manage (or run npx sanity init --bare) and note its project id.',
      'Copy .env.example to .env.local and set NEXT_PUBLIC_SANITY_PROJECT_ID (and NEXT_PUBLIC_SANITY_DATASET if it is not production).',
      'Import the bundled dataset: npm run content:import.',
      "In the project's API settings, add this site's address as a CORS origin with credentials allowed.",
      'Build and start the site again (npm start): the Studio then opens here.',
    ],
    readme: 'Each step is explained in the README, section "Connecting a real Sanity project".',
    back: 'Back to the news',
  },
  home: {
    title: 'Labour migration news',
    intro: 'The latest on labour migration in North America, Central America and the Caribbean.',
    latest: 'Latest news',
    allNews: 'All news',
    topics: 'Topics',
    countries: 'Countries with news',
    allTopics: 'All topics',
    allCountries: 'All countries',
    feed: 'RSS feed of all news',
  },
  itemCount: (count: number) => (count === 1 ? '1 item' : `${count} items`),
  share: shareMessages,
  feed: {
    link: 'RSS feed',
    all: (site: string) => `${site}: all news`,
    country: (name: string) => `News about ${name}`,
    topic: (title: string) => `News on ${title}`,
    search: (site: string, q: string) => (q ? `${site}: news matching “${q}”` : `${site}: filtered news`),
  },
  breadcrumb: 'Breadcrumb',
  figures: {
    heading: 'Key figures',
    items: 'News items',
    first: 'First item',
    latest: 'Latest item',
    topTopics: 'Most frequent topics',
    topCountries: 'Most frequent countries',
    none: 'None yet',
  },
  chart: {
    heading: 'News items per year',
    year: 'Year',
    items: 'Items',
    summary: (name: string, first: number, last: number) => `Bar chart of news items about ${name} per year, ${first} to ${last}.`,
  },
  countries: {
    title: 'Countries',
    description: 'Labour-migration news by country: North America, Central America and the Caribbean, with the number of items for each.',
    noNews: 'no news yet',
    flag: (name: string) => `Flag of ${name}`,
    newsHeading: (name: string) => `News about ${name}`,
    topicsHeading: 'Topics',
    filterLink: (name: string) => `Search and filter news about ${name}`,
    pageDescription: (name: string, count: number) =>
      count === 0
        ? `Labour-migration news about ${name}: none published yet.`
        : `Labour-migration news about ${name}: ${count === 1 ? '1 item' : `${count} items`}, key figures and the latest stories.`,
    empty: (name: string) => `No news about ${name} has been published yet.`,
    ogLatest: (date: string) => `Latest: ${date}`,
  },
  topics: {
    title: 'Topics',
    description: 'Labour-migration news by topic, with the number of items for each.',
    newsHeading: (title: string) => `News on ${title}`,
    countriesHeading: 'Countries',
    filterLink: (title: string) => `Search and filter news on ${title}`,
    pageDescription: (title: string, count: number) => `Labour-migration news on ${title}: ${count === 1 ? '1 item' : `${count} items`}.`,
    empty: (title: string) => `No news on ${title} has been published yet.`,
  },
  related: 'Related news',
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
    photoCredit: (credit: string) => `Photo: ${credit}`,
    source: 'Original publication',
    attachments: 'Downloads',
    /** "PDF, 1.2 MB": what a download is and how big, so readers on a slow connection can decide. */
    fileDetails: (type: string, bytes: number | null) => [type, bytes === null ? '' : fileSize(bytes)].filter(Boolean).join(', '),
    pressContacts: (count: number) => (count === 1 ? 'Press contact' : 'Press contacts'),
    email: 'Email',
    phone: 'Phone',
    externalLink: ' (external link, opens in a new tab)',
  },
  search: searchMessages,
  unavailable: {
    title: 'Content temporarily unavailable',
    body: 'We cannot reach our content service right now, so this page cannot be shown. Nothing is wrong on your side: please try again in a minute.',
    retry: 'Try again',
    home: 'Go to the home page',
  },
  draftMode: draftModeMessages,
  error: errorMessages,
  notFound: {
    title: 'Page not found',
    body: 'We could not find that page. It may have moved, or the address may have a typo.',
    home: 'Go to the home page',
    news: 'Browse all news',
    countries: 'News by country',
    topics: 'News by topic',
    searchHeading: 'Search the news',
  },
}
