// Redis is never run without a password, by the cluster or by the shipped config (security review 2026-12-05, N3).
import {mkdtempSync, readFileSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {clusterConfig, clusterPorts, clusterRedisUrl, clusterSecrets, clusterSmtpUrl, redisArgs} from './config.mjs'

describe('Redis in the cluster and in the shipped config', () => {
  it('the cluster starts Redis with a generated password and volatile-lru, and gives the instances both secrets', () => {
    const config = clusterConfig({...process.env, CLUSTER_DIR: mkdtempSync(path.join(tmpdir(), 'cluster-'))})
    const secrets = clusterSecrets(config, {...process.env, CLUSTER_REDIS_PASSWORD: '', REDIS_SIGNING_SECRET: ''})
    expect(secrets.redisPassword.length).toBeGreaterThanOrEqual(24)
    expect(secrets.signingSecret.length).toBeGreaterThanOrEqual(32)
    const args = redisArgs(config, secrets)
    expect(args[args.indexOf('--requirepass') + 1]).toBe(secrets.redisPassword)
    expect(args[args.indexOf('--maxmemory-policy') + 1]).toBe('volatile-lru')
    expect(clusterRedisUrl(config, secrets)).toContain(encodeURIComponent(secrets.redisPassword))
    // The same secrets on a second read (start, stop and the tests agree), readable by this user only.
    expect(clusterSecrets(config, {...process.env, CLUSTER_REDIS_PASSWORD: '', REDIS_SIGNING_SECRET: ''})).toEqual(secrets)
    expect(statSync(path.join(config.dir, 'secrets.json')).mode & 0o077).toBe(0)
  })

  it('the shipped config has an ACL user with a password, the default user off, and keeps the tag table from eviction', () => {
    const conf = readFileSync(path.resolve('deploy/redis/labour-migration-news.conf'), 'utf8')
    expect(conf).toMatch(/^user default off$/m)
    expect(conf).toMatch(/^user lmn on >\S+ ~lmn:\* &lmn:\*/m)
    expect(conf).toMatch(/^maxmemory-policy volatile-lru$/m)
  })
})

describe("the cluster's mail", () => {
  const env = (changes: Record<string, string>) => ({...process.env, SMTP_URL: '', MAIL_CATCHER: '', MAIL_CATCHER_SMTP_PORT: '', MAIL_CATCHER_PORT: '', PORT: '4000', ...changes})

  it('with no SMTP_URL, starts a local mailbox and gives the instances its address, so alerts are sent', () => {
    const config = clusterConfig(env({}))
    expect(clusterSmtpUrl(config)).toBe('smtp://127.0.0.1:4006')
    expect(clusterPorts(config)).toEqual(expect.arrayContaining([4006, 4007]))
  })

  it('uses the SMTP_URL given, and starts no mailbox', () => {
    const config = clusterConfig(env({SMTP_URL: 'smtp://relay.example.org:587'}))
    expect(clusterSmtpUrl(config)).toBe('smtp://relay.example.org:587')
    expect(clusterPorts(config)).not.toContain(4006)
  })

  it('sends nothing with MAIL_CATCHER=off and no SMTP_URL', () => {
    expect(clusterSmtpUrl(clusterConfig(env({MAIL_CATCHER: 'off'})))).toBeNull()
  })
})
