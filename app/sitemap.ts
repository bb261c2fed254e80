// /sitemap.xml: every public page crawlers should know, with absolute URLs from NEXT_PUBLIC_SITE_URL.
import type {MetadataRoute} from 'next'
import {getSitemapRows} from '@/lib/content/sitemap'
import {absoluteUrl} from '@/lib/site'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const rows = await getSitemapRows()
  return rows.map((row) => ({url: absoluteUrl(row.path), lastModified: row.lastModified}))
}
