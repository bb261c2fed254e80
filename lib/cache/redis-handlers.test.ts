// The cache handlers against a real redis-server started here, configured as deploy/redis/…conf ships it (ACL user,
// default user off, volatile-lru): what someone with access to Redis can and cannot do (security review 2026-12-05, N3).
import {spawn, type ChildProcess} from 'node:child_process'
import {mkdtempSync, readFileSync} from 'node:fs'
import net from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {createClient} from '@redis/client'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {tagsManifest} from '../next-internals/cache.mjs'

const PASSWORD = 'test-password-for-the-portal-user'
const SECRET = 'test-signing-secret-0123456789abcdef0123456789'
const SINGLETON = Symbol.for('labour-migration-news.shared-tags')

let redis: ChildProcess
let port = 0
const adminClient = () => createClient({url: `redis://lmn:${PASSWORD}@127.0.0.1:${port}`})
let admin: ReturnType<typeof adminClient>

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const {port: found} = server.address() as net.AddressInfo
      server.close(() => resolve(found))
    })
  })
}

/** The ACL lines of the shipped config, with this test's password. */
function shippedAclArgs(): string[] {
  const conf = readFileSync(path.resolve('deploy/redis/labour-migration-news.conf'), 'utf8')
  return conf
    .split('\n')
    .filter((line) => /^(user|maxmemory-policy) /.test(line))
    .flatMap((line) => {
      const [directive, ...rest] = line.replace(/>\S+/, `>${PASSWORD}`).split(' ')
      return [`--${directive}`, ...rest]
    })
}

function send(raw: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(raw))
    socket.once('data', (data) => {
      resolve(data.toString())
      socket.destroy()
    })
    socket.once('error', reject)
  })
}

type Handlers = {
  page: typeof import('./page-cache-handler.mjs').default
  createSharedHandler: typeof import('./use-cache-handler.mjs').createSharedHandler
  shared: NonNullable<typeof import('./shared-tags.mjs').sharedTags>
}
let handlers: Handlers

beforeAll(async () => {
  port = await freePort()
  const dir = mkdtempSync(path.join(tmpdir(), 'redis-test-'))
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, ...shippedAclArgs()], {
    stdio: 'ignore',
  })
  for (let i = 0; i < 100 && !(await send('PING\r\n').catch(() => '')); i++) await new Promise((resolve) => setTimeout(resolve, 100))
  vi.stubEnv('REDIS_URL', `redis://lmn:${PASSWORD}@127.0.0.1:${port}`)
  vi.stubEnv('REDIS_SIGNING_SECRET', SECRET)
  vi.resetModules()
  const sharedModule = await import('./shared-tags.mjs')
  const page = (await import('./page-cache-handler.mjs')).default
  const {createSharedHandler} = await import('./use-cache-handler.mjs')
  handlers = {page, createSharedHandler, shared: sharedModule.sharedTags!}
  await handlers.shared.ready()
  admin = adminClient()
  await admin.connect()
})

afterAll(async () => {
  await admin?.quit()
  await handlers?.shared.client.quit().catch(() => {})
  delete (globalThis as Record<symbol, unknown>)[SINGLETON]
  vi.unstubAllEnvs()
  redis?.kill('SIGTERM')
})

const pageContext = {cacheControl: {revalidate: 60, expire: 3600}, isRoutePPREnabled: false, isFallback: false}
const getContext = {kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false}

/** Every key of the portal, as its own (non-admin) user may list them. */
async function keys(pattern: string): Promise<string[]> {
  const found: string[] = []
  for await (const batch of admin.scanIterator({MATCH: pattern, COUNT: 100})) found.push(...batch)
  return found
}

/** No files: every page comes from memory or Redis. */
const noFiles = {existsSync: () => false, readFile: () => Promise.reject(new Error('ENOENT')), readFileSync: () => Buffer.alloc(0), writeFile: () => Promise.resolve(), mkdir: () => Promise.resolve(), stat: () => Promise.reject(new Error('ENOENT'))}

