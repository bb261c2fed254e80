// The view beacon against a real database (PGlite): what a counted view leaves in the table, and what is never counted.
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {openDatabase, type Database} from '@/lib/db/database'
import {handleBeaconGet, handleBeaconPost, type BeaconDeps} from './beacon'
import {claimRefresh, mostViewed, referrerHost, viewStats} from './views'

const BROWSER = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36'
const READER_IP = '203.0.113.77'
const COOKIE_VALUE = 'reader-session-5f1c2a'
const KNOWN = new Set(['news/workers-return', 'country/mexico', 'topic/recruitment'])

let db: Database

beforeAll(async () => {
  db = await openDatabase({dataDir: 'memory://'})
}, 120_000)
afterAll(() => db.close())
beforeEach(() => db.query('DELETE FROM page_views'))

const deps: BeaconDeps = {
  db: async () => db,
  exists: async (kind, slug) => KNOWN.has(`${kind}/${slug}`),
  ownHosts: ['news.example.org'],
}

function beacon(body: unknown, headers: Record<string, string> = {}) {
  return new Request('http://news.example.org/api/views', {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: {
      'content-type': 'text/plain;charset=UTF-8',
      'user-agent': BROWSER,
      'x-forwarded-for': READER_IP,
      'x-real-ip': READER_IP,
      cookie: `session=${COOKIE_VALUE}`,
      referer: 'http://news.example.org/news/workers-return',
      ...headers,
    },
  })
}

async function allRows() {
  return (await db.query('SELECT * FROM page_views ORDER BY kind, slug, locale, referrer')).rows
}

describe('a counted view', () => {
  it('keeps the day, page, language, referring host and a number: no IP address, cookie or user agent anywhere in the table', async () => {
    const response = await handleBeaconPost(beacon({k: 'news', s: 'workers-return', l: 'es', r: 'www.Facebook.com'}), deps)
    expect(response.status).toBe(204)
    const columns = (await db.query<{column_name: string}>("SELECT column_name FROM information_schema.columns WHERE table_name = 'page_views' ORDER BY ordinal_position")).rows
    expect(columns.map((column) => column.column_name)).toEqual(['day', 'kind', 'slug', 'locale', 'referrer', 'views'])
    const rows = await allRows()
    expect(rows).toEqual([{day: expect.any(Date), kind: 'news', slug: 'workers-return', locale: 'es', referrer: 'facebook.com', views: 1}])
    const stored = JSON.stringify(rows)
    for (const secret of [READER_IP, COOKIE_VALUE, 'Android', 'Chrome', 'Pixel']) expect(stored).not.toContain(secret)
  })

  it('adds to the day’s row instead of adding a row per reader', async () => {
    for (let reader = 0; reader < 3; reader++) {
      await handleBeaconPost(beacon({k: 'country', s: 'mexico', l: 'en'}, {'x-forwarded-for': `198.51.100.${reader}`}), deps)
    }
    expect(await allRows()).toEqual([expect.objectContaining({kind: 'country', slug: 'mexico', locale: 'en', referrer: '', views: 3})])
  })

  it('counts a reader without JavaScript through the image, which answers a GIF', async () => {
    const response = await handleBeaconGet(new Request('http://news.example.org/api/views?k=topic&s=recruitment&l=en', {headers: {'user-agent': BROWSER}}), deps)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/gif')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await mostViewed(db, 'topic', 30, 10)).toEqual([{slug: 'recruitment', views: 1}])
  })
})

