// Alerts end to end below the browser, on PGlite and a real SMTP server on loopback: opt-in, limits, exactly-once fan-out, digests, unsubscribe.
import type {AddressInfo} from 'node:net'
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import nodemailer from 'nodemailer'
import {SMTPServer} from 'smtp-server'
import {openDatabase, type Database} from '@/lib/db/database'
import {startMailCatcher} from '@/scripts/mail-catcher.mjs'
import {parseSignup, type SignupRequest} from './choices'
import {digestWindow, enqueueDigests} from './digests'
import {fanOut, recordItems, withdrawItems, type AlertItem} from './items'
import {createTransport} from './mailer'
import {claim, drainOnce, SEND_CONCURRENCY, Throttle, withoutAddresses, type SenderOptions} from './sender'
import {confirmSignup, deleteExpired, requestSignup, subscriberCounts, suppressionHash, unsubscribe} from './signup'
import {refreshOfficeTimeZone, requestItem, resolveItemRequests} from './sanity-items'
import {storedTimeZone, syncLocalDataset} from './runner'
import {loadLocalDataset} from '@/lib/content/source/local-dataset'
import {signToken, verifyToken} from './tokens'

const SECRET = 'test-secret'
const SMTP_PORT = Number(process.env.ALERTS_TEST_SMTP_PORT || 3345)
let db: Database
let catcher: Awaited<ReturnType<typeof startMailCatcher>>
let sender: SenderOptions

beforeAll(async () => {
  db = await openDatabase({dataDir: 'memory://'})
  catcher = await startMailCatcher({smtpPort: SMTP_PORT, webPort: SMTP_PORT + 1})
  sender = {transport: nodemailer.createTransport(catcher.smtpUrl), from: 'alerts@example.org', secret: SECRET, timeZone: 'America/Costa_Rica', throttle: new Throttle(0)}
  // PGlite's first start (initdb in WebAssembly) takes seconds on a busy machine.
}, 120_000)
afterAll(async () => {
  sender?.transport.close()
  await catcher.close()
  await db.close()
})
beforeEach(async () => {
  await db.query('TRUNCATE alert_outbox, alert_signups, alert_subscribers, alert_items, alert_rate_events, alert_item_requests, alert_suppressions RESTART IDENTITY CASCADE')
  catcher.messages.length = 0
})

const form = (fields: Record<string, string | string[]>) => {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) params.append(name, one)
  return params
}

const request = (email: string, changes: Partial<SignupRequest> = {}): SignupRequest => ({email, locale: 'en', frequency: 'instant', countries: ['guatemala'], topics: [], words: null, ...changes})

async function drainAll() {
  while ((await drainOnce(db, sender)) > 0);
}

/** Signs up and confirms through the link in the confirmation email, as a person would. */
async function subscribe(email: string, changes: Partial<SignupRequest> = {}) {
  expect(await requestSignup(db, SECRET, request(email, changes), `client-${email}`)).toBe('accepted')
  await drainAll()
  const confirmation = catcher.messages.findLast((message) => message.envelopeTo.includes(email))!
  const token = confirmation.text.match(/token=([\w.-]+)/)![1]
  expect(await confirmSignup(db, SECRET, token)).toMatchObject({status: 'confirmed'})
  await drainAll()
}

const item = (id: string, changes: Partial<AlertItem> = {}): AlertItem => ({
  id,
  language: 'en',
  title: `Item ${id}`,
  summary: 'Seasonal workers and recruitment fees',
  path: `/news/${id}`,
  publishedAt: '2026-12-04T15:00:00Z',
  countries: [{slug: 'guatemala', name: 'Guatemala', nameEs: 'Guatemala'}],
  topics: ['recruitment'],
  ...changes,
})

