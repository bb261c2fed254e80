// Slug history in local mode: an item renamed in the dataset answers at its old address with its new one, from the cached lists.
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseNdjson} from '@/sanity/ndjson'
import {BUNDLED_DATASET_FILE} from '@/sanity/seed/files.mjs'
import {PUBLISHED} from '../source/fetch-options'
import {getNewsItem, renamedNewsSlug} from './news'

const OLD = 'guatemala-raises-awareness-about-recruitment-scams'
const NEW = 'guatemala-raises-awareness-about-recruitment-scams-renamed'

describe('earlier addresses in local mode', () => {
  const previous = process.env.CONTENT_DATASET
  beforeAll(() => {
    const documents = parseNdjson(readFileSync(BUNDLED_DATASET_FILE), BUNDLED_DATASET_FILE).map((document) =>
      (document.slug as {current?: string} | undefined)?.current === OLD
        ? {...document, slug: {_type: 'slug', current: NEW}, previousSlugs: [OLD]}
        : document,
    )
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'slug-history-')), 'renamed.ndjson')
    writeFileSync(file, documents.map((document) => JSON.stringify(document)).join('\n'))
    process.env.CONTENT_DATASET = file
  })
  afterAll(() => {
    if (previous === undefined) delete process.env.CONTENT_DATASET
    else process.env.CONTENT_DATASET = previous
  })

  it('finds no item at the old address but leads it to the new one', async () => {
    expect(await getNewsItem(OLD)).toBeNull()
    expect(await renamedNewsSlug(OLD, PUBLISHED)).toBe(NEW)
    expect((await getNewsItem(NEW))?.slug).toBe(NEW)
  })

  it('leads neither the current address nor an invented one anywhere', async () => {
    expect(await renamedNewsSlug(NEW, PUBLISHED)).toBeNull()
    expect(await renamedNewsSlug('never-an-address', PUBLISHED)).toBeNull()
    expect(await renamedNewsSlug('Not A Slug <x>', PUBLISHED)).toBeNull()
  })
})
