// The webhook's filter and projection (docs/sanity-setup.md) evaluated as Sanity evaluates them, by groq-js in delta
// mode, for each kind of change; the body goes through the same code the webhook route runs, down to the cache tags.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {webhookPayload, type WebhookDocument} from '@/e2e/support/webhook-projection'
import {parseNdjson} from '@/sanity/ndjson'
import {BUNDLED_DATASET_FILE} from '@/sanity/seed/files.mjs'
import {tagsExpiringAtOnce, tagsForChange} from './cache-tags'
import {parseWebhookBody, WEBHOOK_FILTER, WEBHOOK_PROJECTION} from './revalidation'

const dataset = parseNdjson(readFileSync(BUNDLED_DATASET_FILE), BUNDLED_DATASET_FILE) as WebhookDocument[]
const byId = (id: string) => dataset.find((document) => document._id === id)!

/** A test-only item about Costa Rica and ethical recruitment. */
const item: WebhookDocument = {
  _id: 'newsItem-test-only',
  _type: 'newsItem',
  language: 'en',
  title: 'Test item (test only)',
  slug: {_type: 'slug', current: 'test-item'},
  countries: [{_type: 'reference', _key: 'c', _ref: 'country-cr'}],
  topics: [{_type: 'reference', _key: 't', _ref: 'tag-ethical-recruitment'}],
}
const renamed = {...item, slug: {_type: 'slug', current: 'test-item-renamed'}, countries: [{_type: 'reference', _key: 'g', _ref: 'country-gt'}]}
const spanish: WebhookDocument = {...item, _id: 'newsItem-test-only-es', language: 'es', slug: {_type: 'slug', current: 'elemento-de-prueba'}}

function metadata(...members: WebhookDocument[]): WebhookDocument {
  return {
    _id: 'translation-test-only',
    _type: 'translation.metadata',
    schemaTypes: ['newsItem'],
    translations: members.map((member) => ({
      _key: member.language as string,
      _type: 'internationalizedArrayReferenceValue',
      language: member.language,
      value: {_type: 'reference', _ref: member._id, _weak: true},
    })),
  }
}

/** What the webhook route does with a signed body: parse it, then the tags it revalidates and those it expires at once. */
async function tagsOf(before: WebhookDocument | null, after: WebhookDocument | null, documents: WebhookDocument[]) {
  const payload = await webhookPayload(before, after, documents)
  const parsed = parseWebhookBody(JSON.parse(JSON.stringify(payload)))
  if (parsed.kind !== 'change') throw new Error(`not a content change: ${parsed.kind}`)
  return {payload, revalidated: tagsForChange(parsed.event).sort(), atOnce: tagsExpiringAtOnce(parsed.event).sort()}
}

describe('the webhook projection, evaluated by groq-js in delta mode', () => {
  it('parses as delta-mode GROQ (what the webhooks API validates)', async () => {
    expect(await webhookPayload(null, byId('country-cr'), dataset)).toMatchObject({_id: 'country-cr', _type: 'country'})
    expect(WEBHOOK_PROJECTION).toContain('before()')
    expect(WEBHOOK_FILTER).toContain('"translation.metadata"')
  })

  it('a new item: the news list (every page showing items carries it) and, at once, the list behind 404s', async () => {
    const {payload, revalidated, atOnce} = await tagsOf(null, item, [...dataset, item])
    expect(payload).toEqual({
      _id: item._id,
      _type: 'newsItem',
      slug: {before: null, after: 'test-item'},
      translations: {before: null, after: null},
    })
    expect(revalidated).toEqual(['all:news', 'unknown:news'])
    expect(atOnce).toEqual(['unknown:news'])
  })

  it('a renamed item: the news list, and the address it left at once', async () => {
    const {revalidated, atOnce} = await tagsOf(item, renamed, [...dataset, renamed])
    expect(revalidated).toEqual(['all:news', 'news:test-item', 'unknown:news'])
    expect(atOnce).toEqual(['news:test-item', 'unknown:news'])
  })

  it('an unpublished item (a delete of the published document): the news list, and its address at once', async () => {
    const {payload, revalidated, atOnce} = await tagsOf(item, null, dataset)
    expect(payload).toMatchObject({_id: item._id, slug: {before: 'test-item', after: null}})
    expect(revalidated).toEqual(['all:news', 'news:test-item', 'unknown:news'])
    expect(atOnce).toContain('news:test-item')
  })

  it('a renamed country: the country list, and its old page at once', async () => {
    const country = byId('country-gt')
    const after = {...country, slug: {_type: 'slug', current: 'guatemala-renamed'}}
    const {revalidated, atOnce} = await tagsOf(country, after, [...dataset.filter((document) => document._id !== country._id), after])
    expect(revalidated).toEqual(['all:country', 'country:guatemala', 'unknown:country'])
    expect(atOnce).toEqual(['country:guatemala', 'unknown:country'])
  })

  it('a translation linked, then unlinked: the pages of both items, at once', async () => {
    const documents = [...dataset, item, spanish]
    const linked = await tagsOf(metadata(item), metadata(item, spanish), [...documents, metadata(item, spanish)])
    expect(linked.payload).toMatchObject({translations: {before: ['test-item'], after: ['test-item', 'elemento-de-prueba']}})
    expect(linked.atOnce).toEqual(expect.arrayContaining(['news:test-item', 'news:elemento-de-prueba']))
    const unlinked = await tagsOf(metadata(item, spanish), metadata(item), [...documents, metadata(item)])
    expect(unlinked.revalidated).toEqual(expect.arrayContaining(['all:news', 'news:test-item', 'news:elemento-de-prueba']))
  })

  it('leaves out types the site does not show (the filter)', async () => {
    expect(await webhookPayload(null, {_id: 'image-x', _type: 'sanity.imageAsset'}, dataset)).toBeNull()
  })
})
