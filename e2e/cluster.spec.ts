// The production topology (Varnish → two instances → Redis) in Sanity mode: one webhook reaches every reader, outages don't.
import {expect, test, type APIRequestContext} from '@playwright/test'
import {encodeSignatureHeader} from '@sanity/webhook'
import {bundledDocuments} from './support/bundled-dataset'
import {CLUSTER_PORT, INSTANCE_PORTS, clusterPid, startCluster, stopCluster} from './support/cluster'
import {STAND_IN_PORT, TEST_SECRETS} from './support/sanity-mode-env'
import {SanityStandIn, type StandInDocument} from './support/sanity-stand-in'

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
  const searches = [`${INSTANCE_B}${search.path}`, `${VARNISH}${search.path}`]
  for (const address of cached) expect(await text(request, address)).toContain(before.title)
  for (const address of searches) expect(shows(await text(request, address), address), address).toBe(false)

  standIn.put(after)
  // Cached: nobody sees the change before the webhook says so.
  for (const address of cached) expect(shows(await text(request, address), address), address).toBe(false)

  const body = JSON.stringify({
    _id: after._id,
    _type: 'newsItem',
    slug: {before: before.slug.current, after: after.slug.current},
    countries: {before: [], after: []},
    topics: {before: [], after: []},
  })
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
