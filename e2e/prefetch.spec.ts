// A first visit downloads only the page itself: links prefetch when a reader shows intent (pointer, touch, focus).
import {expect, test, type Page, type Request} from '@playwright/test'
import {readSeedItems, squash} from './seed'

const newest = squash(readSeedItems()[0]!.title)

/** Router data fetched for another page (a prefetch, or a client-side navigation's payload). */
function routerRequests(page: Page): Request[] {
  const seen: Request[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).searchParams.has('_rsc')) seen.push(request)
  })
  return seen
}

function paths(requests: Request[]): string[] {
  return requests.map((request) => new URL(request.url()).pathname)
}

for (const [name, viewport] of [
  ['on a phone', {width: 360, height: 740}],
  ['on a desktop', {width: 1280, height: 900}],
] as const) {
  test(`a first visit ${name} prefetches no page the reader has not shown interest in`, async ({page}) => {
    await page.setViewportSize(viewport)
    const requests = routerRequests(page)
    for (const address of ['/', '/news', '/countries/mexico']) {
      await page.goto(address, {waitUntil: 'networkidle'})
      // Idle links stay idle: give a viewport-triggered prefetch more than enough time to start.
      await page.waitForTimeout(1_000)
      expect(paths(requests), address).toEqual([])
    }
  })
}

test('pointing at a link prefetches its page, and following it is a client-side navigation', async ({page}) => {
  const requests = routerRequests(page)
  await page.goto('/', {waitUntil: 'networkidle'})
  // The newest item in "Latest news" (it may also be listed under "Most read this month").
  const link = page.getByRole('region', {name: 'Latest news'}).getByRole('link', {name: newest, exact: true})
  const target = new URL((await link.getAttribute('href'))!, page.url()).pathname
  await link.hover()
  await expect.poll(() => paths(requests)).toContain(target)
  expect(new Set(paths(requests))).toEqual(new Set([target]))

  const documents: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documents.push(request.url())
  })
  await link.click()
  await expect(page.getByRole('heading', {level: 1})).toHaveText(newest)
  expect(documents).toEqual([])
})

test('focusing a link with the keyboard prefetches its page', async ({page}) => {
  const requests = routerRequests(page)
  await page.goto('/', {waitUntil: 'networkidle'})
  // The newest item in "Latest news" (it may also be listed under "Most read this month").
  const link = page.getByRole('region', {name: 'Latest news'}).getByRole('link', {name: newest, exact: true})
  const target = new URL((await link.getAttribute('href'))!, page.url()).pathname
  await link.focus()
  await expect.poll(() => paths(requests)).toContain(target)
})
