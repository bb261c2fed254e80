// /sitemap.xml: every public page crawlers should know, in each language that lists it, with its hreflang
// alternates (a translated item's point at its translation's slug) and absolute URLs from NEXT_PUBLIC_SITE_URL.
import type {MetadataRoute} from 'next'
import {getSitemapRows} from '@/lib/content/reads/sitemap-rows'
import {localePath} from '@/lib/i18n/navigation'
import {LOCALES} from '@/lib/i18n/routing'
import {languageAlternates} from '@/lib/seo/metadata'
import {absoluteUrl} from '@/lib/http/site'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const rows = await getSitemapRows()
  return rows.flatMap((row) => {
    const languages = languageAlternates(row.path, row.translations)
    return (row.locales ?? LOCALES).map((locale) => ({
      url: absoluteUrl(localePath(locale, row.path)),
      lastModified: row.lastModified,
      alternates: {languages},
    }))
  })
}
