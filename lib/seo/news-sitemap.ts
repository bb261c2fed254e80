// The Google News sitemap: the items published in the last 48 hours, each once, in its own language, with the news: tags Google reads.

/** Google News reads only the items of the last two days; older ones are left to the main sitemap. */
export const NEWS_SITEMAP_WINDOW_MS = 48 * 60 * 60 * 1000
/** At most this many addresses in one news sitemap (Google's limit). */
export const NEWS_SITEMAP_MAX = 1000

export type NewsSitemapEntry = {
  /** The item's absolute address, in its language. */
  url: string
  title: string
  language: 'en' | 'es'
  publishedAt: string
  /** The publication's name as readers of that language know it. */
  publication: string
}

/** Characters XML 1.0 allows nowhere (see lib/seo/rss.ts), dropped; the five markup characters escaped. */
function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** Entries of the 48 hours before `now`, newest first, each address once, at most NEWS_SITEMAP_MAX. */
export function recentEntries(entries: NewsSitemapEntry[], now: number): NewsSitemapEntry[] {
  const seen = new Set<string>()
  return entries
    .filter((entry) => {
      const time = Date.parse(entry.publishedAt)
      return !Number.isNaN(time) && time <= now && now - time <= NEWS_SITEMAP_WINDOW_MS
    })
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .filter((entry) => (seen.has(entry.url) ? false : (seen.add(entry.url), true)))
    .slice(0, NEWS_SITEMAP_MAX)
}

export function buildNewsSitemap(entries: NewsSitemapEntry[]): string {
  const urls = entries.map(
    (entry) => `<url><loc>${escapeXml(entry.url)}</loc><news:news><news:publication><news:name>${escapeXml(entry.publication)}</news:name><news:language>${entry.language}</news:language></news:publication><news:publication_date>${new Date(entry.publishedAt).toISOString()}</news:publication_date><news:title>${escapeXml(entry.title)}</news:title></news:news></url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${urls.join('')}</urlset>\n`
}
