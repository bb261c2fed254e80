// TEST HELPER: the webhook body Sanity would send for a change, made the way Sanity makes it: the documented filter and
// projection evaluated by groq-js in delta mode (before()/after()), which is the engine the webhooks API validates with.
import {evaluate, parse} from 'groq-js'
import {WEBHOOK_FILTER, WEBHOOK_PROJECTION} from '@/lib/content/revalidation'

export type WebhookDocument = {_id: string; _type: string; [field: string]: unknown}

/**
 * The body of the webhook for the change from `before` to `after` (null for a create or a delete respectively), with
 * `dataset` the documents as they are after the change (what `->` follows), or null when the webhook's filter leaves the
 * change out. Sanity fires when the filter holds before or after the change; the projection runs on the document as it
 * is after the change, or as it was for a delete.
 */
export async function webhookPayload(
  before: WebhookDocument | null,
  after: WebhookDocument | null,
  dataset: readonly WebhookDocument[],
): Promise<Record<string, unknown> | null> {
  const options = {before, after, dataset: [...dataset]}
  const matches = async (root: WebhookDocument | null) =>
    root !== null && (await (await evaluate(parse(WEBHOOK_FILTER, {mode: 'delta'}), {...options, root})).get()) === true
  if (!(await matches(before)) && !(await matches(after))) return null
  const root = after ?? before
  return (await (await evaluate(parse(WEBHOOK_PROJECTION, {mode: 'delta'}), {...options, root})).get()) as Record<string, unknown>
}

/** The same, as the JSON text Sanity signs and posts; fails when the filter leaves the change out. */
export async function webhookBody(before: WebhookDocument | null, after: WebhookDocument | null, dataset: readonly WebhookDocument[]): Promise<string> {
  const payload = await webhookPayload(before, after, dataset)
  if (payload === null) throw new Error(`The webhook's filter leaves out this change of ${(after ?? before)?._type}`)
  return JSON.stringify(payload)
}
