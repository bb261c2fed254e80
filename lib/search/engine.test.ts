// The engine's word matching on items the bundled dataset lacks (Spanish text), built in memory.
import {describe, expect, it} from 'vitest'
import {buildNewsIndex} from './engine'

describe('buildNewsIndex', () => {
  it('matches Spanish plurals and accents in both directions', async () => {
    const document = (id: string, title: string) => ({_id: id, title, slug: id, publishedAt: '2024-01-01T00:00:00Z', place: null, summary: '', body: '', countries: [], topics: []})
    const index = await buildNewsIndex([document('a', '[Synthetic] Trabajadores migrantes en México'), document('b', '[Synthetic] Migración laboral')], {countries: [], topics: []})
    const found = (q: string) => index.engine.search(q, {combineWith: 'AND'}).map((result) => index.items[result.id as number]!._id)
    expect(found('trabajador')).toEqual(['a'])
    expect(found('migracion')).toEqual(['b'])
    expect(found('mexico')).toEqual(['a'])
  })
})
