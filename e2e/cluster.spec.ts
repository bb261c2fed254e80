// The production topology (Varnish → two instances → Redis) in Sanity mode: one webhook reaches every reader, outages don't.
import {chromium, devices, expect, test, type APIRequestContext} from '@playwright/test'
import {encodeSignatureHeader} from '@sanity/webhook'
import {bundledDocuments} from './support/bundled-dataset'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {createClient} from '@redis/client'
import {CLUSTER_DIR, CLUSTER_PORT, CLUSTER_STATS_KEY, INSTANCE_PORTS, killClusterProcess, redisUrl, restartRedis, startCluster, stopCluster} from './support/cluster'
import {STAND_IN_PORT, TEST_SECRETS} from './support/sanity-mode-env'
import {SanityStandIn, type StandInDocument} from './support/sanity-stand-in'
import {webhookBody} from './support/webhook-projection'

test.describe.configure({mode: 'serial'})

type NewsDocument = StandInDocument & {title: string; slug: {current: string}; countries?: Array<{_ref: string}>}

const seedDocuments = bundledDocuments()
const seedNews = seedDocuments.filter((document): document is NewsDocument => document._type === 'newsItem')

const standIn = new SanityStandIn(STAND_IN_PORT, {dataset: 'production', token: TEST_SECRETS.readToken})

const VARNISH = `http://127.0.0.1:${CLUSTER_PORT}`
const [INSTANCE_A, INSTANCE_B] = INSTANCE_PORTS.map((port) => `http://127.0.0.1:${port}`) as [string, string]

test.beforeAll(async () => {
  standIn.setDocuments(seedDocuments)
  await standIn.start()
  await startCluster()
})

test.afterAll(async () => {
  await stopCluster()
  await standIn.close()
})

async function text(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url, {maxRedirects: 0})
  expect(response.status(), url).toBe(200)
  return response.text()
}

test('Varnish refuses TRACE with 405 before it reaches Next (which answers TRACE on a feed with 500)', async ({request}) => {
  for (const address of ['/', '/news/feed.xml', `/news/${seedNews[2]!.slug.current}/og-image`]) {
    const response = await request.fetch(`${VARNISH}${address}`, {method: 'TRACE', maxRedirects: 0})
    expect(response.status(), `TRACE ${address}`).toBe(405)
  }
})

// First, while no publish has marked anything stale.
test('Varnish keeps a page’s HTML and its RSC payload apart, and never answers the Studio, the API or draft mode from its cache', async ({
  request,
}) => {
  const page = `/news/${seedNews[1]!.slug.current}`
  const get = (address: string, headers: Record<string, string> = {}) => request.get(`${VARNISH}${address}`, {headers, maxRedirects: 0})
  // Next asks RSC requests to carry `_rsc`; the very same address without the RSC header is a page.
  const payloadAddress = `${page}?_rsc`
  expect((await get(payloadAddress, {RSC: '1'})).headers()['content-type']).toContain('text/x-component')
  for (const address of [payloadAddress, page]) {
    for (let visit = 0; visit < 2; visit++) expect((await get(address)).headers()['content-type'], address).toContain('text/html')
  }
  const payload = await get(payloadAddress, {RSC: '1'})
  expect(payload.headers()['content-type']).toContain('text/x-component')
  expect(payload.headers()['x-cache']).toBe('HIT')
  expect((await get(payloadAddress)).headers()['x-cache']).toBe('HIT')

  const neverCached: Array<[string, Record<string, string>]> = [
    ['/studio', {}],
    ['/api/draft-mode/disable', {}],
    [page, {cookie: '__prerender_bypass=an-editor'}],
    [page, {cookie: 'sanity-preview-perspective=drafts'}],
  ]
  for (const [address, headers] of neverCached) {
    for (let visit = 0; visit < 2; visit++)
      expect((await get(address, headers)).headers()['x-cache'], `${address} ${JSON.stringify(headers)}`).toBe('MISS')
  }
})

/**
 * What Sanity sends (the documented projection evaluated by groq-js in delta mode, correctly signed) when a news item is
 * published again; answers the status.
 */
async function sendWebhook(request: APIRequestContext, origin: string, item: NewsDocument): Promise<number> {
  const body = await webhookBody(item, item, standIn.publishedDocuments())
  const signature = await encodeSignatureHeader(body, Date.now(), TEST_SECRETS.revalidateSecret)
  const response = await request.post(`${origin}/api/revalidate`, {
    data: body,
    headers: {'content-type': 'application/json', 'sanity-webhook-signature': signature},
  })
  return response.status()
}

