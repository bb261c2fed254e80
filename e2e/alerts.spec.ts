// Alerts by email as readers use them, in English and Spanish, with and without JavaScript: subscribe on a country page,
// confirm from the email, get the alert when an item is published (local mode: a new item in the dataset after a
// restart), unsubscribe with the one-click POST of RFC 8058, and get nothing more. Mail goes to a real SMTP server.
import {spawn, type ChildProcess} from 'node:child_process'
import {closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {expect, test, type Browser, type Page} from '@playwright/test'
import {startMailCatcher, type CaughtMessage} from '../scripts/mail-catcher.mjs'

test.describe.configure({mode: 'serial'})

const basePort = Number(process.env.E2E_PORT || 3100)
/** The alerts' own server (it restarts to publish) and the SMTP server, beside the ports the other specs use. */
const PORT = Number(process.env.E2E_ALERTS_PORT || basePort + 43)
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT || basePort + 41)
const ORIGIN = `http://127.0.0.1:${PORT}`
const BUNDLED = path.resolve('sanity/seed/production.ndjson')

let catcher: Awaited<ReturnType<typeof startMailCatcher>>
let server: ChildProcess | null = null
let folder: string
let dataset: string

function log() {
  return path.join(folder, 'server.log')
}

async function startServer() {
  const out = openSync(log(), 'a')
  server = spawn(process.execPath, [path.resolve('scripts/portal-server.mjs'), '-p', String(PORT), '-H', '127.0.0.1'], {
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_PUBLIC_SANITY_PROJECT_ID: '',
      SMTP_URL: catcher.smtpUrl,
      ALERTS_FROM: 'alerts@example.org',
      PGLITE_DATA_DIR: path.join(folder, 'pglite'),
      CONTENT_DATASET: dataset,
      ALERTS_POLL_MS: '200',
      PAGE_CACHE_TO_DISK: 'off',
    },
  })
  closeSync(out)
  for (let attempt = 0; attempt < 300; attempt++) {
    if (await fetch(`${ORIGIN}/robots.txt`).then((response) => response.ok, () => false)) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`the alerts server did not start: ${readFileSync(log(), 'utf8').slice(-2000)}`)
}

async function stopServer() {
  if (!server || server.exitCode !== null) return
  const exited = new Promise((resolve) => server!.once('exit', resolve))
  server.kill('SIGTERM')
  await exited
  server = null
}

/** "Publishes" an item about Guatemala the way local mode knows publishing: a new item in the dataset it loads. */
async function publish(id: string, title: string) {
  const template = readFileSync(BUNDLED, 'utf8')
    .split('\n')
    .find((line) => line.includes('"_type": "newsItem"') && line.includes('country-gt'))!
  const item = {...JSON.parse(template), _id: id, title, slug: {_type: 'slug', current: id}, publishedAt: new Date().toISOString()}
  writeFileSync(dataset, `${readFileSync(dataset, 'utf8').trimEnd()}\n${JSON.stringify(item)}\n`)
  await stopServer()
  await startServer()
}

async function mailTo(address: string, subject: RegExp, count = 1): Promise<CaughtMessage[]> {
  let found: CaughtMessage[] = []
  await expect
    .poll(() => (found = catcher.messages.filter((message) => message.envelopeTo.includes(address) && subject.test(message.subject))).length, {timeout: 30_000})
    .toBeGreaterThanOrEqual(count)
  return found
}

function linkIn(message: CaughtMessage, pathname: string): string {
  const url = new URL(message.text.match(new RegExp(`https?://\\S+${pathname.replace(/\//g, '\\/')}\\?token=[\\w.-]+`))![0])
  return `${ORIGIN}${url.pathname}${url.search}`
}

