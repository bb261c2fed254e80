// Hostile input: ten thousand seeded random and malicious requests never crash a page, leak internals, echo markup
// unescaped, redirect off-site, or let a shared cache keep what it must not (RSC payloads; redirects and errors beyond a
// minute; anything a forged draft-mode cookie would change).
import {existsSync, readdirSync, readFileSync, readlinkSync, statSync} from 'node:fs'
import path from 'node:path'
import {expect, request as playwrightRequest, test, type APIRequestContext} from '@playwright/test'
import {BUNDLED_DATASET_FILE} from '../sanity/seed/files.mjs'
import {mulberry32} from '../sanity/seed/prng.mjs'

/** The dataset generator's PRNG (sanity/seed/prng.mjs), so a failing case can be replayed from the seed. */
const SEED = 0x5eed_0006
const REQUESTS = 10_000
/** Requests in flight at once: enough to keep the server busy, few enough for a 2-core machine. */
const CONCURRENCY = 12
/** No new request is sent after this; the test then fails if fewer than REQUESTS were answered. */
const TIME_CAP_MS = 420_000
const BODY_LIMIT = 2_000_000
/** Examples kept per kind of failure (every failure is counted). */
const EXAMPLES_PER_KIND = 8

const random = mulberry32(SEED)
const int = (max: number) => Math.floor(random() * max)
const pick = <T>(list: readonly T[]): T => list[int(list.length)]!

/** A real slug of each kind from the bundled dataset, so known pages are fuzzed as well as unknown ones. */
function datasetSlugs() {
  const documents = readFileSync(path.join(__dirname, '..', BUNDLED_DATASET_FILE), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as {_type: string; slug?: {current?: string}})
  const of = (type: string) => documents.filter((document) => document._type === type).map((document) => document.slug?.current ?? '')
  return {news: of('newsItem'), countries: of('country'), topics: of('tag')}
}

const slugs = datasetSlugs()

/** Markup probes: if any reaches a body unescaped, the page is open to script injection. */
const PROBE_TAG = 'xss-probe'
const PROBE_ATTRIBUTE = '" data-xss-probe="1'

const HOSTILE_VALUES = [
  `<${PROBE_TAG}>alert(1)</${PROBE_TAG}>`,
  `"><${PROBE_TAG} onerror=alert(1)>`,
  PROBE_ATTRIBUTE,
  `'><script>alert(document.cookie)</script><${PROBE_TAG}>`,
  `</title><${PROBE_TAG}>`,
  'javascript:alert(1)',
  '*[_type == "newsItem"]{...}',
  '"] | order(_createdAt desc)[0...1000]{body}',
  '*[_id in path("drafts.**")]',
  '$slug',
  "' || true || '",
  'count(*)',
  'references(*[]._id)',
  '`${process.env}`',
  '{{7*7}}',
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%00',
  '%',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%FF%FE',
  '%ED%A0%80',
  '%0d%0aSet-Cookie:%20x=1',
  '-1',
  '0',
  '-99999999999999999999',
  '99999999999999999999999999',
  '1e309',
  'NaN',
  'Infinity',
  '1.5',
  '0x10',
  '[]',
  '{}',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'Migración laboral en México',
  'trabajadores agrícolas',
  '👩🏽‍🌾🌎',
  '\u202Eevil',
  ' ',
  '',
  ']]>]]><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>',
  '\u0001\u0008\u000b\ufffe',
  '\r\nX-Injected: 1',
]

/** The security review's return-path payloads (2026-11-30, finding 1): each must leave the reader on this site. */
const REDIRECT_PAYLOADS = [
  '/%09/evil.example',
  '/%09%5Cevil.example',
  '/%0A/evil.example',
  '/%0D/evil.example',
  '/%0D%0A/evil.example',
  '/%0D%0ASet-Cookie:%20x=1',
  '%5C%5Cevil.example',
  '/%5Cevil.example',
  '//evil.example',
  '///evil.example',
  '/.//evil.example',
  '/%2e%2e//evil.example',
  'https://evil.example/',
  'https:evil.example',
  'javascript:alert(1)',
  '/%E3%80%82',
  '/%EF%BC%8F%EF%BC%8Fevil.example',
  '/%00/evil.example',
]
const REDIRECT_ROUTES = ['/api/draft-mode/disable?to=', '/content-unavailable?from=']