test('a signed webhook to instance A: readers see the change through Varnish and on instance B, in the page, the feed and search', async ({
  request,
}) => {
  const before = seedNews[2]!
  const page = `/news/${before.slug.current}`
  // A new word each run: the build's own page files keep what an earlier run rendered.
  const word = `cluster${Date.now().toString(36)}`
  const marker = `(corrected: ${word})`
  const after: NewsDocument = {...before, title: `${before.title} ${marker}`}
  // Search results link the item (the page also repeats the query, and marks the words it matched).
  const search = {path: `/news?q=${word}`, shows: `href="${page}"`}
  const shows = (body: string, address: string) => body.includes(address.endsWith(search.path) ? search.shows : marker)
  // Every reader's address, cached everywhere it can be before the change.
  const cached = [`${INSTANCE_B}${page}`, `${VARNISH}${page}`, `${INSTANCE_B}/feed.xml`, `${VARNISH}/feed.xml`]
  // Search on every instance (the one the webhook reached too): they share one index in PostgreSQL.
  const searches = [`${INSTANCE_A}${search.path}`, `${INSTANCE_B}${search.path}`, `${VARNISH}${search.path}`]
  for (const address of cached) expect(await text(request, address)).toContain(before.title)
  for (const address of searches) expect(shows(await text(request, address), address), address).toBe(false)
  // Varnish keeps search results too, so what follows also proves that the purge reaches them.
  expect((await request.get(`${VARNISH}${search.path}`)).headers()['x-cache']).toBe('HIT')

  standIn.put(after)
  // Cached: nobody sees the change before the webhook says so.
  for (const address of cached) expect(shows(await text(request, address), address), address).toBe(false)

  const body = await webhookBody(before, after, standIn.publishedDocuments())
  const signature = await encodeSignatureHeader(body, Date.now(), TEST_SECRETS.revalidateSecret)
  const webhook = await request.post(`${INSTANCE_A}/api/revalidate`, {
    data: body,
    headers: {'content-type': 'application/json', 'sanity-webhook-signature': signature},
  })
  expect(webhook.status()).toBe(200)

  for (const address of [...cached, ...searches]) {
    await expect.poll(async () => shows(await (await request.get(address)).text(), address), {message: address, timeout: 5_000}).toBe(true)
  }
})

test('Varnish keeps one copy of a search whatever the order of its parameters, and without its empty ones', async ({request}) => {
  const topic = seedDocuments.find((document) => document._type === 'tag') as {slug: {current: string}} | undefined
  const first = await request.get(`${VARNISH}/news?topic=${topic!.slug.current}&q=migrant&page=`)
  expect(first.status()).toBe(200)
  expect(first.headers()['x-cache']).toBe('MISS')
  const second = await request.get(`${VARNISH}/news?q=migrant&topic=${topic!.slug.current}`)
  expect(second.headers()['x-cache']).toBe('HIT')
  expect(await second.text()).toBe(await first.text())
})

test('a page Varnish serves from its cache (HIT) is still counted: the reader’s browser sends the view past the cache', async ({request}) => {
  const item = seedNews[2]!
  const address = `${VARNISH}/news/${item.slug.current}`
  const views = async () => {
    const response = await request.get(`${VARNISH}/api/views/stats`, {headers: {authorization: `Bearer ${CLUSTER_STATS_KEY}`}})
    expect(response.status()).toBe(200)
    const stats = (await response.json()) as {news7: Array<{slug: string; views: number}>}
    return stats.news7.find((row) => row.slug === item.slug.current)?.views ?? 0
  }
  const before = await views()
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    const page = await (await browser.newContext({...devices['Desktop Chrome']})).newPage()
    const caches: string[] = []
    // Until Varnish has answered from its cache: the first visit may have filled it.
    for (let visit = 0; visit < 5 && !caches.includes('HIT'); visit++) {
      const beacon = page.waitForResponse((response) => response.url() === `${VARNISH}/api/views` && response.request().method() === 'POST')
      const response = await page.goto(address)
      caches.push(response!.headers()['x-cache'] ?? '')
      expect((await beacon).status()).toBe(204)
    }
    expect(caches).toContain('HIT')
    await expect.poll(views, {timeout: 10_000}).toBe(before + caches.length)
  } finally {
    await browser.close()
  }
})

test('after a publish, instance B serves the page instance A rendered again, from the shared cache, instead of its own old copy', async ({
  request,
}) => {
  const before = seedNews[5]!
  const page = `/news/${before.slug.current}`
  for (const origin of [INSTANCE_A, INSTANCE_B]) expect(await text(request, `${origin}${page}`)).toContain(before.title)
  const marker = `(rendered once: ${Date.now().toString(36)})`
  const after: NewsDocument = {...before, title: `${before.title} ${marker}`}
  standIn.put(after)
  expect(await sendWebhook(request, INSTANCE_A, after)).toBe(200)
  // Instance A's first reader gets the old page while A renders the new one; the next gets the new one.
  await expect.poll(async () => (await text(request, `${INSTANCE_A}${page}`)).includes(marker), {timeout: 5_000}).toBe(true)
  // A stores its render in Redis just after answering: wait for that write, or B may ask before it lands.
  const redis = await createClient({url: redisUrl()}).connect()
  try {
    // Key names are keyed hashes (they name no address), so every stored page is looked at.
    const stored = async () => {
      for (const key of await redis.keys('*page:*')) if ((await redis.get(key))?.includes(marker)) return true
      return false
    }
    await expect.poll(stored, {timeout: 5_000}).toBe(true)
  } finally {
    await redis.quit()
  }
  // Instance B's first reader since the publish: A's new page, not B's own old copy (which Next would serve while re-rendering).
  const fromB = await request.get(`${INSTANCE_B}${page}`)
  // Next serves a page it holds stale as it was and renders it again behind the answer, so B's first answer has the
  // change only if it came from A's render (Next may label it HIT or STALE, depending on when the tags went stale).
  expect((await fromB.text()).includes(marker), 'the new page on instance B').toBe(true)
})

