// The security headers of every response: a static Content-Security-Policy for the site (cacheable pages, no nonces) and a looser one for the Studio.

type Directives = Record<string, string[]>

const isDevelopment = process.env.NODE_ENV === 'development'

/**
 * The public site. Scripts and styles come only from this origin; 'unsafe-inline' stays for scripts because the App
 * Router inlines its page data (`self.__next_f.push(…)`) in every page and a per-request nonce would make pages
 * uncacheable. Images may come from Sanity's CDN. Nothing may frame the site but itself (the Studio's preview).
 */
const siteDirectives: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'", ...(isDevelopment ? ["'unsafe-eval'"] : [])],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', 'https://cdn.sanity.io'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
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

const commonHeaders = [
  {key: 'X-Content-Type-Options', value: 'nosniff'},
  {key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin'},
  {key: 'X-Frame-Options', value: 'SAMEORIGIN'},
  {
    key: 'Permissions-Policy',
    value: 'accelerometer=(), autoplay=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  },
  // Browsers ignore it over plain HTTP, so it is safe on localhost; only production builds send it.
  ...(process.env.NODE_ENV === 'production' ? [{key: 'Strict-Transport-Security', value: 'max-age=63072000'}] : []),
]

/** For next.config.ts `headers()`: later entries win, so the Studio's policy replaces the site's under /studio. */
export function securityHeaders() {
  return [
    {source: '/:path*', headers: [...commonHeaders, {key: 'Content-Security-Policy', value: siteContentSecurityPolicy}]},
    {source: '/studio', headers: [{key: 'Content-Security-Policy', value: studioContentSecurityPolicy}]},
    {source: '/studio/:path*', headers: [{key: 'Content-Security-Policy', value: studioContentSecurityPolicy}]},
  ]
}
