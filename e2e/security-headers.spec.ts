// Security and caching headers: what a browser enforces on the public pages and the Studio, and what a CDN may cache.
import {expect, test, type APIResponse, type Page} from '@playwright/test'
import messages from '../messages/en.json'

const ITEM = '/news/the-national-department-of-employment-in-el-salvador-receives-training-on-ethical-recruitment-of'
const PUBLIC_PAGES = ['/', '/news', '/news?page=2&q=trabajadores', ITEM, '/no/such/page']

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | undefined): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const part of (header ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) map.set(name.toLowerCase(), sources)
  }
  return map
}

function expectSecurityHeaders(response: APIResponse, address: string, {opener = 'same-origin'} = {}) {
  const headers = response.headers()
  expect(headers['cross-origin-opener-policy'], address).toBe(opener)
  expect(headers['cross-origin-resource-policy'], address).toBe('same-origin')
  expect(headers['x-content-type-options'], address).toBe('nosniff')
  expect(headers['referrer-policy'], address).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy'], address).toContain('camera=()')
  expect(headers['permissions-policy'], address).toContain('geolocation=()')
  expect(headers['permissions-policy'], address).toContain('microphone=()')
  const hsts = /max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')
  expect(Number(hsts?.[1]), `${address}: HSTS for at least a year`).toBeGreaterThanOrEqual(31_536_000)
  expect(headers['strict-transport-security'], address).toMatch(/;\s*includeSubDomains\b/)
  expect(headers['x-powered-by'], address).toBeUndefined()
}

test('every public page sends a strict Content-Security-Policy and the other security headers', async ({request}) => {
  for (const address of PUBLIC_PAGES) {
    const response = await request.get(address, {failOnStatusCode: false})
    expect(response.status(), address).toBeLessThan(500)
    expectSecurityHeaders(response, address)
    const csp = directives(response.headers()['content-security-policy'])
    expect(csp.get('default-src'), address).toEqual(["'self'"])
    expect(csp.get('frame-ancestors'), address).toEqual(["'self'"])
    expect(csp.get('object-src'), address).toEqual(["'none'"])
    expect(csp.get('base-uri'), address).toEqual(["'self'"])
    expect(csp.get('form-action'), address).toEqual(["'self'"])
    // Scripts only from this origin (inline page data aside): no other host, no eval.
    expect(csp.get('script-src'), address).toEqual(["'self'", "'unsafe-inline'"])
    expect(csp.get('connect-src'), address).toEqual(["'self'"])
  }
})