describe('sign-up input', () => {
  const good = {email: 'a@example.org', locale: 'en', frequency: 'daily', country: 'guatemala'}
  it('accepts a well-formed sign-up and lower-cases the address', () => {
    const parsed = parseSignup(form({...good, email: ' A@Example.ORG '}))
    expect(parsed).toMatchObject({ok: true, isBot: false, request: {email: 'a@example.org', frequency: 'daily', countries: ['guatemala']}})
  })
  it.each([
    ['no address', {email: ''}],
    ['no @', {email: 'not-an-address'}],
    ['two @', {email: 'a@b@example.org'}],
    ['a header injection', {email: 'a@example.org\r\nBcc: b@example.org'}],
    ['an over-long address', {email: `${'a'.repeat(300)}@example.org`}],
    ['an unknown frequency', {frequency: 'hourly'}],
    ['an unknown language', {locale: 'fr'}],
    ['a malformed country', {country: '../etc/passwd'}],
    ['no choice at all', {country: []}],
    ['over-long words', {words: 'x'.repeat(500)}],
  ])('refuses %s', (_, changes) => {
    expect(parseSignup(form({...good, ...changes} as Record<string, string | string[]>)).ok).toBe(false)
  })
  it('marks a filled honeypot as a bot', () => {
    expect(parseSignup(form({...good, website: 'http://spam'}))).toMatchObject({ok: true, isBot: true})
  })
})

describe('signed links', () => {
  it('refuses a forged, altered or expired token', () => {
    const token = signToken(SECRET, 'confirm', 7, Date.now() + 1000)
    expect(verifyToken(SECRET, 'confirm', token)).toEqual({ok: true, id: '7'})
    expect(verifyToken('other-secret', 'confirm', token)).toEqual({ok: false, reason: 'invalid'})
    expect(verifyToken(SECRET, 'confirm', token.replace('.7.', '.8.'))).toEqual({ok: false, reason: 'invalid'})
    expect(verifyToken(SECRET, 'manage', token)).toEqual({ok: false, reason: 'invalid'})
    expect(verifyToken(SECRET, 'confirm', token, Date.now() + 2000)).toEqual({ok: false, reason: 'expired'})
    expect(verifyToken(SECRET, 'confirm', 'garbage')).toEqual({ok: false, reason: 'invalid'})
  })
})

describe('double opt-in', () => {
  it('sends only a confirmation until the link is followed, then a welcome; a second use of the link is refused', async () => {
    await recordItems(db, [item('older')], {baseline: true})
    await requestSignup(db, SECRET, request('reader@example.org'), 'client')
    await recordItems(db, [item('before-confirmation')])
    await fanOut(db)
    await drainAll()
    expect(catcher.messages.map((message) => message.subject)).toEqual(['Confirm your email alerts'])
    const token = catcher.messages[0]!.text.match(/token=([\w.-]+)/)![1]!
    expect(await confirmSignup(db, SECRET, token)).toMatchObject({status: 'confirmed'})
    expect(await confirmSignup(db, SECRET, token)).toEqual({status: 'used'})
    await drainAll()
    const welcome = catcher.messages[1]!
    expect(welcome.subject).toBe('Your email alerts are on')
    expect(welcome.text).toContain('Item older')
  })

  it('sends at most 3 confirmation emails a day to one address, answering every request the same', async () => {
    for (let attempt = 0; attempt < 10; attempt++) expect(await requestSignup(db, SECRET, request('victim@example.org'), `client-${attempt}`)).toBe('accepted')
    await drainAll()
    expect(catcher.messages.filter((message) => message.envelopeTo.includes('victim@example.org'))).toHaveLength(3)
  })

  it('refuses a flood of sign-ups from one client', async () => {
    const outcomes = []
    for (let attempt = 0; attempt < 25; attempt++) outcomes.push(await requestSignup(db, SECRET, request(`person${attempt}@example.org`), 'one-client'))
    expect(outcomes.filter((outcome) => outcome === 'too-many')).toHaveLength(5)
  })

  it('refuses a confirmation link after 48 hours', async () => {
    await requestSignup(db, SECRET, request('late@example.org'), 'client')
    await drainAll()
    const token = catcher.messages[0]!.text.match(/token=([\w.-]+)/)![1]!
    expect(await confirmSignup(db, SECRET, token, Date.now() + 49 * 3600_000)).toEqual({status: 'expired'})
  })

  it('deletes sign-ups never confirmed after 7 days', async () => {
    await requestSignup(db, SECRET, request('never@example.org'), 'client')
    await db.query("UPDATE alert_signups SET consented_at = now() - interval '8 days'")
    await deleteExpired(db)
    expect((await db.query('SELECT 1 FROM alert_signups')).rowCount).toBe(0)
  })
})