type Reader = {name: string; locale: 'en' | 'es'; javaScript: boolean; email: string}
const READERS: Reader[] = [
  {name: 'English, JavaScript', locale: 'en', javaScript: true, email: 'en-js@example.org'},
  {name: 'English, no JavaScript', locale: 'en', javaScript: false, email: 'en-nojs@example.org'},
  {name: 'Spanish, JavaScript', locale: 'es', javaScript: true, email: 'es-js@example.org'},
  {name: 'Spanish, no JavaScript', locale: 'es', javaScript: false, email: 'es-nojs@example.org'},
]
const CONTROL = 'stays@example.org'
const TEXT = {
  en: {email: 'Your email address', submit: 'Subscribe', check: 'Check your email', confirm: 'Confirm my alerts', confirmed: 'Your alerts are on', subject: /^Confirm your email alerts$/, alert: /^New: /},
  es: {email: 'Su dirección de correo', submit: 'Suscribirme', check: 'Revise su correo', confirm: 'Confirmar mis alertas', confirmed: 'Sus alertas están activas', subject: /^Confirme sus alertas/, alert: /^Nuevo: /},
}

async function subscribeFromCountryPage(browser: Browser, reader: Reader) {
  const context = await browser.newContext({javaScriptEnabled: reader.javaScript})
  const page: Page = await context.newPage()
  const text = TEXT[reader.locale]
  await page.goto(`${ORIGIN}${reader.locale === 'es' ? '/es' : ''}/countries/guatemala`)
  await page.getByLabel(text.email).fill(reader.email)
  await page.getByRole('button', {name: text.submit}).click()
  await expect(page.getByRole('heading', {level: 1, name: text.check})).toBeVisible()
  const [confirmation] = await mailTo(reader.email, text.subject)
  await page.goto(linkIn(confirmation!, '/api/alerts/confirm'))
  await page.getByRole('button', {name: text.confirm}).click()
  await expect(page.getByRole('heading', {level: 1, name: text.confirmed})).toBeVisible()
  await context.close()
}

test.beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'alerts-e2e-'))
  dataset = path.join(folder, 'dataset.ndjson')
  writeFileSync(dataset, readFileSync(BUNDLED))
  catcher = await startMailCatcher({smtpPort: SMTP_PORT, webPort: SMTP_PORT + 1})
  await startServer()
})

let failed = false
test.afterEach(({}, testInfo) => {
  failed ||= testInfo.status !== testInfo.expectedStatus
})

test.afterAll(async () => {
  await stopServer()
  // The alerts server's own log, when something failed (its folder is deleted next).
  if (failed) console.log(readFileSync(log(), 'utf8').slice(-4000))
  await catcher?.close()
  rmSync(folder, {recursive: true, force: true})
})

test('a country page with the form is served from the cache, with no per-reader data', async ({request}) => {
  const first = await request.get(`${ORIGIN}/countries/guatemala`)
  expect(first.status()).toBe(200)
  expect(first.headers()['cache-control']).not.toMatch(/no-store|private/)
  expect(first.headers()['set-cookie']).toBeUndefined()
  expect(await first.text()).toContain('action="/api/alerts/subscribe"')
  expect((await request.get(`${ORIGIN}/countries/guatemala`)).headers()['x-nextjs-cache']).toMatch(/HIT|STALE/)
})

for (const reader of READERS) {
  test(`${reader.name}: subscribe from a country page and confirm from the email`, async ({browser}) => {
    await subscribeFromCountryPage(browser, reader)
    const [welcome] = await mailTo(reader.email, reader.locale === 'es' ? /^Sus alertas por correo están activas$/ : /^Your email alerts are on$/)
    expect(welcome!.html).toContain(`lang="${reader.locale}"`)
  })
}

