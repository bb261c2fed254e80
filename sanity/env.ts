// Which Sanity project the Studio and the site talk to; empty project id means local mode (the bundled dataset).

/** The project id, or '' when the portal runs on the bundled dataset. */
export const projectId = process.env.NEXT_PUBLIC_SANITY_PROJECT_ID?.trim() ?? ''

/** A well-formed placeholder so the Studio still boots (and shows Sanity's own error screen) without a project. */
export const studioProjectId = projectId || 'not-configured'

export const dataset = process.env.NEXT_PUBLIC_SANITY_DATASET?.trim() || 'production'

export const apiVersion = process.env.NEXT_PUBLIC_SANITY_API_VERSION?.trim() || '2025-10-01'

export const studioBasePath = '/studio'

export const isSanityConfigured = projectId !== ''
