// Bytes a reader's browser downloads per page type (compressed and not), split by kind, and a check that the Studio's code stays out of public pages.
import {chromium} from '@playwright/test'
import {existsSync} from 'node:fs'

export const CHROMIUM = '/usr/bin/chromium'
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

function kind(request) {
  const type = request.resourceType()
  if (type === 'document') return 'html'
  if (type === 'stylesheet') return 'css'
  if (type === 'script') return 'js'
  if ((type === 'fetch' || type === 'xhr') && /[?&]_rsc=/.test(request.url())) return 'prefetch'
  return 'other'
}

/** The widths a first visit is weighed at: a small phone and a desktop (links in view differ, and so could prefetches). */
export const VIEWPORTS = {phone: {width: 360, height: 740}, desktop: {width: 1280, height: 800}}

/** Loads one address in a fresh context (empty cache) and sums the response bodies it fetched, by kind. */
export async function loadPage(browser, url, viewport = VIEWPORTS.desktop) {
  const context = await browser.newContext({viewport})
  const page = await context.newPage()
  const pending = []
  const scripts = []
  page.on('requestfinished', (request) =>
    pending.push(
      (async () => {
        try {
          const response = await request.response()
          if (!response) return null
          const sizes = await request.sizes()
          const body = await response.body().catch(() => Buffer.alloc(0))
          if (kind(request) === 'js') scripts.push({url: request.url(), text: body.toString('utf8'), compressed: sizes.responseBodySize})
          return {kind: kind(request), url: request.url(), compressed: sizes.responseBodySize, uncompressed: body.length}
        } catch {
          return null
        }
      })(),
    ),
  )
  const response = await page.goto(url, {waitUntil: 'networkidle', timeout: 120_000})
  await page.waitForTimeout(500)
  let settled = 0
  while (settled < pending.length) {
    settled = pending.length
    await Promise.all(pending)
  }
  const entries = (await Promise.all(pending)).filter(Boolean)
  await context.close()
  const totals = {}
  for (const entry of entries) {
    totals[entry.kind] ??= {compressed: 0, uncompressed: 0, files: 0}
    totals[entry.kind].compressed += entry.compressed
    totals[entry.kind].uncompressed += entry.uncompressed
    totals[entry.kind].files++
  }
  // Everything the visit transferred, link prefetches included: a reader pays for those bytes too.
  const pageKinds = ['html', 'css', 'js', 'other', 'prefetch']
  const total = {compressed: 0, uncompressed: 0}
  for (const name of pageKinds) {
    total.compressed += totals[name]?.compressed ?? 0
    total.uncompressed += totals[name]?.uncompressed ?? 0
  }
  return {status: response?.status() ?? 0, totals, total, scripts}
}

/** Strings found in the Studio's own bundle and in no public page's code (checked on the Studio first, so the marker is real). */
const STUDIO_MARKERS = ['sanity/structure', 'studio-root', 'SanityStudio', 'sanity.io/manage', 'StudioProvider', 'useWorkspace']

export async function measureWeight(origin, addresses, {log}) {
  const browser = await chromium.launch({executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined, args: CHROMIUM_FLAGS})
  const pages = []
  try {
    const studio = await loadPage(browser, `${origin}/studio`)
    const studioScripts = new Map(studio.scripts.map((script) => [new URL(script.url).pathname, script.text]))
    const markers = STUDIO_MARKERS.filter((marker) => [...studioScripts.values()].some((text) => text.includes(marker)))
    const visits = Object.entries(VIEWPORTS).flatMap(([viewportName, viewport]) => addresses.map((page) => ({...page, viewportName, viewport})))
    for (const {name, address, viewportName, viewport} of visits) {
      const result = await loadPage(browser, origin + address, viewport)
      if (result.status === 404) {
        pages.push({name, address, viewport: viewportName, notFound: true})
        log(`  ${name}: route not found (404), skipped`)
        continue
      }
      const publicPaths = result.scripts.map((script) => new URL(script.url).pathname)
      const sharedWithStudio = publicPaths.filter((script) => studioScripts.has(script))
      const leaks = markers.filter((marker) => result.scripts.some((script) => script.text.includes(marker)))
      pages.push({
        name,
        address,
        viewport: viewportName,
        totals: result.totals,
        total: result.total,
        sharedWithStudio: sharedWithStudio.length,
        studioMarkersFound: leaks,
      })
      log(
        `  ${name} (${viewportName}): ${(result.total.compressed / 1024).toFixed(1)} KB compressed, ${(result.total.uncompressed / 1024).toFixed(1)} KB uncompressed${leaks.length ? `, STUDIO CODE: ${leaks.join(', ')}` : ''}`,
      )
    }
    return {pages, studio: {totals: studio.totals, total: studio.total, markers}}
  } finally {
    await browser.close()
  }
}
