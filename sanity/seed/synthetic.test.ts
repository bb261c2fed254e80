// The benchmarks' synthetic items: valid by the schema, labelled as synthetic, reproducible, and varied enough to search.
import {describe, expect, it} from 'vitest'
import {generateDataset, SYNTHETIC_ID_PREFIX, SYNTHETIC_TITLE_PREFIX} from './synthetic.mjs'
import {checkDataset} from '../check-dataset'
import {isSlug} from '../slug.mjs'

type Item = {_id: string; _type: string; title: string; slug: {current: string}; summary: string; body: Array<{children: Array<{text: string}>}>}

const documents = generateDataset({items: 300, seed: 7})
const items = documents.filter((document) => document._type === 'newsItem') as Item[]
const text = (item: Item) => [item.title, item.summary, ...item.body.flatMap((block) => block.children.map((child) => child.text))].join(' ')

describe('synthetic dataset generator', () => {
  it('produces documents that pass every validation rule, with every reference resolved', async () => {
    const report = await checkDataset(documents.slice(0, 80) as Parameters<typeof checkDataset>[0])
    expect(report.problems.filter((problem) => problem.level === 'error')).toEqual([])
  })

  it('labels every item as synthetic and gives each its own slug', () => {
    expect(items).toHaveLength(300)
    for (const item of items) {
      expect(item.title.startsWith(SYNTHETIC_TITLE_PREFIX)).toBe(true)
      expect(item._id.startsWith(SYNTHETIC_ID_PREFIX)).toBe(true)
      expect(isSlug(item.slug.current)).toBe(true)
    }
    expect(new Set(items.map((item) => item.slug.current)).size).toBe(items.length)
  })

  it('gives the same items for the same seed, whatever the size, and different ones for another seed', () => {
    const again = generateDataset({items: 20, seed: 7}).filter((document) => document._type === 'newsItem')
    expect(again).toEqual(items.slice(0, 20))
    const other = generateDataset({items: 20, seed: 8}).filter((document) => document._type === 'newsItem') as Item[]
    expect(other.map((item) => item.title)).not.toEqual(items.slice(0, 20).map((item) => item.title))
  })

  it('writes bodies of about 300 words from a vocabulary of hundreds of words, some of them Spanish', () => {
    const words = new Set(items.flatMap((item) => text(item).toLowerCase().match(/[\p{L}'-]+/gu) ?? []))
    expect(words.size).toBeGreaterThan(300)
    for (const word of ['migración', 'trabajadores', 'méxico']) expect(words).toContain(word)
    for (const item of items.slice(0, 50)) {
      const count = item.body.flatMap((block) => block.children.map((child) => child.text)).join(' ').split(/\s+/).length
      expect(count).toBeGreaterThanOrEqual(280)
      expect(count).toBeLessThan(450)
    }
  })
})