/** Pages readers keep reading: the home page, an item, a country, the feed, and a search (rendered per request). */
const READER_PAGES = ['/', `/news/${seedNews[0]!.slug.current}`, `/countries/${countrySlug()}`, '/feed.xml', '/news?q=migrant']

function countrySlug(): string {
  const country = seedDocuments.find((document) => document._type === 'country') as {slug: {current: string}} | undefined
  return country!.slug.current
}

/** Every reader page through Varnish and on each instance: the status of each, as "address status". */
async function statuses(request: APIRequestContext, origins: string[] = [VARNISH, INSTANCE_A, INSTANCE_B]): Promise<string[]> {
  const answers: string[] = []
  for (const origin of origins) {
    for (const page of READER_PAGES) answers.push(`${origin}${page} ${(await request.get(`${origin}${page}`, {maxRedirects: 0})).status()}`)
  }
  return answers
}

const allOk = (answers: string[]) => answers.map((answer) => answer.replace(/ \d+$/, ' 200'))

test('Redis stopped mid-run: readers keep getting pages; a publish made meanwhile reaches instance B once Redis is back', async ({request}) => {
  await killClusterProcess('redis')
  const during = await statuses(request)
  expect(during).toEqual(allOk(during))

  const before = seedNews[3]!
  const marker = `(published while Redis was down: ${Date.now().toString(36)})`
  const after: NewsDocument = {...before, title: `${before.title} ${marker}`}
  const page = `/news/${before.slug.current}`
  expect(await text(request, `${INSTANCE_B}${page}`)).not.toContain(marker)
  standIn.put(after)
  expect(await sendWebhook(request, INSTANCE_A, after)).toBe(200)
  await expect.poll(async () => (await text(request, `${INSTANCE_A}${page}`)).includes(marker), {timeout: 5_000}).toBe(true)
  // Instance B cannot know yet: it keeps serving what it has.
  expect(await text(request, `${INSTANCE_B}${page}`)).not.toContain(marker)

  await restartRedis()
  await expect.poll(async () => (await text(request, `${INSTANCE_B}${page}`)).includes(marker), {timeout: 10_000}).toBe(true)
  // The operator reads one line for the outage and one for its end, not one per request or reconnection attempt.
  for (const log of ['app-1.log', 'app-2.log']) {
    const lines = readFileSync(path.join(CLUSTER_DIR, log), 'utf8').split('\n')
    expect(
      lines.filter((line) => line.includes('[shared-cache]') && line.includes('unreachable')),
      log,
    ).toHaveLength(1)
    expect(
      lines.filter((line) => line.includes('[shared-cache]') && line.includes('is back:')),
      log,
    ).toHaveLength(1)
  }
})

test('Sanity answering 500: readers keep getting every page they had through Varnish, even after a publish purges them', async ({request}) => {
  const before = await statuses(request)
  expect(before).toEqual(allOk(before))
  standIn.setMode('error')
  try {
    expect(await sendWebhook(request, INSTANCE_A, seedNews[0]!)).toBe(200)
    // Three visits: later ones get whatever the earlier ones' background refreshes left behind.
    for (let visit = 0; visit < 3; visit++) {
      const during = await statuses(request, [VARNISH])
      expect(during).toEqual(allOk(during))
    }
  } finally {
    standIn.setMode('ok')
  }
})

test('with no SMTP_URL the cluster sends alerts: a sign-up through Varnish gets its confirmation in the local mailbox', async ({request}) => {
  const email = `cluster-${Date.now()}@example.org`
  const signup = await request.post(`${VARNISH}/api/alerts/subscribe`, {
    form: {email, locale: 'en', frequency: 'instant', country: 'guatemala', ui: 'en'},
    headers: {origin: VARNISH},
    maxRedirects: 0,
  })
  expect(signup.status()).toBe(303)
  // The mailbox start:cluster runs beside the instances (PORT+7 lists the messages, loopback only).
  const mailbox = `http://127.0.0.1:${CLUSTER_PORT + 7}/`
  await expect.poll(async () => (await text(request, mailbox)).includes(email), {timeout: 30_000}).toBe(true)
})

test('an instance killed: Varnish routes around it and readers keep getting 200', async ({request}) => {
  await killClusterProcess('app-2')
  // Several rounds, so the round robin would have sent some of them to the dead instance.
  for (let round = 0; round < 3; round++) {
    const answers = await statuses(request, [VARNISH])
    expect(answers).toEqual(allOk(answers))
  }
})