function pageHandler() {
  return new handlers.page({fs: noFiles, serverDistDir: mkdtempSync(path.join(tmpdir(), 'pages-')), flushToDisk: false, revalidatedTags: []} as never)
}

function page(html: string, lastModifiedOffset = 0) {
  return {kind: 'APP_PAGE', html, rscData: Buffer.from('0:{}'), status: 200, headers: {'x-next-cache-tags': 'country:mexico'}, lastModifiedOffset}
}

describe('Redis as the cluster and the shipped config run it', () => {
  it('answers nobody without the password', async () => {
    expect(await send('PING\r\n')).toMatch(/^-NOAUTH/)
    expect(await send('GET lmn:tags\r\n')).toMatch(/^-NOAUTH/)
  })

  it('names keys by a keyed hash: neither the address nor a function id can be read off them', async () => {
    await pageHandler().set('/route-cache/APP_PAGE/e375cac7/$/en/countries/mexico', page('<h1>Mexico</h1>') as never, pageContext as never)
    const names = await keys('lmn:*')
    expect(names.length).toBeGreaterThan(0)
    for (const key of names) expect(key).not.toMatch(/countries|mexico|route-cache|e375cac7/)
    for (const key of names.filter((name) => name !== 'lmn:tags')) expect(await admin.ttl(key)).toBeGreaterThan(0)
  })

  it('serves what an instance stored, but not an entry someone else wrote or changed', async () => {
    const key = '/route-cache/APP_PAGE/e375cac7/$/en/countries/guatemala'
    await pageHandler().set(key, page('<h1>Guatemala</h1>') as never, pageContext as never)
    const fromRedis = await pageHandler().get(key, getContext as never)
    expect((fromRedis?.value as {html?: string})?.html).toBe('<h1>Guatemala</h1>')

    let name = ''
    for (const candidate of await keys('lmn:page:*')) if ((await admin.get(candidate))?.includes('Guatemala')) name = candidate
    const stored = (await admin.get(name))!
    const forged = stored.replace('<h1>Guatemala</h1>', '<h1>REDIS-POISONED</h1><script>alert(1)</script>')
    await admin.set(name, forged)
    expect(await pageHandler().get(key, getContext as never)).toBeFalsy()
    await admin.set(name, stored.slice(stored.indexOf('.') + 1))
    expect(await pageHandler().get(key, getContext as never)).toBeFalsy()
  })

  it('ignores forged tag states: unsigned, or signed but dated in the future', async () => {
    const {seal} = await import('./redis-codec.mjs')
    const year2100 = 4102444800000
    const before = tagsManifest.get('all:topic')
    await admin.publish('lmn:tags', JSON.stringify({'all:topic': JSON.stringify({stale: year2100})}))
    await admin.hSet('lmn:tags', 'all:topic', JSON.stringify({stale: year2100}))
    await admin.publish('lmn:tags', seal(SECRET, 'lmn:tags', JSON.stringify({'all:topic': JSON.stringify({stale: year2100})})))
    await admin.publish('lmn:tags', seal(SECRET, 'lmn:tags', JSON.stringify({[`sanity:${'x'.repeat(4000)}`]: JSON.stringify({stale: Date.now()})})))
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(tagsManifest.get('all:topic')?.stale ?? 0).toBeLessThan(year2100)
    expect(tagsManifest.get('all:topic')).toEqual(before)
    expect([...tagsManifest.keys()].some((tag) => tag.startsWith('sanity:'))).toBe(false)
  })

  it('shares a real revalidation between instances, and the tag table has no time to live (volatile-lru never evicts it)', async () => {
    const a = handlers.createSharedHandler(handlers.shared)
    await a.updateTags(['country:belize'])
    expect(await admin.ttl('lmn:tags')).toBe(-1)
    expect(await admin.hExists('lmn:tags', 'country:belize')).toBeTruthy()
    expect(await admin.hExists('lmn:tags', 'sanity:s1:abc')).toBeFalsy()
    await a.updateTags(['sanity:s1:abc'])
    expect(await admin.hExists('lmn:tags', 'sanity:s1:abc')).toBeFalsy()
  })
})
