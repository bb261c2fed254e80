// Which Sanity project the Studio and the site talk to; empty project id means local mode (the bundled dataset).

/** The project id, or '' when the portal runs on the bundled dataset. */
export const projectId = process.env.NEXT_PUBLIC_SANITY_PROJECT_ID?.trim() ?? ''

/** A well-formed placeholder so the Studio still boots (and shows Sanity's own error screen) without a project. */
export const studioProjectId = projectId || 'not-configured'

export const dataset = process.env.NEXT_PUBLIC_SANITY_DATASET?.trim() || 'production'

/** The Content Lake API version the project was written against (one literal; the site may override it). */
export const DEFAULT_API_VERSION = '2025-10-01'

export const apiVersion = process.env.NEXT_PUBLIC_SANITY_API_VERSION?.trim() || DEFAULT_API_VERSION

export const studioBasePath = '/studio'

export const isSanityConfigured = projectId !== ''

/** Another address for Sanity's API (server-side only; the e2e stand-in), or undefined for Sanity's own hosts. */
export const apiHostOverride = process.env.SANITY_API_HOST?.trim() || undefined

/** Where browsers reach the project's API (Sanity Live's event stream): the override's origin, or the project host. */
export function projectApiOrigin(): string | undefined {
  if (!isSanityConfigured) return undefined
  return apiHostOverride ? new URL(apiHostOverride).origin : `https://${projectId}.api.sanity.io`
}

/**
 * Where image URLs point: Sanity's image CDN (https://cdn.sanity.io), or, when the API host is overridden (the e2e
 * stand-in), that host, which then serves Sanity's image route `/images/{projectId}/{dataset}/…` too.
 */
export function imageCdnOrigin(): string {
  return apiHostOverride ? new URL(apiHostOverride).origin : 'https://cdn.sanity.io'
}