test('publishing an item about the country sends each subscriber one alert in their language; one-click unsubscribe stops everything', async ({browser, request}) => {
  await subscribeFromCountryPage(browser, {name: 'control', locale: 'en', javaScript: true, email: CONTROL})
  await publish('alerts-e2e-first', 'Guatemala opens a new seasonal work programme')
  const alerts = new Map<string, CaughtMessage>()
  for (const reader of READERS) {
    const [alert] = await mailTo(reader.email, TEXT[reader.locale].alert)
    alerts.set(reader.email, alert!)
    expect(alert!.subject).toContain('Guatemala opens a new seasonal work programme')
    expect(alert!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
  }
  await mailTo(CONTROL, /^New: /)
  // A restart loads the same dataset again: nothing is sent twice.
  await stopServer()
  await startServer()
  for (const reader of READERS) {
    // RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" to the List-Unsubscribe address.
    const target = alerts.get(reader.email)!.headers['list-unsubscribe']!.replace(/^<|>$/g, '')
    const url = new URL(target)
    const response = await request.post(`${ORIGIN}${url.pathname}${url.search}`, {
      headers: {'content-type': 'application/x-www-form-urlencoded'},
      data: 'List-Unsubscribe=One-Click',
    })
    expect(response.status()).toBe(200)
  }
  await publish('alerts-e2e-second', 'Guatemala signs a second agreement')
  await mailTo(CONTROL, /^New: Guatemala signs a second agreement$/)
  for (const reader of READERS) {
    expect(catcher.messages.filter((message) => message.envelopeTo.includes(reader.email) && TEXT[reader.locale].alert.test(message.subject))).toHaveLength(1)
  }
  expect(catcher.messages.filter((message) => message.envelopeTo.includes(CONTROL) && /^New: /.test(message.subject))).toHaveLength(2)
})

test('bad input gets clear pages and status codes, never a 500; a flood for one address sends at most 3 emails', async ({request}) => {
  const post = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    request.post(`${ORIGIN}/api/alerts/subscribe`, {form: fields, headers: {origin: ORIGIN, ...headers}, maxRedirects: 0})
  const good = {email: 'someone@example.org', locale: 'en', frequency: 'instant', country: 'guatemala', ui: 'en'}
  const malformed: Array<Record<string, string>> = [
    {...good, email: ''},
    {...good, email: 'no-at-sign'},
    {...good, email: 'a@b@c.org'},
    {...good, email: `${'x'.repeat(300)}@example.org`},
    {...good, email: 'a@example.org\r\nBcc: b@example.org'},
    {...good, frequency: 'hourly'},
    {...good, locale: 'fr'},
    {...good, country: '<script>alert(1)</script>'},
    {...good, country: ''},
    {...good, words: 'w'.repeat(1000), country: ''},
  ]
  for (const fields of malformed) {
    const response = await post(fields)
    expect(response.status(), JSON.stringify(fields).slice(0, 80)).toBe(400)
    const html = await response.text()
    expect(html).toContain('action="/api/alerts/subscribe"')
    expect(html).not.toContain('<script>alert(1)</script>')
  }
  expect((await post(good, {origin: 'https://evil.example', 'sec-fetch-site': 'cross-site'})).status()).toBe(403)
  expect((await request.post(`${ORIGIN}/api/alerts/subscribe`, {data: 'x'.repeat(40_000), headers: {'content-type': 'application/x-www-form-urlencoded'}})).status()).toBe(413)
  for (const token of ['', 'c.1.0.forged', 'c.99999999999.1.AAAA', 'm.1.0.x']) {
    expect((await request.get(`${ORIGIN}/api/alerts/confirm?token=${encodeURIComponent(token)}`)).status()).toBe(400)
    expect((await request.get(`${ORIGIN}/api/alerts/unsubscribe?token=${encodeURIComponent(token)}`)).status()).toBe(400)
    expect((await request.get(`${ORIGIN}/api/alerts/manage?token=${encodeURIComponent(token)}`)).status()).toBe(400)
  }
  const flooded = 'flooded@example.org'
  for (let attempt = 0; attempt < 10; attempt++) {
    const response = await post({...good, email: flooded}, {'x-forwarded-for': `10.0.0.${attempt}`})
    expect(response.status()).toBe(303)
  }
  await mailTo(flooded, /^Confirm/, 3)
  await new Promise((resolve) => setTimeout(resolve, 2000))
  expect(catcher.messages.filter((message) => message.envelopeTo.includes(flooded))).toHaveLength(3)
  // A used confirmation link: a clear page with 410, not a 500.
  const [first] = await mailTo(flooded, /^Confirm/)
  const confirm = linkIn(first!, '/api/alerts/confirm')
  const token = new URL(confirm).searchParams.get('token')!
  const once = await request.post(`${ORIGIN}/api/alerts/confirm`, {form: {token, ui: 'en'}, headers: {origin: ORIGIN}})
  expect(once.status()).toBe(200)
  const twice = await request.post(`${ORIGIN}/api/alerts/confirm`, {form: {token, ui: 'en'}, headers: {origin: ORIGIN}})
  expect(twice.status()).toBe(410)
  expect(await twice.text()).toContain('already used')
})
