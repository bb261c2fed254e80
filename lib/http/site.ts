// The public base URL every absolute link is built from (the site's name and description are interface text, in messages/).

/** The settings document's id belongs to the content model; re-exported for the site's reads. */
export {SITE_SETTINGS_ID} from '@/sanity/document-id'

/** The configured public origin (NEXT_PUBLIC_SITE_URL), never the request's Host header. */
export function siteUrl(): URL {
  const configured = process.env.NEXT_PUBLIC_SITE_URL?.trim() || 'http://localhost:3000'
  try {
    return new URL(configured)
  } catch {
    return new URL('http://localhost:3000')
  }
}

export function absoluteUrl(pathname: string): string {
  return new URL(pathname, siteUrl()).toString()
}
