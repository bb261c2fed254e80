// Opening a page in the Studio's preview must open the document it is about: mainDocuments resolved as Presentation does.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {evaluate, parse} from 'groq-js'
import {match} from 'path-to-regexp'
import {describe, expect, it} from 'vitest'
import {parseNdjson} from '../ndjson'
import {BUNDLED_DATASET_FILE} from '../seed/files.mjs'
import {mainDocuments} from './resolve'

const dataset = parseNdjson(readFileSync(path.join(__dirname, '..', '..', BUNDLED_DATASET_FILE)), BUNDLED_DATASET_FILE)

/** What the Presentation tool does with a previewed URL: the first route that matches, its filter, `[0]{_id, _type}`. */
async function mainDocumentOf(pathname: string): Promise<{_id: string; _type: string} | null> {
  for (const resolver of mainDocuments) {
    for (const route of Array.isArray(resolver.route) ? resolver.route : [resolver.route]) {
      const found = match<Record<string, string>>(route, {decode: decodeURIComponent})(pathname)
      if (!found || typeof resolver.filter !== 'string') continue
      const params = {...found.params}
      const value = await evaluate(parse(`*[${resolver.filter}][0]{_id, _type}`, {params}), {dataset, params})
      return (await value.get()) as {_id: string; _type: string} | null
    }
  }
  return null
}

function first(type: string): {_id: string; slug: {current: string}} {
  return dataset.find((document) => document._type === type) as unknown as {_id: string; slug: {current: string}}
}

describe('Presentation: the document each page is about', () => {
  it('finds the item, country or topic of every page type, list pages included', async () => {
    const item = first('newsItem')
    const country = first('country')
    const topic = first('tag')
    expect(await mainDocumentOf(`/news/${item.slug.current}`)).toEqual({_id: item._id, _type: 'newsItem'})
    // The Spanish address of an item (its own, or an English item shown untranslated) opens it too.
    expect(await mainDocumentOf(`/es/news/${item.slug.current}`)).toEqual({_id: item._id, _type: 'newsItem'})
    for (const suffix of ['', '/page/2']) {
      expect(await mainDocumentOf(`/countries/${country.slug.current}${suffix}`)).toEqual({_id: country._id, _type: 'country'})
      expect(await mainDocumentOf(`/topics/${topic.slug.current}${suffix}`)).toEqual({_id: topic._id, _type: 'tag'})
    }
  })

  it('names no document for pages about many (home, search, indexes) or for unknown slugs', async () => {
    for (const pathname of ['/', '/news', '/countries', '/topics', '/news/no-such-item', '/countries/no-such-country/page/2']) {
      expect(await mainDocumentOf(pathname), pathname).toBeNull()
    }
  })
})