/** Headers of Next's client router: their answers (RSC payloads and the `_rsc` redirect) must never be shared. */
const ROUTER_HEADERS: Array<Record<string, string>> = [
  {RSC: '1'},
  {RSC: '1', 'Next-Router-State-Tree': 'garbage'},
  {RSC: '1', 'Next-Router-Prefetch': '1'},
  {RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/_tree'},
  {'Next-Router-State-Tree': encodeURIComponent('["",{"children":["__PAGE__",{}]},null,null,true]')},
]
const DRAFT_COOKIE = {Cookie: '__prerender_bypass=x'}

/** Words of 8 to 10 letters that no item has: the typo pass's worst case (finding 3). */
function manyLongWords(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  return Array.from({length: 18 + int(8)}, () => Array.from({length: 8 + int(3)}, () => letters[int(26)]).join('')).join(' ')
}

const PARAMETERS = ['q', 'country', 'topic', 'from', 'to', 'sort', 'page', 'secret', 'slug', 'type', 'url', 'w', 'redirect', '__proto__']

const ROUTES = [
  '/',
  '/news',
  '/news/feed.xml',
  '/countries',
  '/topics',
  '/feed.xml',
  '/sitemap.xml',
  '/robots.txt',
  '/studio',
  '/api/revalidate',
  '/api/draft-mode/enable',
  '/api/draft-mode/disable',
  '/_next/image',
  '/data',
  '/news/feed.atom',
  '/news/feed.json',
  '/news/feed.csv',
  '/news-sitemap.xml',
  '/api/v1/news',
  '/api/v1/countries',
  '/api/v1/topics',
  '/api/v1/openapi.json',
  '/api/views',
  '/api/views/stats',
]

const SLUGGED_ROUTES = [
  (slug: string) => `/news/${slug}`,
  (slug: string) => `/news/${slug}/og-image`,
  (slug: string) => `/countries/${slug}`,
  (slug: string) => `/countries/${slug}/og-image`,
  (slug: string) => `/countries/${slug}/feed.xml`,
  (slug: string) => `/topics/${slug}`,
  (slug: string) => `/topics/${slug}/feed.xml`,
  (slug: string) => `/countries/${slug}/brief.pdf`,
  (slug: string) => `/countries/${slug}/feed.csv`,
  (slug: string) => `/topics/${slug}/feed.json`,
  (slug: string) => `/api/v1/news/${slug}`,
]

function hostileValue(): string {
  switch (int(7)) {
    case 0:
      return 'x'.repeat(1 + int(6_000))
    case 1:
      return Array.from({length: 1 + int(20)}, () => String.fromCharCode(32 + int(95))).join('')
    case 2:
      return `${pick(HOSTILE_VALUES)}${pick(HOSTILE_VALUES)}`
    case 3:
      return manyLongWords()
    default:
      return pick(HOSTILE_VALUES)
  }
}

/** Encodes like a browser would, except that deliberate raw percent sequences (broken encodings) are kept. */
function encode(value: string): string {
  return /%[0-9A-Za-z]{0,2}/.test(value) && random() < 0.5 ? value : encodeURIComponent(value)
}

function hostileQuery(): string {
  const pairs: string[] = []
  const count = int(5)
  for (let index = 0; index < count; index++) pairs.push(`${pick(PARAMETERS)}=${encode(hostileValue())}`)
  if (random() < 0.15) {
    const name = pick(PARAMETERS)
    for (let index = 0; index < 50 + int(150); index++) pairs.push(`${name}=${encode(hostileValue().slice(0, 40))}`)
  }
  if (random() < 0.1) pairs.push(encode(hostileValue()))
  return pairs.length ? `?${pairs.join('&')}` : ''
}

function hostileSlug(): string {
  switch (int(5)) {
    case 0:
      return pick([...slugs.news, ...slugs.countries, ...slugs.topics])
    case 1:
      return `no-such-${int(1_000_000)}`
    case 2:
      return 'a'.repeat(1 + int(400))
    default:
      return encode(hostileValue())
  }
}

function hostilePath(): string {
  const roll = random()
  if (roll < 0.4) return pick(ROUTES)
  if (roll < 0.85) return pick(SLUGGED_ROUTES)(hostileSlug())
  return `/${Array.from({length: 1 + int(4)}, () => encode(hostileValue()).slice(0, 200) || 'x').join('/')}`
}

type Case = {method: 'GET' | 'HEAD' | 'POST'; url: string; headers: Record<string, string>}

/** The review's requests, word for word, each with and without the router headers and the forged draft cookie. */
function reviewCases(): Case[] {
  const urls = [
    ...REDIRECT_ROUTES.flatMap((route) => REDIRECT_PAYLOADS.map((payload) => `${route}${payload}`)),
    '/',
    '/news',
    '/news?q=migrant',
    '/countries',
    '/topics',
    '/news/does-not-exist',
    `/news/${slugs.news[0]}`,
    `/countries/${slugs.countries[0]}`,
    `/news?q=${encodeURIComponent(manyLongWords())}`,
    `/news?q=${encodeURIComponent(`${'migration '.repeat(19)}zzzzqqqqx`)}`,
    `/news/feed.xml?q=${encodeURIComponent(']]>]]><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>')}`,
    '/news/feed.xml?q=%01',
    '/news?q=x&_rsc=yLGW1Svqw_7Juzob',
  ]
  const headerSets: Array<Record<string, string>> = [{}, ...ROUTER_HEADERS, DRAFT_COOKIE, {...ROUTER_HEADERS[0]!, ...DRAFT_COOKIE}]
  return urls.flatMap((url) => headerSets.map((headers): Case => ({method: 'GET', url, headers})))
}

function hostileCase(): Case {
  const headers: Record<string, string> = {}
  const roll = random()
  if (roll < 0.05) {
    headers.RSC = '1'
    headers['Next-Router-State-Tree'] = encodeURIComponent(hostileValue().slice(0, 500))
  } else if (roll < 0.1) Object.assign(headers, pick(ROUTER_HEADERS))
  else if (roll < 0.14) Object.assign(headers, DRAFT_COOKIE)
  else if (roll < 0.17)
    headers['Next-Action'] =
      hostileValue()
        .replace(/[^\x20-\x7e]/g, '')
        .slice(0, 100) || 'x'
  else if (roll < 0.19)
    headers['Accept-Language'] = hostileValue()
      .replace(/[^\x20-\x7e]/g, '')
      .slice(0, 200)
  const method = random() < 0.9 ? 'GET' : pick(['HEAD', 'POST'] as const)
  if (random() < 0.04) return {method, url: `${pick(REDIRECT_ROUTES)}${pick(REDIRECT_PAYLOADS)}`, headers}
  return {method, url: `${hostilePath()}${hostileQuery()}`, headers}
}

const LEAKS: Array<[string, RegExp]> = [
  ['a stack frame', /\n\s+at [^\n]+:\d+:\d+/],
  ['an internal path', /\/work\/|node_modules|webpack-internal|\/\.next\//],
  ['a stack trace marker', /at Object\.|at async |at process\./],
  ['a JavaScript error name', /\b(TypeError|ReferenceError|RangeError|SyntaxError): /],
  ['a GROQ or evaluation error', /GROQ query parse error|Unexpected token|groq-js/i],
  ['an unescaped markup probe', new RegExp(`<${PROBE_TAG}`, 'i')],
]
/** Only HTML has attributes a quote could break out of (in a feed's text, a quote is just text). */
const HTML_LEAKS: Array<[string, RegExp]> = [['an unescaped attribute probe', /" data-xss-probe="1/]]

async function send(request: APIRequestContext, item: Case) {
  const options = {headers: item.headers, maxRedirects: 0, timeout: 30_000, failOnStatusCode: false}
  const response =
    item.method === 'POST'
      ? await request.post(item.url, {...options, data: hostileValue()})
      : item.method === 'HEAD'
        ? await request.head(item.url, options)
        : await request.get(item.url, options)
  const body = item.method === 'HEAD' ? '' : (await response.body()).subarray(0, BODY_LIMIT).toString('utf8')
  const headers = response.headers()
  return {
    status: response.status(),
    body,
    location: headers['location'] ?? '',
    cacheControl: headers['cache-control'] ?? '',
    html: /text\/html/.test(headers['content-type'] ?? ''),
  }
}

/**
 * A kept-alive connection the server closed as idle just as the client reused it resets before the request reaches
 * the server (seen under load on a shared machine). Such a request is sent once more; a request the server itself
 * resets fails both times and is counted.
 */
async function sendOnce(request: APIRequestContext, item: Case) {
  try {
    return await send(request, item)
  } catch (error) {
    if (!/ECONNRESET|EPIPE|socket hang up/.test((error as Error).message)) throw error
    return send(request, item)
  }
}

/** Whether a shared cache (a CDN) may store the response: `public` or `s-maxage`, and not private or no-store. */
function sharedCacheable(cacheControl: string): boolean {
  return /\bpublic\b|\bs-maxage=/i.test(cacheControl) && !/\bprivate\b|\bno-store\b/i.test(cacheControl)
}

/** How long a shared cache may serve the response as fresh, in seconds (0 if it may not store it). */
function sharedLifetime(cacheControl: string): number {
  if (!sharedCacheable(cacheControl)) return 0
  const seconds = /\bs-maxage=(\d+)/i.exec(cacheControl) ?? /\bmax-age=(\d+)/i.exec(cacheControl)
  return seconds ? Number(seconds[1]) : Infinity
}

/**
 * The longest a shared cache may keep a redirect or an error: a minute (lib/http/brief-answer.ts). Not zero: a 404 for
 * an address that does not exist is the same for every reader, and Next keeps it too; a minute is what stops an
 * invented address from filling a CDN for long, or hiding a page published at that address afterwards.
 */
const BRIEF_SECONDS = 60

/** Answers only one browser's client router can use: a shared cache must never keep them. */
function isRouterRequest(item: Case): boolean {
  const headerNames = Object.keys(item.headers).map((name) => name.toLowerCase())
  return headerNames.some((name) => name === 'rsc' || name.startsWith('next-router-')) || /[?&]_rsc=[^&]/.test(item.url)
}

function hasDraftCookie(item: Case): boolean {
  return /__prerender_bypass=/.test(item.headers.Cookie ?? '')
}

/** Where a browser would go from a Location header or a link on `url`: the WHATWG URL parser drops TAB, CR and LF. */
function destination(target: string, url: string, origin: string): URL | null {
  try {
    return new URL(target, new URL(url, origin))
  } catch {
    return null
  }
}

/** Failures grouped by kind, each kind counted and a few examples kept, so one systematic fault does not hide the rest. */
class Failures {
  private readonly kinds = new Map<string, {count: number; examples: string[]}>()
  add(kind: string, example: string) {
    const entry = this.kinds.get(kind) ?? {count: 0, examples: []}
    entry.count += 1
    if (entry.examples.length < EXAMPLES_PER_KIND) entry.examples.push(example)
    this.kinds.set(kind, entry)
  }
  report(): string[] {
    return [...this.kinds].map(([kind, {count, examples}]) => `${count} × ${kind}, e.g.\n    ${examples.join('\n    ')}`)
  }
}

test('ten thousand hostile requests: no server error, no internals, no unescaped markup, no off-site redirect, nothing shareable that must not be', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(TIME_CAP_MS + 120_000)
  const origin = new URL(baseURL!).origin
  const review = reviewCases()
  const cases = [...review, ...Array.from({length: REQUESTS - review.length}, hostileCase)]
  const failures = new Failures()
  const statuses = new Map<number, number>()
  const deadline = Date.now() + TIME_CAP_MS
  let next = 0
  let answered = 0
  async function worker() {
    while (next < cases.length && Date.now() < deadline) {
      const index = next++
      const item = cases[index]!
      const label = `#${index} ${item.method} ${item.url.slice(0, 200)}${Object.keys(item.headers).length ? ` ${JSON.stringify(item.headers).slice(0, 160)}` : ''}`
      let result
      try {
        result = await sendOnce(request, item)
      } catch (error) {
        failures.add('requests that failed', `${label}: ${(error as Error).message.split('\n')[0]}`)
        continue
      }
      answered += 1
      statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1)
      // The "content temporarily unavailable" page answers 503 by design.
      const expected503 = result.status === 503 && new URL(item.url, origin).pathname === '/content-unavailable'
      if (result.status >= 500 && !expected503) failures.add('server errors (5xx)', `${label}: status ${result.status}`)
      for (const [what, pattern] of [...LEAKS, ...(result.html ? HTML_LEAKS : [])]) {
        if (pattern.test(result.body)) failures.add(`bodies containing ${what}`, `${label}: …${result.body.match(pattern)?.[0].slice(0, 80)}…`)
      }
      if (result.location && destination(result.location, item.url, origin)?.origin !== origin) {
        failures.add('redirects off this site', `${label}: Location ${JSON.stringify(result.location)}`)
      }
      if (item.url.startsWith('/content-unavailable')) {
        for (const [, href] of result.body.matchAll(/<a href="([^"]*)"/g)) {
          const decoded = href!.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, '&')
          if (destination(decoded, item.url, origin)?.origin !== origin)
            failures.add('links off this site on the 503 page', `${label}: href ${JSON.stringify(href)}`)
        }
      }
      const cached = `${result.status} Cache-Control: ${result.cacheControl}`
      if (isRouterRequest(item) && sharedCacheable(result.cacheControl))
        failures.add('shared-cacheable answers to an RSC request', `${label}: ${cached}`)
      if (result.status >= 300 && sharedLifetime(result.cacheControl) > BRIEF_SECONDS) {
        failures.add(`redirects or errors a shared cache may keep over ${BRIEF_SECONDS} s`, `${label}: ${cached}`)
      }
      // A forged draft-mode cookie is no preview (Next refuses it): the reader gets what anyone gets, cache headers included.
      if (hasDraftCookie(item) && item.method === 'GET') {
        const withoutCookie = Object.fromEntries(Object.entries(item.headers).filter(([name]) => name !== 'Cookie'))
        const reader = await send(request, {...item, headers: withoutCookie}).catch(() => null)
        if (reader && reader.cacheControl !== result.cacheControl) {
          failures.add(
            'cache headers a forged draft-mode cookie changes',
            `${label}: ${cached}; without the cookie ${reader.status} ${reader.cacheControl}`,
          )
        }
      }
    }
  }
  await Promise.all(Array.from({length: CONCURRENCY}, worker))
  const counts = `status counts ${JSON.stringify(Object.fromEntries(statuses))}`
  expect(failures.report(), counts).toEqual([])
  expect(answered, `answered within ${TIME_CAP_MS / 1000} s; ${counts}`).toBe(REQUESTS)
  // Real pages were reached too, not only error pages.
  expect(statuses.get(200) ?? 0).toBeGreaterThan(REQUESTS / 20)
  expect(statuses.get(404) ?? 0).toBeGreaterThan(0)
  expect(statuses.get(303) ?? 0).toBeGreaterThan(0)
})