describe('instant alerts', () => {
  it('sends a new item once per follower, whatever runs twice, with list headers and no tracking', async () => {
    await subscribe('one@example.org')
    await subscribe('two@example.org', {locale: 'es', countries: [], topics: ['recruitment']})
    await subscribe('other@example.org', {countries: ['mexico']})
    catcher.messages.length = 0
    // The webhook delivered twice, and two senders draining at once.
    await recordItems(db, [item('new')])
    await recordItems(db, [item('new')])
    await Promise.all([fanOut(db), fanOut(db)])
    await Promise.all([drainAll(), drainAll()])
    await fanOut(db)
    await drainAll()
    expect(catcher.messages.map((message) => message.envelopeTo[0]).sort()).toEqual(['one@example.org', 'two@example.org'])
    const english = catcher.messages.find((message) => message.envelopeTo[0] === 'one@example.org')!
    expect(english.subject).toBe('New: Item new')
    expect(english.headers['list-unsubscribe']).toMatch(/^<http.*\/api\/alerts\/unsubscribe\?token=m\.\d+\.0\.[\w-]+>$/)
    expect(english.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
    expect(english.headers['list-id']).toContain('<alerts.')
    expect(english.headers['message-id']).toMatch(/^<alert-\d+@/)
    expect(english.text).toContain('4 December 2026')
    expect(english.html).not.toMatch(/<img/i)
    const spanish = catcher.messages.find((message) => message.envelopeTo[0] === 'two@example.org')!
    expect(spanish.subject).toBe('Nuevo: Item new')
    expect(spanish.text).toContain('4 de diciembre de 2026')
  })

  it('does not send an item withdrawn before sending', async () => {
    await subscribe('one@example.org')
    catcher.messages.length = 0
    await recordItems(db, [item('pulled')])
    await fanOut(db)
    await withdrawItems(db, ['pulled'])
    await drainAll()
    expect(catcher.messages).toHaveLength(0)
  })

  it('sends again after a sender dies mid-batch (its lease runs out), and never twice what was sent', async () => {
    for (let index = 0; index < 5; index++) await subscribe(`r${index}@example.org`)
    catcher.messages.length = 0
    await recordItems(db, [item('batch')])
    await fanOut(db)
    // A sender claims three and dies before sending them; another takes them once the lease ends.
    await claim(db, 3, 1)
    await drainAll()
    expect(catcher.messages).toHaveLength(2)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await drainAll()
    expect(catcher.messages.map((message) => message.envelopeTo[0]).sort()).toEqual(['r0@example.org', 'r1@example.org', 'r2@example.org', 'r3@example.org', 'r4@example.org'])
  })

  it('stops everything at once on unsubscribe, and keeps no address: only its keyed hash', async () => {
    await subscribe('gone@example.org')
    const {rows} = await db.query<{id: string}>('SELECT id FROM alert_subscribers')
    await recordItems(db, [item('after')])
    await fanOut(db)
    await unsubscribe(db, SECRET, rows[0]!.id)
    catcher.messages.length = 0
    await drainAll()
    expect(catcher.messages).toHaveLength(0)
    const stored = await db.query("SELECT 1 FROM alert_subscribers, alert_signups WHERE alert_subscribers.email = 'gone@example.org' OR alert_signups.email = 'gone@example.org'")
    expect(stored.rowCount).toBe(0)
    // What stays is an HMAC under the server's secret: not the address, and not what anyone without the secret can compute.
    const {rows: kept} = await db.query<{hash: string}>('SELECT hash FROM alert_suppressions')
    expect(kept.map((row) => row.hash)).toEqual([suppressionHash(SECRET, 'gone@example.org')])
    expect(kept[0]!.hash).not.toContain('gone')
    expect(kept[0]!.hash).not.toBe(suppressionHash('another-secret', 'gone@example.org'))
  })

  it('sends nothing to a suppressed address brought back by a restored backup; a fresh double opt-in lifts the suppression', async () => {
    await subscribe('back@example.org')
    const {rows: backup} = await db.query<{email: string; locale: string; frequency: string; countries: string[]; consented_at: Date; confirmed_at: Date}>(
      'SELECT email, locale, frequency, countries, consented_at, confirmed_at FROM alert_subscribers',
    )
    const {rows} = await db.query<{id: string}>('SELECT id FROM alert_subscribers')
    await unsubscribe(db, SECRET, rows[0]!.id)
    // Yesterday's backup restored: the subscription is back, its suppression too.
    const old = backup[0]!
    await db.query('INSERT INTO alert_subscribers (email, locale, frequency, countries, consented_at, confirmed_at) VALUES ($1, $2, $3, $4, $5, $6)', [
      old.email,
      old.locale,
      old.frequency,
      old.countries,
      old.consented_at,
      old.confirmed_at,
    ])
    await recordItems(db, [item('while-suppressed')])
    await fanOut(db)
    catcher.messages.length = 0
    await drainAll()
    expect(catcher.messages).toHaveLength(0)
    expect((await db.query<{status: string}>("SELECT status FROM alert_outbox WHERE key = 'while-suppressed'")).rows).toEqual([{status: 'skipped'}])

    // The person signs up again: the confirmation may reach them (that is how anyone subscribes), and confirming lifts the suppression.
    await subscribe('back@example.org')
    expect(catcher.messages.map((message) => message.subject)).toEqual(['Confirm your email alerts', 'Your email alerts are on'])
    expect((await db.query('SELECT 1 FROM alert_suppressions')).rowCount).toBe(0)
    await recordItems(db, [item('after-confirming')])
    await fanOut(db)
    await drainAll()
    expect(catcher.messages.filter((message) => message.envelopeTo.includes('back@example.org'))).toHaveLength(3)
  })

  it('counts subscribers per country, topic and language without addresses', async () => {
    await subscribe('a@example.org')
    await subscribe('b@example.org', {locale: 'es', topics: ['recruitment']})
    const counts = await subscriberCounts(db)
    expect(counts.total).toBe(2)
    expect(counts.countries).toEqual([
      {slug: 'guatemala', locale: 'en', count: 1},
      {slug: 'guatemala', locale: 'es', count: 1},
    ])
    expect(JSON.stringify(counts)).not.toContain('@')
  })

  it('sends through a few SMTP connections kept open, not one per message', async () => {
    let connections = 0
    let received = 0
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onConnect: (_session, callback) => (connections++, callback()),
      onData: (stream, _session, callback) => (stream.resume(), stream.on('end', () => (received++, callback()))),
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const transport = createTransport({url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, from: 'alerts@example.org'})
    try {
      await Promise.all(Array.from({length: 20}, (_, n) => transport.sendMail({from: 'alerts@example.org', to: `reader${n}@example.org`, subject: 'Pooled', text: 'One of twenty.'})))
    } finally {
      transport.close()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
    expect(received).toBe(20)
    expect(connections).toBeLessThanOrEqual(SEND_CONCURRENCY)
  })

  it('keeps addresses out of error messages', () => {
    expect(withoutAddresses('550 5.1.1 <someone@example.org>: Recipient address rejected')).toBe('550 5.1.1 <[address]>: Recipient address rejected')
  })
})

describe('Sanity mode: items the webhook names', () => {
  const row = {id: 'noted', language: 'en', title: 'Noted item', slug: 'noted', summary: '', publishedAt: '2026-12-04T15:00:00Z', countries: [{slug: 'guatemala', name: 'Guatemala', nameEs: 'Guatemala'}], topics: []}
  it('keeps the note while Sanity fails and sends the item once when it answers; a missing item is withdrawn', async () => {
    await subscribe('one@example.org')
    catcher.messages.length = 0
    await requestItem(db, 'noted')
    await requestItem(db, 'noted')
    await expect(resolveItemRequests(db, () => Promise.reject(new Error('Sanity answered 500')))).rejects.toThrow('500')
    expect((await db.query('SELECT 1 FROM alert_item_requests')).rowCount).toBe(1)
    expect(await resolveItemRequests(db, async () => [row])).toBe(1)
    await requestItem(db, 'noted')
    await resolveItemRequests(db, async () => [row])
    await fanOut(db)
    await drainAll()
    expect(catcher.messages.map((message) => message.subject)).toEqual(['New: Noted item'])
    await requestItem(db, 'noted')
    await resolveItemRequests(db, async () => [])
    expect((await db.query<{withdrawn: boolean}>("SELECT withdrawn FROM alert_items WHERE id = 'noted'")).rows[0]!.withdrawn).toBe(true)
  })

  it('in local mode, knows every dated item of the dataset the pages read, and names countries and topics in both languages', async () => {
    try {
      const dataset = loadLocalDataset()
      const items = dataset.documents.filter((document) => document._type === 'newsItem' && (document.slug as {current?: string})?.current && document.publishedAt)
      expect(await syncLocalDataset(db)).toEqual({added: []})
      const {rows} = await db.query<{id: string}>('SELECT id FROM alert_items')
      expect(rows.map((row) => row.id).sort()).toEqual(items.map((item) => item._id).sort())
      const labels = JSON.parse((await db.query<{value: string}>("SELECT value FROM app_state WHERE name = 'labels'")).rows[0]!.value)
      expect(labels.mexico).toEqual({en: 'Mexico', es: 'México', kind: 'country'})
      expect(loadLocalDataset()).toBe(dataset)
    } finally {
      await db.query("DELETE FROM app_state WHERE name IN ('labels', 'office_time_zone')")
    }
  })

  it("takes the office time zone from the published site settings, keeping the last good one when it is unset or unknown", async () => {
    try {
      expect(await refreshOfficeTimeZone(db, async () => 'Europe/Madrid')).toBe('Europe/Madrid')
      expect(await storedTimeZone(db)).toBe('Europe/Madrid')
      expect(await refreshOfficeTimeZone(db, async () => 'Mars/Olympus_Mons')).toBeNull()
      expect(await refreshOfficeTimeZone(db, async () => null)).toBeNull()
      expect(await storedTimeZone(db)).toBe('Europe/Madrid')
      await expect(refreshOfficeTimeZone(db, () => Promise.reject(new Error('Sanity answered 500')))).rejects.toThrow('500')
    } finally {
      await db.query("DELETE FROM app_state WHERE name = 'office_time_zone'")
    }
  })
})

describe('digests (frozen clock, office time zone America/Costa_Rica, UTC-6)', () => {
  it('picks the day before the last 07:00 and the week before the last Monday 07:00', () => {
    // Saturday 5 December 2026, 06:59 in Costa Rica: the daily digest due is Thursday's.
    expect(digestWindow('daily', new Date('2026-12-05T12:59:00Z'), 'America/Costa_Rica')).toMatchObject({
      start: new Date('2026-12-03T06:00:00Z'),
      end: new Date('2026-12-04T06:00:00Z'),
    })
    expect(digestWindow('daily', new Date('2026-12-05T13:00:00Z'), 'America/Costa_Rica')).toMatchObject({
      start: new Date('2026-12-04T06:00:00Z'),
      end: new Date('2026-12-05T06:00:00Z'),
    })
    // Monday 7 December 07:00: the week of 30 November to 6 December.
    expect(digestWindow('weekly', new Date('2026-12-07T13:00:00Z'), 'America/Costa_Rica')).toMatchObject({
      start: new Date('2026-11-30T06:00:00Z'),
      end: new Date('2026-12-07T06:00:00Z'),
    })
  })

  it('holds exactly the items of its day, and is not sent when the day had none', async () => {
    await subscribe('daily@example.org', {frequency: 'daily'})
    catcher.messages.length = 0
    await recordItems(db, [
      item('day-before', {publishedAt: '2026-12-04T05:59:00Z'}),
      item('first', {publishedAt: '2026-12-04T06:00:00Z'}),
      item('last', {publishedAt: '2026-12-05T05:59:00Z'}),
      item('next-day', {publishedAt: '2026-12-05T06:00:00Z'}),
    ])
    await fanOut(db)
    await db.query("UPDATE alert_subscribers SET confirmed_at = '2026-12-01T00:00:00Z'")
    const sevenAm = new Date('2026-12-05T13:00:00Z')
    expect(await enqueueDigests(db, sevenAm, 'America/Costa_Rica')).toBe(1)
    expect(await enqueueDigests(db, new Date('2026-12-05T15:00:00Z'), 'America/Costa_Rica')).toBe(0)
    await drainAll()
    expect(catcher.messages).toHaveLength(1)
    const digest = catcher.messages[0]!
    expect(digest.subject).toBe('Daily digest: 2 new items')
    expect(digest.text).toContain('Item first')
    expect(digest.text).toContain('Item last')
    expect(digest.text).not.toContain('Item day-before')
    expect(digest.text).not.toContain('Item next-day')
    // The next day had nothing for this subscriber's choices: no digest.
    await withdrawItems(db, ['next-day'])
    expect(await enqueueDigests(db, new Date('2026-12-06T13:00:00Z'), 'America/Costa_Rica')).toBe(0)
  })
})
