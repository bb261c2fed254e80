// The SMTP transport (SMTP_URL), the sender address (ALERTS_FROM) and DKIM signing when a key is configured.
import {readFileSync} from 'node:fs'
import nodemailer, {type Transporter} from 'nodemailer'
import {siteUrl} from '@/lib/http/site'
import {SEND_CONCURRENCY} from './sender'

export type MailSettings = {url: string; from: string; dkim?: {domainName: string; keySelector: string; privateKey: string}}

/** Null when SMTP_URL is unset (`npm start` then sets it to its local mailbox; see scripts/serve.mjs). */
export function mailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings | null {
  const url = env.SMTP_URL?.trim()
  if (!url) return null
  const from = env.ALERTS_FROM?.trim() || `alerts@${siteUrl().hostname}`
  const keyFile = env.ALERTS_DKIM_PRIVATE_KEY_FILE?.trim()
  const privateKey = keyFile ? readFileSync(keyFile, 'utf8') : env.ALERTS_DKIM_PRIVATE_KEY?.trim()
  const domainName = env.ALERTS_DKIM_DOMAIN?.trim()
  const keySelector = env.ALERTS_DKIM_SELECTOR?.trim()
  return {url, from, ...(privateKey && domainName && keySelector ? {dkim: {privateKey, domainName, keySelector}} : {})}
}

/** Messages over one SMTP connection before the pool opens a fresh one. */
export const MESSAGES_PER_CONNECTION = 1000

/**
 * A pool of SEND_CONCURRENCY SMTP connections kept open across messages. The settings go in one object with the URL:
 * nodemailer reads a second argument as defaults for every message, not as transport options, so
 * `createTransport(url, {pool: true…})` opened a connection per message and ignored the timeouts.
 */
export function createTransport(settings: MailSettings): Transporter {
  return nodemailer.createTransport({
    url: settings.url,
    pool: true,
    maxConnections: SEND_CONCURRENCY,
    maxMessages: MESSAGES_PER_CONNECTION,
    // Timeouts well under the sender's lease (ALERTS_LEASE_SECONDS, 60 s): a hung server fails the attempt before another sender may take the message.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    ...(settings.dkim ? {dkim: settings.dkim} : {}),
  })
}