test('a search term full of markup is shown back as text, never as markup', async ({page}) => {
  const probe = `<${PROBE_TAG}>term</${PROBE_TAG}>`
  const response = await page.goto(`/news?q=${encodeURIComponent(probe)}&page=${encodeURIComponent(PROBE_ATTRIBUTE)}`)
  expect(response?.status()).toBeLessThan(500)
  await expect(page.locator(PROBE_TAG)).toHaveCount(0)
  await expect(page.locator('[data-xss-probe]')).toHaveCount(0)
  await expect(page.getByRole('heading', {level: 1})).toBeVisible()
})

test('a router-state header that does not parse is refused with 400, and client navigations (which send a real one) still work', async ({
  request,
  page,
}) => {
  for (const value of ['garbage', '%5B%5D', encodeURIComponent('{"children":1}'), '%E0%A4%A']) {
    for (const address of ['/', '/news?q=x', `/news/${slugs.news[0]}`]) {
      const response = await request.get(address, {headers: {RSC: '1', 'Next-Router-State-Tree': value}, failOnStatusCode: false, maxRedirects: 0})
      expect(response.status(), `${address} ${value}`).toBe(400)
      expect(response.headers()['cache-control'], `${address} ${value}`).toContain('no-store')
    }
  }
  await page.goto('/')
  const navigations: number[] = []
  page.on('response', (response) => {
    if (response.request().headers()['next-router-state-tree']) navigations.push(response.status())
  })
  await page.getByRole('link', {name: /All news/}).click()
  await expect(page.getByRole('heading', {level: 1, name: 'News'})).toBeVisible()
  await page.getByRole('navigation', {name: 'Main'}).getByRole('link', {name: 'Countries'}).click()
  await expect(page).toHaveURL(/\/countries$/)
  expect(navigations.length).toBeGreaterThan(0)
  expect(navigations.every((status) => status === 200)).toBe(true)
})

