// The security headers of every response: a static Content-Security-Policy for the site (cacheable pages, no nonces) and a looser one for the Studio.

import {imageCdnOrigin, projectApiOrigin} from '../../sanity/env'

type Directives = Record<string, string[]>

const isDevelopment = process.env.NODE_ENV === 'development'

/**
 * The public site. Scripts and styles come only from this origin; 'unsafe-inline' stays for scripts because the App
 * Router inlines its page data (`self.__next_f.push(…)`) in every page and a per-request nonce would make pages
 * uncacheable. Images may come from Sanity's CDN. Nothing may frame the site but itself (the Studio's preview). In
 * Sanity mode pages may connect to the project's API: <SanityLive> listens there for changes.
 */
const siteDirectives: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'", ...(isDevelopment ? ["'unsafe-eval'"] : [])],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', ...new Set(['https://cdn.sanity.io', imageCdnOrigin()])],
  'font-src': ["'self'"],
  'connect-src': ["'self'", ...[projectApiOrigin()].filter((origin) => origin !== undefined)],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
}

/** The embedded Studio talks to Sanity's API (HTTPS and live WebSockets), shows images from anywhere and frames the site for previews. */
const studioDirectives: Directives = {
  ...siteDirectives,
  'script-src': ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
  'img-src': ["'self'", 'data:', 'blob:', 'https:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'https://*.sanity.io', 'wss://*.sanity.io'],
  'frame-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
}

function serialise(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

export const siteContentSecurityPolicy = serialise(siteDirectives)
export const studioContentSecurityPolicy = serialise(studioDirectives)

/**
 * RSS feeds (served as application/rss+xml, which browsers render as XML): nothing may run or load, and the
 * document is sandboxed, so even markup that got into a feed could not act on this origin (where the Studio lives).
 */
export const feedContentSecurityPolicy = "default-src 'none'; sandbox"

/** Every feed route: /feed.xml, /news/feed.xml, /countries/<slug>/feed.xml, /topics/<slug>/feed.xml. */
export const FEED_PATHS = ['/feed.xml', '/:path+/feed.xml', '/:path+/feed.atom', '/:path+/feed.json', '/:path+/feed.csv']

const commonHeaders = [
  {key: 'X-Content-Type-Options', value: 'nosniff'},
  {key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin'},
  {key: 'X-Frame-Options', value: 'SAMEORIGIN'},
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), autoplay=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  },
  // No other window may keep a reference to a page of this site (cross-window attacks), and no other origin may
  // load its responses as images, scripts or frames' subresources (cross-origin reads such as Spectre).
  {key: 'Cross-Origin-Opener-Policy', value: 'same-origin'},
  {key: 'Cross-Origin-Resource-Policy', value: 'same-origin'},
  // Browsers ignore it over plain HTTP, so it is safe on localhost; only production builds send it. Subdomains
  // too: a plain-HTTP subdomain could otherwise set cookies for this site.
  ...(process.env.NODE_ENV === 'production' ? [{key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains'}] : []),
]

/**
 * The Studio opens windows of its own (sign-in with an identity provider, previews) and may need to talk to them;
 * `same-origin` would cut those windows off from it, so the Studio gets `same-origin-allow-popups`: windows it
 * opens keep their link to it, while no other site can keep a link to the Studio.
 */
const studioHeaders = [
  {key: 'Content-Security-Policy', value: studioContentSecurityPolicy},
  {key: 'Cross-Origin-Opener-Policy', value: 'same-origin-allow-popups'},
]

/** Share images (…/og-image) exist to be shown by other sites: any origin may embed them. */
export const SHARE_IMAGE_PATHS = ['/:path+/og-image']

/**
 * What marks a request from Next's client router (or one made to look like it): the RSC header, its prefetch and
 * router-state headers, and the `_rsc` cache-busting parameter. Their answers (RSC payloads, the 307 Next sends to
 * add `_rsc`) are for that one browser's router; a shared cache that kept one could hand a reader raw Flight data or
 * a redirect instead of the page.
 */
const ROUTER_REQUEST_MARKERS = [
  {type: 'header', key: 'rsc'},
  {type: 'header', key: 'next-router-state-tree'},
  {type: 'header', key: 'next-router-prefetch'},
  {type: 'header', key: 'next-router-segment-prefetch'},
  {type: 'query', key: '_rsc'},
] as const

/**
 * Never shared, whatever Next would send: Next does not replace a Cache-Control set before it answers (it sets its own
 * only when none is there), so one rule per marker keeps these answers out of shared caches with no proxy.
 * Build assets (/_next/…) keep their own year-long immutable header.
 */
export const routerRequestHeaders = ROUTER_REQUEST_MARKERS.map((marker) => ({
  source: '/:path((?!_next/).*)',
  has: [marker],
  headers: [{key: 'Cache-Control', value: 'private, no-store'}],
}))

/**
 * Set on every answer by the portal's server from the build's copy (lib/http/response-headers.mjs; under `next dev` by
 * next.config.ts `headers()`): later entries win, so the Studio's policies replace the site's under /studio, feeds get
 * their own policy and share images may be embedded anywhere.
 */
export function securityHeaders() {
  return [
    {source: '/:path*', headers: [...commonHeaders, {key: 'Content-Security-Policy', value: siteContentSecurityPolicy}]},
    {source: '/studio', headers: studioHeaders},
    {source: '/studio/:path*', headers: studioHeaders},
    ...SHARE_IMAGE_PATHS.map((source) => ({source, headers: [{key: 'Cross-Origin-Resource-Policy', value: 'cross-origin'}]})),
    // The open data API (lib/api/) is for other sites to read: CORS lets them, and so must the resource policy.
    {source: '/api/v1/:path*', headers: [{key: 'Cross-Origin-Resource-Policy', value: 'cross-origin'}]},
    // The same policy as the feed routes send themselves (lib/seo/rss.ts), so the site's policy never replaces it.
    ...FEED_PATHS.map((source) => ({source, headers: [{key: 'Content-Security-Policy', value: feedContentSecurityPolicy}]})),
    ...routerRequestHeaders,
  ]
}
