// Site-wide settings: name, description and the public base URL every absolute link is built from.

export const siteConfig = {
  name: 'Labour Migration News',
  shortName: 'LM News',
  description:
    'News on labour migration in North America, Central America and the Caribbean: ethical recruitment, work permits, migrant workers’ rights and more.',
  publisher: 'Regional Office for North America, Central America and the Caribbean',
  locale: 'en',
}

/** The id of the one site-settings document the Studio edits (sanity/schemaTypes/site-settings.ts) and the site reads. */
export const SITE_SETTINGS_ID = 'siteSettings'

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
