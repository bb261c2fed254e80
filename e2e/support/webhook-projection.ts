// TEST HELPER: the webhook body Sanity would send for a change, made the way Sanity makes it: the documented filter and
// projection evaluated by groq-js in delta mode (before()/after()), which is the engine the webhooks API validates with.
import {evaluate, parse} from 'groq-js'
import {WEBHOOK_FILTER, WEBHOOK_PROJECTION} from '@/lib/content/revalidation'

export type WebhookDocument = {_id: string; _type: string; [field: string]: unknown}

/** The webhook's GROQ as set up in sanity.io/manage: the code's by default, or a copy (e.g. the setup page's). */
export type WebhookRules = {filter: string; projection: string}

const CODE_RULES: WebhookRules = {filter: WEBHOOK_FILTER, projection: WEBHOOK_PROJECTION}

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
  rules: WebhookRules = CODE_RULES,
): Promise<Record<string, unknown> | null> {
  const options = {before, after, dataset: [...dataset]}
  const matches = async (root: WebhookDocument | null) =>
    root !== null && (await (await evaluate(parse(rules.filter, {mode: 'delta'}), {...options, root})).get()) === true
  if (!(await matches(before)) && !(await matches(after))) return null
  const root = after ?? before
  return (await (await evaluate(parse(rules.projection, {mode: 'delta'}), {...options, root})).get()) as Record<string, unknown>
}

/** The same, as the JSON text Sanity signs and posts; fails when the filter leaves the change out. */
export async function webhookBody(
  before: WebhookDocument | null,
  after: WebhookDocument | null,
  dataset: readonly WebhookDocument[],
  rules: WebhookRules = CODE_RULES,
): Promise<string> {
  const payload = await webhookPayload(before, after, dataset, rules)
  if (payload === null) throw new Error(`The webhook's filter leaves out this change of ${(after ?? before)?._type}`)
  return JSON.stringify(payload)
}
