// Next.js settings for the portal and the embedded Studio: Cache Components with Sanity's cache life, headers, redirects.
import path from 'node:path'
import type {NextConfig} from 'next'
import createNextIntlPlugin from 'next-intl/plugin'
import {sanity} from 'next-sanity/live/cache-life'
import {englishRewrites, unprefixDefaultLocale} from './lib/i18n/rewrites'
import {securityHeaders} from './lib/http/security-headers'
import {writeBrotliCopies} from './lib/http/brotli-assets.mjs'
import {writeResponseHeaders} from './lib/http/response-headers.mjs'

/** `?page=n` on a country or topic page (the old addresses) moves to the list page's own cacheable path, in both languages. */
const LIST_PAGE_REDIRECTS = (['countries', 'topics', 'es/countries', 'es/topics'] as const).flatMap((base) => [
  {
    source: `/${base}/:slug`,
    has: [{type: 'query' as const, key: 'page', value: '(?<n>[2-9]|[1-9]\\d{1,5})'}],
    destination: `/${base}/:slug/page/:n`,
    permanent: true,
  },
  {source: `/${base}/:slug/page/1`, destination: `/${base}/:slug`, permanent: true},
])

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // scripts/portal-server.mjs gives pages their ETag (lib/http/page-etag.mjs, a native SHA-1): Next's hashes every
  // character of each page in JavaScript, 40 % of the server's time answering a cached home page under load.
  generateEtags: false,
  // The database and mail libraries load WebAssembly and files of their own at run time, and pdfkit its font metrics
  // (lib/brief/): required from node_modules, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'nodemailer', 'smtp-server', 'pdfkit'],
  reactStrictMode: true,
  // No page uses next/image (Sanity's CDN resizes; flags are small SVGs): /_next/image is closed rather than left to
  // fetch any local address on request (security review 2026-12-05, residue of the 2026-11-30 finding 11).
  images: {unoptimized: true},
  // Next only gzips: scripts/portal-server.mjs compresses instead (Brotli, or gzip for clients without it), and sends the
  // Brotli copies of the build's scripts, styles and SVG images written here (docs/performance.md).
  compress: false,
  compiler: {
    runAfterProductionCompile: async ({distDir}) => {
      await writeBrotliCopies(distDir)
      writeResponseHeaders(distDir, securityHeaders())
    },
  },
  // Every content read is a 'use cache' entry kept until its tags are revalidated (the webhook, Sanity Live).
  cacheComponents: true,
  cacheLife: {default: sanity},
  // 'use cache' entries in memory, shared through Redis when REDIS_URL is set (the cluster); see lib/cache/.
  cacheHandlers: {default: path.resolve('lib/cache/use-cache-handler.mjs')},
  // Pages and routes: Next's file-system cache, telling Varnish each page's tags (x-cache-tags → xkey).
  cacheHandler: path.resolve('lib/cache/page-cache-handler.mjs'),
  // Its in-memory LRU of pages, as counted by Next (HTML characters and RSC bytes): every page of the bundled site fits.
  // It holds about 1.5 times this (HTML is kept as two-byte strings); invented addresses' 404s are kept apart
  // (docs/performance.md, "Memory as the server ages").
  cacheMaxMemorySize: 50 * 1024 * 1024,
  // The first visit of a page not prerendered waits for its complete render (a real 404 or 503 status, then cached).
  partialPrefetching: false,
  // A second build (the Sanity-mode test build, or a benchmark's per-dataset build) can live beside .next.
  distDir: process.env.NEXT_DIST_DIR?.trim() || '.next',
  // Machines that each build the site must agree on the build id (and on NEXT_SERVER_ACTIONS_ENCRYPTION_KEY); see README.
  generateBuildId: async () => process.env.NEXT_BUILD_ID?.trim() || null,
  // The security headers: the portal's server sets them from the copy the build writes above (lib/http/response-headers.mjs),
  // compiled once; as rules here Next matched them anew on every request, 4 % of the CPU time of a cached page.
  // `next dev` runs without that server, so there Next sets them.
  headers: async () => (process.env.NODE_ENV === 'development' ? securityHeaders() : []),
  // The proxy sees requests as sent, router headers included, so it can refuse a malformed router state
  // (docs/workarounds.md, "A malformed router-state header"). It never rewrites or redirects.
  skipProxyUrlNormalize: true,
  // Addresses outside both languages' pages (under /api, say) get the site's 404 too: app/global-not-found.tsx.
  experimental: {
    globalNotFound: true,
    // Server actions answer 413 past 8 KB (Next's default is 1 MB): readers call none, editors' preview switches send a
    // few bytes, and every registered action, next-sanity's included, is callable by anyone (security review
    // 2026-12-05, N1/N11: 800 KB of invented tags per call; one of next-sanity's sets a cookie as long as its argument).
    serverActions: {bodySizeLimit: '8kb'},
  },
  redirects: async () => [...LIST_PAGE_REDIRECTS, ...unprefixDefaultLocale()],
  // English pages keep their unprefixed addresses through rewrites, not next-intl's middleware: a proxy on every page
  // request would halve throughput (see proxy.ts), and a rewrite costs the router one regular-expression match.
  rewrites: async () => ({beforeFiles: [], afterFiles: englishRewrites(), fallback: []}),
}

export default createNextIntlPlugin('./lib/i18n/request.ts')(nextConfig)
