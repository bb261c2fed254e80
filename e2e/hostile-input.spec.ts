// Hostile input: thousands of seeded random and malicious addresses never crash a page, leak internals or echo markup unescaped.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {expect, test, type APIRequestContext} from '@playwright/test'
import {BUNDLED_DATASET_FILE} from '../sanity/seed/files.mjs'
import {mulberry32} from '../bench/lib/prng.mjs'

/** The dataset generator's PRNG (bench/lib/prng.mjs), so a failing case can be replayed from the seed. */
const SEED = 0x5eed_0006
const REQUESTS = 2_000
const CONCURRENCY = 8
const BODY_LIMIT = 2_000_000

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
]

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
]

const SLUGGED_ROUTES = [
  (slug: string) => `/news/${slug}`,
  (slug: string) => `/news/${slug}/og-image`,
  (slug: string) => `/countries/${slug}`,
  (slug: string) => `/countries/${slug}/og-image`,
  (slug: string) => `/countries/${slug}/feed.xml`,
  (slug: string) => `/topics/${slug}`,
  (slug: string) => `/topics/${slug}/feed.xml`,
]

function hostileValue(): string {
  switch (int(6)) {
    case 0:
      return 'x'.repeat(1 + int(6_000))
    case 1:
      return Array.from({length: 1 + int(20)}, () => String.fromCharCode(32 + int(95))).join('')
    case 2:
      return `${pick(HOSTILE_VALUES)}${pick(HOSTILE_VALUES)}`
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

function hostileCase(): Case {
  const headers: Record<string, string> = {}
  const roll = random()
  if (roll < 0.05) {
    headers.RSC = '1'
    headers['Next-Router-State-Tree'] = encodeURIComponent(hostileValue().slice(0, 500))
  } else if (roll < 0.08) headers['Next-Action'] = hostileValue().replace(/[^\x20-\x7e]/g, '').slice(0, 100) || 'x'
  else if (roll < 0.1) headers['Accept-Language'] = hostileValue().replace(/[^\x20-\x7e]/g, '').slice(0, 200)
  const method = random() < 0.9 ? 'GET' : pick(['HEAD', 'POST'] as const)
  return {method, url: `${hostilePath()}${hostileQuery()}`, headers}
}

const LEAKS: Array<[string, RegExp]> = [
  ['a stack frame', /\n\s+at [^\n]+:\d+:\d+/],
  ['an internal path', /\/work\/|node_modules|webpack-internal|\/\.next\//],
  ['a stack trace marker', /at Object\.|at async |at process\./],
  ['a JavaScript error name', /\b(TypeError|ReferenceError|RangeError|SyntaxError): /],
  ['a GROQ or evaluation error', /GROQ query parse error|Unexpected token|groq-js/i],
  ['an unescaped markup probe', new RegExp(`<${PROBE_TAG}`, 'i')],
  ['an unescaped attribute probe', /" data-xss-probe="1/],
]

async function send(request: APIRequestContext, item: Case) {
  const options = {headers: item.headers, maxRedirects: 0, timeout: 30_000, failOnStatusCode: false}
  const response =
    item.method === 'POST'
      ? await request.post(item.url, {...options, data: hostileValue()})
      : item.method === 'HEAD'
        ? await request.head(item.url, options)
        : await request.get(item.url, options)
  const body = item.method === 'HEAD' ? '' : (await response.body()).subarray(0, BODY_LIMIT).toString('utf8')
  return {status: response.status(), body, location: response.headers()['location'] ?? ''}
}

test('thousands of hostile addresses get no server error, no internals and no unescaped markup', async ({request}) => {
  test.setTimeout(240_000)
  const cases = Array.from({length: REQUESTS}, hostileCase)
  const failures: string[] = []
  const statuses = new Map<number, number>()
  let next = 0
  async function worker() {
    while (next < cases.length && failures.length < 20) {
      const index = next++
      const item = cases[index]!
      const label = `#${index} ${item.method} ${item.url.slice(0, 300)}${Object.keys(item.headers).length ? ` ${JSON.stringify(item.headers).slice(0, 200)}` : ''}`
      let result
      try {
        result = await send(request, item)
      } catch (error) {
        failures.push(`${label}: request failed (${(error as Error).message.split('\n')[0]})`)
        continue
      }
      statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1)
      if (result.status >= 500) failures.push(`${label}: status ${result.status}`)
      for (const [what, pattern] of LEAKS) {
        if (pattern.test(result.body)) failures.push(`${label}: body contains ${what}: …${result.body.match(pattern)?.[0].slice(0, 80)}…`)
      }
      if (/^(javascript|data):/i.test(result.location) || /^\/\//.test(result.location)) failures.push(`${label}: redirects to ${result.location}`)
    }
  }
  await Promise.all(Array.from({length: CONCURRENCY}, worker))
  expect(failures, `status counts ${JSON.stringify(Object.fromEntries(statuses))}`).toEqual([])
  expect([...statuses.values()].reduce((sum, count) => sum + count, 0)).toBe(REQUESTS)
  // Real pages were reached too, not only error pages.
  expect(statuses.get(200) ?? 0).toBeGreaterThan(REQUESTS / 20)
  expect(statuses.get(404) ?? 0).toBeGreaterThan(0)
})

test('a search term full of markup is shown back as text, never as markup', async ({page}) => {
  const probe = `<${PROBE_TAG}>term</${PROBE_TAG}>`
  const response = await page.goto(`/news?q=${encodeURIComponent(probe)}&page=${encodeURIComponent(PROBE_ATTRIBUTE)}`)
  expect(response?.status()).toBeLessThan(500)
  await expect(page.locator(PROBE_TAG)).toHaveCount(0)
  await expect(page.locator('[data-xss-probe]')).toHaveCount(0)
  await expect(page.getByRole('heading', {level: 1})).toBeVisible()
})

test('an address with an absurdly long path segment is refused as too long', async ({request}) => {
  for (const address of [`/news/${'a'.repeat(300)}`, `/${'x'.repeat(5_000)}`, `/countries/${'b'.repeat(201)}/feed.xml`]) {
    const response = await request.get(address, {failOnStatusCode: false})
    expect(response.status(), address.slice(0, 40)).toBe(414)
    expect(await response.text()).toBe('The address is too long.')
  }
})