describe('views that are not counted', () => {
  it('leaves bots out: crawlers, link previews, headless browsers and requests without a user agent', async () => {
    for (const agent of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36',
      'curl/8.5.0',
      '',
    ]) {
      const response = await handleBeaconPost(beacon({k: 'news', s: 'workers-return', l: 'en'}, {'user-agent': agent}), deps)
      expect(response.status, agent).toBe(204)
    }
    expect(await allRows()).toEqual([])
  })

  it('answers 404 for a slug no published page has, and counts nothing', async () => {
    const response = await handleBeaconPost(beacon({k: 'news', s: 'no-such-item', l: 'en'}), deps)
    expect(response.status).toBe(404)
    expect((await handleBeaconGet(new Request('http://news.example.org/api/views?k=country&s=atlantis&l=es', {headers: {'user-agent': BROWSER}}), deps)).status).toBe(404)
    expect(await allRows()).toEqual([])
  })

  it('answers 400 for anything our pages never send, and 413 for a large body', async () => {
    for (const body of ['not json', '[]', 'null', {k: 'page', s: 'x', l: 'en'}, {k: 'news', s: '../etc', l: 'en'}, {k: 'news', s: 'workers-return', l: 'fr'}, {k: 'news', s: 'workers-return', l: 'en', r: '<script>'}]) {
      expect((await handleBeaconPost(beacon(body), deps)).status, JSON.stringify(body)).toBe(400)
    }
    expect((await handleBeaconPost(beacon({k: 'news', s: 'workers-return', l: 'en', r: 'x'.repeat(2000)}), deps)).status).toBe(413)
    expect(await allRows()).toEqual([])
  })

  it('answers 503, not 500, when the database cannot be reached', async () => {
    const down: BeaconDeps = {...deps, db: () => Promise.reject(new Error('connection refused'))}
    expect((await handleBeaconPost(beacon({k: 'news', s: 'workers-return', l: 'en'}), down)).status).toBe(503)
  })
})

describe('the sums', () => {
  it('ranks items over 7 and 30 days and sums views per language and referring site', async () => {
    const now = new Date('2026-12-05T12:00:00Z')
    const add = (day: string, kind: string, slug: string, locale: string, referrer: string, views: number) =>
      db.query('INSERT INTO page_views (day, kind, slug, locale, referrer, views) VALUES ($1::date, $2, $3, $4, $5, $6)', [day, kind, slug, locale, referrer, views])
    await add('2026-12-05', 'news', 'recent', 'en', '', 4)
    await add('2026-12-04', 'news', 'recent', 'es', 'facebook.com', 2)
    await add('2026-11-20', 'news', 'older', 'en', 'google.com', 9)
    await add('2026-10-01', 'news', 'outside', 'en', '', 50)
    await add('2026-12-01', 'country', 'mexico', 'es', '', 3)
    const stats = await viewStats(db, now)
    expect(stats.news7).toEqual([{slug: 'recent', views: 6}])
    expect(stats.news30).toEqual([{slug: 'older', views: 9}, {slug: 'recent', views: 6}])
    expect(stats.countries).toEqual([{slug: 'mexico', views: 3}])
    expect(stats.total).toBe(18)
    expect(stats.languages).toEqual([{locale: 'en', views: 13}, {locale: 'es', views: 5}])
    expect(stats.referrers).toEqual([{host: 'google.com', views: 9}, {host: '', views: 7}, {host: 'facebook.com', views: 2}])
  })
})

describe('the refresh of "Most read"', () => {
  it('is claimed by one caller per period, whatever the number of views or instances', async () => {
    await db.query("DELETE FROM app_state WHERE name = 'views:most-read-refreshed'")
    expect(await claimRefresh(db, 3600)).toBe(true)
    expect(await Promise.all([claimRefresh(db, 3600), claimRefresh(db, 3600)])).toEqual([false, false])
    await db.query("UPDATE app_state SET updated_at = now() - interval '2 hours' WHERE name = 'views:most-read-refreshed'")
    expect(await claimRefresh(db, 3600)).toBe(true)
    expect(await claimRefresh(db, 3600)).toBe(false)
  })
})

describe('referrerHost', () => {
  it('keeps a host only, without www., and nothing for the site itself', () => {
    expect(referrerHost('WWW.Google.COM', ['news.example.org'])).toBe('google.com')
    expect(referrerHost('www.news.example.org', ['news.example.org'])).toBe('')
    expect(referrerHost(undefined, [])).toBe('')
    expect(referrerHost('https://google.com/search?q=x', [])).toBeUndefined()
  })
})
