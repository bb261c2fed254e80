// The Studio's working lists, run as the Studio runs them (GROQ, here groq-js) over the bundled dataset plus a
// translated pair and a draft: each holds exactly the items an editor expects to find there.
import {readFileSync} from 'node:fs'
import {evaluate, parse} from 'groq-js'
import {describe, expect, it} from 'vitest'
import {PAIR_ENGLISH, PAIR_SPANISH, pairMetadata} from '@/e2e/support/translated-pair'
import {EDITOR_LISTS} from './editor-lists'
import {parseNdjson, type NdjsonDocument} from './ndjson'
import {BUNDLED_DATASET_FILE} from './seed/files.mjs'

const bundled = parseNdjson(readFileSync(BUNDLED_DATASET_FILE), BUNDLED_DATASET_FILE)
const seedNews = bundled.filter((document) => document._type === 'newsItem')
const draft = {...seedNews[0]!, _id: `drafts.${seedNews[0]!._id}`, title: 'Edited, not yet published'}
const withImage = {...PAIR_ENGLISH, mainImage: {_type: 'image', asset: {_type: 'reference', _ref: 'image-test-only-10x10-png'}}}
const dataset: NdjsonDocument[] = [...bundled, withImage, PAIR_SPANISH, pairMetadata(), draft]

async function ids(filter: string): Promise<string[]> {
  return ((await (await evaluate(parse(`*[${filter}]._id`), {dataset})).get()) as string[]).sort()
}

describe('the Studio’s working lists', () => {
  it('"English without a Spanish version": every bundled item, not the English side of a translated pair', async () => {
    expect(await ids(EDITOR_LISTS.withoutSpanish.filter)).toEqual(seedNews.map((item) => item._id).sort())
  })

  it('"Drafts and unpublished changes": the drafts only', async () => {
    expect(await ids(EDITOR_LISTS.drafts.filter)).toEqual([draft._id])
  })

  it('"Needs attention": items without an image, a topic or a Spanish version; not a complete translated pair', async () => {
    const found = await ids(EDITOR_LISTS.needsAttention.filter)
    expect(found).toEqual(expect.arrayContaining(seedNews.map((item) => item._id)))
    expect(found).not.toContain(PAIR_ENGLISH._id)
    // The Spanish side has no image: it needs one.
    expect(found).toContain(PAIR_SPANISH._id)
  })
})
