// /robots.txt: crawl the public site, not the Studio or the API, and find the sitemap and the Google News sitemap.
import type {MetadataRoute} from 'next'
import {absoluteUrl} from '@/lib/http/site'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {userAgent: '*', allow: '/', disallow: ['/studio', '/api']},
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/news-sitemap.xml')],
  }
}
