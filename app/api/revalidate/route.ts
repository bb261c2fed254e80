// Sanity's webhook: a correctly signed change revalidates the tags lib/content/cache-tags.ts declares for it, then purges Varnish.
import {revalidateTag} from 'next/cache'
import {NextRequest} from 'next/server'
import {parseBody} from 'next-sanity/webhook'
import {tagsExpiringAtOnce, tagsForChange, tagsForSupportChange} from '@/lib/content/cache-tags'
import {parseWebhookBody} from '@/lib/content/revalidation'
import {errorReason} from '@/lib/format/error-reason'
import {syncSearchIndex} from '@/lib/content/reads/search-sync'
import {itemChanged, refreshLabels} from '@/lib/alerts/publish'
import {purgeSurrogateKeys} from '@/lib/http/cache-purge'
import {readBodyWithin} from '@/lib/http/request-body'
import {hasValidSignature} from '@/lib/http/webhook-signature'

/** Sanity's webhook bodies are small projections; anything bigger is not ours. */
const MAX_BODY_BYTES = 64 * 1024
const SIGNATURE_HEADER = 'sanity-webhook-signature'

let warnedMissingSecret = false

function refuse() {
  return Response.json({message: 'Invalid signature'}, {status: 401})
}

function tooLarge() {
  return Response.json({message: 'The body is larger than any webhook call'}, {status: 413})
}

export async function POST(request: Request) {
  const secret = process.env.SANITY_REVALIDATE_SECRET?.trim()
  if (!secret) {
    if (!warnedMissingSecret) {
      warnedMissingSecret = true
      console.error('[revalidate] SANITY_REVALIDATE_SECRET is not set: every webhook call is refused until it is.')
    }
    return refuse()
  }
  // Refused before reading a byte when the sender says it is too big, and after reading no more than the limit when it
  // does not say (the proxy never runs here, so Next does not buffer the body first).
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return tooLarge()
  const raw = await readBodyWithin(request, MAX_BODY_BYTES)
  if (raw === null) return tooLarge()
  // Our own constant-time check first; Sanity's parseBody (which compares with !==) must agree as well. It reads a
  // NextRequest's text, so it gets one built from the bytes read above within the limit (the original body is spent).
  if (!hasValidSignature(raw, request.headers.get(SIGNATURE_HEADER), secret)) return refuse()
  let parsed: Awaited<ReturnType<typeof parseBody>>
  try {
    parsed = await parseBody(new NextRequest(request.url, {method: 'POST', headers: request.headers, body: raw}), secret)
  } catch {
    return Response.json({message: 'The body is not JSON'}, {status: 400})
  }
  if (parsed.isValidSignature !== true) return refuse()
  const webhook = parseWebhookBody(parsed.body)
  if (webhook.kind === 'malformed') return Response.json({message: 'The body does not match the documented projection'}, {status: 400})
  if (webhook.kind === 'ignored') return Response.json({revalidated: [], ignored: webhook.type})
  const tags = webhook.kind === 'support' ? tagsForSupportChange(webhook.event) : tagsForChange(webhook.event)
  // Pages refresh in the background (the old page serves meanwhile); the list behind a 404 and the pages under
  // addresses the document left expire at once (see tagsExpiringAtOnce).
  const atOnce = new Set(webhook.kind === 'change' ? tagsExpiringAtOnce(webhook.event) : [])
  for (const tag of tags) revalidateTag(tag, atOnce.has(tag) ? {expire: 0} : 'max')
  // The shared search index, before the purge: a search the HTTP cache keeps again must already find the change.
  // A failure (Sanity or the database down) leaves the last index answering; the next publish brings it up to date
  // (whole: the index then no longer follows from the content but that item). A news item is written in place.
  const changedItem = webhook.kind === 'change' && webhook.event.type === 'newsItem' ? webhook.event.id : undefined
  await syncSearchIndex(changedItem).catch((error: unknown) =>
    console.error(`[revalidate] search index not updated: ${errorReason(error)}`.slice(0, 200)),
  )
  // Then the HTTP cache in front, if any: its pages carry these tags as surrogate keys.
  await purgeSurrogateKeys(tags)
  // Alerts: a published item is copied for sending once (a repeated call adds nothing); a removed one is withdrawn.
  if (webhook.kind === 'change' && (webhook.event.type === 'newsItem' || webhook.event.type === 'country' || webhook.event.type === 'tag')) {
    try {
      if (webhook.event.type === 'newsItem') await itemChanged(webhook.event.id)
      // Names in emails only: a failure (Sanity down) is logged, and the next change of a country or topic refreshes them.
      else await refreshLabels().catch((error: unknown) => console.error(`[revalidate] alert labels not refreshed: ${error instanceof Error ? error.message : String(error)}`))
    } catch (error) {
      // Only the portal's database being down gets here: Sanity retries a failed call, and the alert is noted then.
      console.error(`[revalidate] alerts not noted for ${webhook.event.id}: ${error instanceof Error ? error.message : String(error)}`)
      return Response.json({message: 'Alerts could not be recorded; retry'}, {status: 503})
    }
  }
  return Response.json({revalidated: tags, document: {id: webhook.event.id, type: webhook.event.type}})
}