test('a POST, PUT, DELETE or OPTIONS to a feed or share image never rendered yet does not change what readers get there', async ({request}) => {
  // Next ran such a request through its cache for the address: the 405 was then what every GET got, and an OPTIONS
  // left the address hanging for everyone.
  const cases: Array<[string, string, number]> = [
    ['POST', '/countries/not-yet-published-country/feed.xml', 404],
    ['DELETE', '/news/not-yet-published-item/og-image', 404],
    ['OPTIONS', '/topics/not-yet-published-topic/feed.xml', 404],
    ['PUT', '/countries/not-yet-published-country/og-image', 404],
    ['POST', '/feed.xml', 200],
  ]
  for (const [method, address, readers] of cases) {
    const response = await request.fetch(address, {method, failOnStatusCode: false, timeout: 10_000})
    expect(response.status(), `${method} ${address}`).toBe(405)
    expect(response.headers()['allow'], `${method} ${address}`).toBe('GET, HEAD')
    const reader = await request.get(address, {failOnStatusCode: false, timeout: 10_000})
    expect(reader.status(), `GET ${address} after ${method}`).toBe(readers)
  }
})

test('TRACE is refused with 405 by the server itself, not answered with a 500 or an echo; TRACK with 400', async ({request}) => {
  // Without Varnish in front (npm start), Next's router answered TRACE on a feed with 500 and echoed it on pages.
  for (const address of ['/feed.xml', '/', `/news/${slugs.news[0]}`]) {
    const trace = await request.fetch(address, {method: 'TRACE', failOnStatusCode: false, maxRedirects: 0})
    expect(trace.status(), `TRACE ${address}`).toBe(405)
    expect(trace.headers()['allow'], `TRACE ${address}`).toBe('GET, HEAD, POST')
    const track = await request.fetch(address, {method: 'TRACK', failOnStatusCode: false, maxRedirects: 0})
    expect(track.status(), `TRACK ${address}`).toBe(400)
  }
})