/** Collects Content-Security-Policy violations the browser reports while the page runs. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  return violations
}

test('public pages work under their policy: nothing is blocked and links navigate without a full reload', async ({page}) => {
  const violations = await watchViolations(page)
  for (const address of PUBLIC_PAGES) {
    await page.goto(address)
    await expect(page.getByRole('heading', {level: 1})).toBeVisible()
  }
  await page.goto('/')
  await page.evaluate(() => Object.assign(window, {keptAcrossNavigation: true}))
  await page.getByRole('link', {name: /All news/}).click()
  await expect(page).toHaveURL(/\/news$/)
  await expect(page.getByRole('heading', {level: 1, name: 'News'})).toBeVisible()
  // Client-side navigation keeps the same window: the page's scripts ran despite the policy.
  expect(await page.evaluate(() => (window as {keptAcrossNavigation?: boolean}).keptAcrossNavigation)).toBe(true)
  expect(violations).toEqual([])
})

test('the site can be framed by itself (Studio previews) but not by another origin', async ({page, baseURL}) => {
  const otherOrigin = baseURL!.replace('127.0.0.1', 'localhost')
  await page.goto(`${otherOrigin}/news`)
  const frameInto = (src: string) =>
    page.evaluate(
      (source) =>
        new Promise<void>((resolve) => {
          const frame = document.createElement('iframe')
          frame.src = source
          frame.onload = () => resolve()
          document.body.append(frame)
          setTimeout(resolve, 5_000)
        }),
      src,
    )
  await frameInto(`${otherOrigin}/`)
  await frameInto(`${baseURL}/`)
  const [sameOrigin, crossOrigin] = page.frames().slice(1)
  await expect(sameOrigin!.getByRole('link', {name: messages.skipToContent})).toHaveCount(1)
  // The browser shows its own "refused to connect" page instead of the site.
  expect(await crossOrigin!.getByRole('link', {name: messages.skipToContent}).count()).toBe(0)
  expect(crossOrigin!.url()).not.toBe(`${baseURL}/`)
})

test('the Studio has its own policy: it may reach Sanity’s API and still only be framed by the site', async ({request}) => {
  const response = await request.get('/studio')
  // Windows the Studio opens itself (sign-in, previews) keep their link to it; no other site's window does.
  expectSecurityHeaders(response, '/studio', {opener: 'same-origin-allow-popups'})
  const csp = directives(response.headers()['content-security-policy'])
  expect(csp.get('connect-src')).toEqual(expect.arrayContaining(["'self'", 'https://*.sanity.io', 'wss://*.sanity.io']))
  expect(csp.get('frame-ancestors')).toEqual(["'self'"])
  expect(csp.get('object-src')).toEqual(["'none'"])
  const site = directives((await request.get('/')).headers()['content-security-policy'])
  expect(site.get('connect-src')).not.toContain('https://*.sanity.io')
})

test('feeds are served under a policy that lets nothing run or load, whatever the site policy says', async ({request}) => {
  for (const address of ['/feed.xml', '/news/feed.xml?q=%01%5D%5D%3E', '/countries/mexico/feed.xml', '/topics/covid-19/feed.xml']) {
    const response = await request.get(address)
    expect(response.status(), address).toBe(200)
    expect(response.headers()['content-type'], address).toContain('application/rss+xml')
    expect(response.headers()['content-security-policy'], address).toBe("default-src 'none'; sandbox")
    // XML 1.0 forbids U+0001 anywhere: a search for it must not make the feed malformed.
    expect(await response.text(), address).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/)
  }
})

test('share images may be shown by other sites', async ({request}) => {
  const response = await request.get(`${ITEM}/og-image`)
  expect(response.status()).toBe(200)
  expect(response.headers()['cross-origin-resource-policy']).toBe('cross-origin')
})

test('pages and assets are sent as Brotli to browsers that accept it, as gzip to others, and decode to the same bytes', async ({request}) => {
  const html = await (await request.get(ITEM)).text()
  const assets = [...new Set(html.match(/\/_next\/static\/[^"'\s]+\.(?:js|css)/g) ?? [])]
  expect(assets.length).toBeGreaterThan(2)
  for (const address of ['/', '/news', ITEM, ...assets]) {
    const plain = await request.get(address, {headers: {'accept-encoding': 'identity'}})
    expect(plain.headers()['content-encoding'], address).toBeUndefined()
    for (const [accepted, sent] of [['gzip, deflate, br, zstd', 'br'], ['gzip, deflate', 'gzip']] as const) {
      const response = await request.get(address, {headers: {'accept-encoding': accepted}})
      expect(response.status(), address).toBe(200)
      expect(response.headers()['content-encoding'], `${address} (${accepted})`).toBe(sent)
      expect(response.headers()['vary'], address).toMatch(/accept-encoding/i)
      if (address.startsWith('/_next/')) {
        // The build's files: the same bytes and headers whichever way they travel (from a Brotli copy or compressed on the way).
        expect((await response.body()).equals(await plain.body()), `${address} (${accepted})`).toBe(true)
        expect(response.headers()['cache-control'], address).toBe('public, max-age=31536000, immutable')
        expect(response.headers()['x-content-type-options'], address).toBe('nosniff')
        expect(response.headers()['content-type'], address).toBe(plain.headers()['content-type'])
      }
    }
  }
})

test('build assets are cached for a year as immutable; pages carry validators a CDN can revalidate with', async ({request}) => {
  const html = await (await request.get(ITEM)).text()
  const assets = [...new Set(html.match(/\/_next\/static\/[^"'\s]+\.(?:js|css)/g) ?? [])]
  expect(assets.some((asset) => asset.endsWith('.js'))).toBe(true)
  expect(assets.some((asset) => asset.endsWith('.css'))).toBe(true)
  for (const asset of assets) {
    const cacheControl = (await request.get(asset)).headers()['cache-control'] ?? ''
    expect(cacheControl, asset).toContain('immutable')
    expect(Number(/max-age=(\d+)/.exec(cacheControl)?.[1]), asset).toBeGreaterThanOrEqual(31_536_000)
  }
  for (const address of ['/', ITEM]) {
    const cacheControl = (await request.get(address)).headers()['cache-control'] ?? ''
    // Served from Next's cache: shared caches may keep it until the webhook's tags change it (a CDN purges by tag).
    expect(cacheControl, address).toMatch(/s-maxage=\d+/)
    expect(cacheControl, address).not.toMatch(/private|no-store/)
  }
  // A prerendered page also carries a validator, so a cache can revalidate it cheaply.
  const home = await request.get('/')
  const etag = home.headers()['etag']
  expect(etag).toBeTruthy()
  expect((await request.get('/', {headers: {'if-none-match': etag!}})).status()).toBe(304)
  // A forged draft-mode cookie is no preview: the reader gets the published page with the same cache headers as anyone
  // (real previews are checked private in the Sanity-mode suite).
  const forged = await request.get(ITEM, {headers: {cookie: '__prerender_bypass=preview'}})
  expect(forged.headers()['cache-control']).toBe((await request.get(ITEM)).headers()['cache-control'])
  expect(await forged.text()).not.toContain('you are seeing unpublished drafts')
})

/** Seconds a shared cache may serve the answer as fresh: s-maxage, or max-age when public; 0 when it may not store it. */
function sharedLifetime(cacheControl: string | undefined): number {
  const value = cacheControl ?? ''
  if (/\bprivate\b|\bno-store\b/.test(value) || !/\bpublic\b|\bs-maxage=/.test(value)) return 0
  return Number((/\bs-maxage=(\d+)/.exec(value) ?? /\bmax-age=(\d+)/.exec(value))?.[1] ?? Infinity)
}

test("answers to Next's client router, and its _rsc redirect, are never offered to shared caches", async ({request}) => {
  const routerRequests: Array<[string, Record<string, string>]> = [
    ['/', {RSC: '1'}],
    [ITEM, {RSC: '1'}],
    ['/countries/mexico', {RSC: '1', 'Next-Router-Prefetch': '1'}],
    ['/news?q=x', {RSC: '1'}],
    ['/news/no-such-item', {RSC: '1'}],
  ]
  for (const [address, headers] of routerRequests) {
    // Next first answers 307 to add its _rsc cache-busting parameter, then the RSC payload at that address.
    const redirect = await request.get(address, {headers, maxRedirects: 0, failOnStatusCode: false})
    expect(redirect.status(), address).toBe(307)
    expect(redirect.headers()['cache-control'], `${address}: the _rsc redirect`).toBe('private, no-store')
    const payload = await request.get(redirect.headers()['location']!, {headers, maxRedirects: 0, failOnStatusCode: false})
    expect(payload.headers()['content-type'], address).toContain('text/x-component')
    expect(payload.headers()['cache-control'], `${address}: the RSC payload`).toBe('private, no-store')
  }
})

test('an invented address is a 404, or a redirect, that a shared cache keeps a minute at most, not a year', async ({request}) => {
  const invented = [
    '/news/an-invented-item-2b7f',
    '/news/Not%20a%20slug',
    '/countries/atlantis',
    '/topics/an-invented-topic',
    '/countries/mexico/page/abc',
    '/countries/atlantis/feed.xml',
    '/news/an-invented-item-2b7f/og-image',
    '/countries/atlantis/og-image',
  ]
  // Twice: the first answer is rendered, the second comes from Next's cache (which keeps the brief life too).
  for (const round of [1, 2]) {
    for (const address of invented) {
      const response = await request.get(address, {failOnStatusCode: false})
      expect(response.status(), address).toBe(404)
      const lifetime = sharedLifetime(response.headers()['cache-control'])
      expect(lifetime, `${address} (${round}): ${response.headers()['cache-control']}`).toBeLessThanOrEqual(60)
    }
  }
  // A list page past the end redirects to the last one, which a publish may move: also a minute at most.
  const pastTheEnd = await request.get('/countries/mexico/page/99', {maxRedirects: 0})
  expect(pastTheEnd.status()).toBe(307)
  expect(sharedLifetime(pastTheEnd.headers()['cache-control'])).toBeLessThanOrEqual(60)
})

test('a share image carries an ETag, the same whatever query string its address is given', async ({request}) => {
  const plain = await request.get(`${ITEM}/og-image`)
  const etag = plain.headers()['etag']
  expect(etag).toMatch(/^"[\w-]{16,}"$/)
  for (const query of ['?v=1', '?v=2&utm_source=x']) {
    const variant = await request.get(`${ITEM}/og-image${query}`)
    expect(variant.headers()['etag'], query).toBe(etag)
    expect(Buffer.compare(await variant.body(), await plain.body()), query).toBe(0)
  }
  const other = await request.get('/countries/mexico/og-image')
  expect(other.headers()['etag']).not.toBe(etag)
})

test('POST, PUT, PATCH and DELETE on the home, search and index pages change nothing and leave nothing for others', async ({request}) => {
  for (const address of ['/', '/news', '/countries', '/topics', '/es', '/es/news']) {
    const before = await (await request.get(address)).text()
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const response = await request.fetch(address, {method, failOnStatusCode: false, maxRedirects: 0})
      // Pages of a language are rendered on demand ([locale]), and Next answers them as for a GET (shared caches do
      // not store answers to these methods); never an error, and the next reader gets the page as before.
      expect([200, 405], `${method} ${address}`).toContain(response.status())
      const after = await request.get(address)
      expect(after.status(), `GET ${address} after ${method}`).toBe(200)
      expect(/<h1[^>]*>[^<]*/.exec(await after.text())?.[0], `GET ${address} after ${method}`).toBe(/<h1[^>]*>[^<]*/.exec(before)?.[0])
    }
  }
})