test('an address with an absurdly long path segment is refused as too long', async ({request}) => {
  for (const address of [`/news/${'a'.repeat(300)}`, `/${'x'.repeat(5_000)}`, `/countries/${'b'.repeat(201)}/feed.xml`]) {
    const response = await request.get(address, {failOnStatusCode: false})
    expect(response.status(), address.slice(0, 40)).toBe(414)
    expect(await response.text()).toBe('The address is too long.')
  }
})

test('the image optimiser is closed: /_next/image fetches no address of the site on request', async ({request}) => {
  // Security review 2026-12-05 (residue of 2026-11-30 finding 11): it fetched any local path (a page, robots.txt) on
  // each request before refusing it as no image. No page uses next/image, so images.unoptimized closes the endpoint.
  for (const url of ['/news', '/robots.txt', '/countries?x=1']) {
    const response = await request.get(`/_next/image?url=${encodeURIComponent(url)}&w=64&q=75`, {failOnStatusCode: false})
    expect(response.status(), url).toBe(404)
  }
})

/** The running server's process (the one listening on the test's port), for its memory. */
function serverPid(port: number): number | null {
  const hex = port.toString(16).toUpperCase().padStart(4, '0')
  const inodes = new Set<string>()
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/)
      if (fields[1]?.endsWith(`:${hex}`) && fields[3] === '0A') inodes.add(fields[9]!)
    }
  }
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`)
        if (inodes.has(target.replace(/^socket:\[(\d+)\]$/, '$1'))) return Number(pid)
      }
    } catch {
      // Another user's process, or one that just ended.
    }
  }
  return null
}

function residentMegabytes(pid: number): number {
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
  return Math.round(kilobytes / 1024)
}

/** Files and bytes of the page cache Next writes at run time (the build's folder is the one the server runs). */
function pageCacheSize(): {files: number; bytes: number} {
  const dir = path.join(process.env.NEXT_DIST_DIR?.trim() || '.next', 'server', 'route-cache')
  if (!existsSync(dir)) return {files: 0, bytes: 0}
  const files = readdirSync(dir, {recursive: true, withFileTypes: true}).filter((entry) => entry.isFile())
  return {files: files.length, bytes: files.reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0)}
}

// Issue 23: before the proxy refused every action call but an editor's, 780 calls answered 404 ×660, 200 ×100 and
// 500 ×20 (next-sanity's perspectiveChangeAction throws on an empty perspective; the 200s each set a cookie and rendered
// the page again), the page cache grew 5 → 11 files and the server's RSS 212 → 547 MB (load average 3–5).
test('every registered server action, called directly with hostile arguments, and 200 invented addresses: no server error or leak, no page-cache growth, bounded memory', async ({
  request,
  baseURL,
}) => {
  // Security review 2026-12-05, N1, N4, N6, N7, N11: the fuzz above never sends a real action id nor measures anything.
  test.setTimeout(300_000)
  const manifest = JSON.parse(readFileSync(path.join(process.env.NEXT_DIST_DIR?.trim() || '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, unknown>
  }
  const ids = Object.keys(manifest.node)
  expect(ids.length).toBeGreaterThan(0)
  const pid = serverPid(Number(new URL(baseURL!).port))
  expect(pid, 'the server process').not.toBeNull()
  const rssBefore = residentMegabytes(pid!)
  const cacheBefore = pageCacheSize()
  const bigTags = (call: number) => Array.from({length: 200}, (_, i) => `sanity:${call}-${i}-${'x'.repeat(4000)}`)
  const payloads = (call: number): unknown[] => [
    ['*[_id in path("drafts.**") || _type == "sanity.previewUrlSecret"]{_id, title, secret}', {}, [], {perspective: 'raw', stega: false, locale: 'en'}],
    ['count(*[]{"a":*[]{"b":*[]{"c":*[]{_id}}}}.a[].b[].c[])', {}, [], {}],
    ['NEWS_ITEM_QUERY', {slug: slugs.news[0], locale: 'en'}, ['all:news'], {}],
    [hostileValue(), hostileValue()],
    ['country', `<${PROBE_TAG}>`, 'en'],
    [bigTags(call)],
  ]
  const failures = new Failures()
  const statuses = new Map<number, number>()
  let call = 0
  // RSS after each round of action calls: what a call leaves behind shows as growth in the later rounds.
  const rssByRound: number[] = []
  for (let round = 0; round < 10; round++) {
    rssByRound.push(residentMegabytes(pid!))
    for (const id of ids) {
      for (const payload of payloads(call++)) {
        const label = `action ${id.slice(0, 10)}… ${JSON.stringify(payload).slice(0, 100)}`
        // A fresh client each time: some of next-sanity's actions set a cookie, which must not ride on the next call.
        const caller = await playwrightRequest.newContext({baseURL})
        let response
        try {
          response = await caller.post('/countries', {
            headers: {'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8'},
            data: JSON.stringify(payload),
            maxRedirects: 0,
            failOnStatusCode: false,
            timeout: 30_000,
          })
        } catch (error) {
          failures.add('action calls that got no readable answer', `${label}: ${(error as Error).message.split('\n')[0]}`)
          await caller.dispose()
          continue
        }
        const body = (await response.body()).subarray(0, BODY_LIMIT).toString('utf8')
        await caller.dispose()
        statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1)
        if (response.status() >= 500) failures.add('server errors (5xx) from an action', `${label}: status ${response.status()}`)
        for (const [what, pattern] of LEAKS) if (pattern.test(body)) failures.add(`action answers containing ${what}`, label)
        if (/"_id"\s*:\s*"drafts\.|"secret"\s*:/.test(body)) failures.add('action answers with content from a query it was given', label)
      }
      // The same action called as a form without JavaScript (its id in a multipart field, arguments bound): this never
      // passed through the proxy's check of the Next-Action header, and reached the cached functions.
      const form = await request.post('/countries', {
        multipart: {[`$ACTION_REF_1`]: '', [`$ACTION_1:0`]: JSON.stringify({id, bound: '$@1'}), [`$ACTION_1:1`]: JSON.stringify(payloads(call)[0])},
        maxRedirects: 0,
        failOnStatusCode: false,
      })
      statuses.set(form.status(), (statuses.get(form.status()) ?? 0) + 1)
      if (form.status() !== 405) failures.add('form posts of an action that were not refused with 405', `form ${id.slice(0, 10)}…: status ${form.status()}`)
    }
  }
  const rssAfterActions = residentMegabytes(pid!)
  for (let i = 0; i < 100; i++) {
    for (const address of [`/news/zz-invented-${Date.now().toString(36)}-${i}`, `/countries/${slugs.countries[0]}/page/${900_000 + i}`]) {
      const response = await request.get(address, {maxRedirects: 0, failOnStatusCode: false})
      if (response.status() >= 500) failures.add('server errors (5xx) on invented addresses', `${address}: ${response.status()}`)
    }
  }
  const rssAfter = residentMegabytes(pid!)
  const cacheAfter = pageCacheSize()
  const measured = `${call * 7} action calls (6 as fetch calls, 1 as a form each round) (${ids.length} ids; statuses ${JSON.stringify(Object.fromEntries(statuses))}), 200 invented addresses; server RSS ${rssBefore} MB, by round of action calls ${rssByRound.join(' → ')} → ${rssAfterActions} MB, after the addresses ${rssAfter} MB; page cache ${cacheBefore.files} files / ${cacheBefore.bytes} B → ${cacheAfter.files} files / ${cacheAfter.bytes} B`
  test.info().annotations.push({type: 'measured', description: measured})
  console.log(`[hostile-input] ${measured}`)
  expect(failures.report(), measured).toEqual([])
  expect(cacheAfter.files, measured).toBe(cacheBefore.files)
  // No call leaves anything behind: once the first rounds have warmed the server, the last five rounds (455 calls)
  // add less than 100 MB, which any retention of 220 KB or more per call would exceed (the review's calls left 800 KB
  // of tags each in the process's tag table). Measured on 2026-12-05 at load average 8–11: 45 MB. The whole run's
  // growth is no measure: a rendering server's heap grows to a plateau of a few hundred MB, and invented addresses
  // fill Next's in-memory LRU (bounded, 50 MB) as designed.
  expect(rssAfterActions - rssByRound[5]!, measured).toBeLessThan(100)
})
