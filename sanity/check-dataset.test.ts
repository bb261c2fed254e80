// The dataset check refuses ids with a dot: Sanity would make such documents private, invisible to the public site.
import {describe, expect, it} from 'vitest'
import {checkDataset} from './check-dataset'

const topic = (id: string, slug: string) => ({_id: id, _type: 'tag', title: `Topic ${slug}`, slug: {_type: 'slug', current: slug}})

describe('dataset check and document ids', () => {
  it('reports an id with a dot as an error, in plain words, and accepts the same document with a dash', async () => {
    const report = await checkDataset([topic('tag.covid-19', 'covid-19'), topic('tag-work-permits', 'work-permits')])
    const idProblems = report.problems.filter((problem) => problem.path === '_id')
    expect(idProblems).toHaveLength(1)
    expect(idProblems[0]).toMatchObject({documentId: 'tag.covid-19', level: 'error'})
    expect(idProblems[0]!.message).toMatch(/dot/)
    expect(idProblems[0]!.message).toMatch(/tag-covid-19/)
  })

  it("leaves Sanity's own drafts. and versions. prefixes alone", async () => {
    const report = await checkDataset([
      topic('tag-covid-19', 'covid-19'),
      topic('drafts.tag-covid-19', 'covid-19'),
      topic('versions.r1abc.tag-covid-19', 'covid-19'),
      topic('versions.r1abc.tag.other', 'other'),
    ])
    expect(report.problems.filter((problem) => problem.path === '_id').map((problem) => problem.documentId)).toEqual(['versions.r1abc.tag.other'])
  })
})

describe('dataset check and translations', () => {
  const item = (id: string, language: string, slug: string) => ({
    _id: id,
    _type: 'newsItem',
    language,
    title: `Test item ${slug}`,
    slug: {_type: 'slug', current: slug},
    summary: 'Test data only.',
    publishedAt: '2030-01-01T00:00:00Z',
  })
  const link = (key: string, language: string, id: string, weak = false) => ({
    _key: key,
    _type: 'internationalizedArrayReferenceValue',
    language,
    value: {_type: 'reference', _ref: id, ...(weak ? {_weak: true, _strengthenOnPublish: {type: 'newsItem'}} : {})},
  })

  it('accepts the translation plugin’s links, including one to a translation not published yet, and refuses a broken strong one', async () => {
    const report = await checkDataset([
      item('newsItem-a', 'en', 'test-a'),
      item('newsItem-a-es', 'es', 'prueba-a'),
      item('newsItem-b', 'en', 'test-b'),
      {
        _id: 'translation-a',
        _type: 'translation.metadata',
        schemaTypes: ['newsItem'],
        translations: [link('1', 'en', 'newsItem-a'), link('2', 'es', 'newsItem-a-es')],
      },
      {
        _id: 'translation-b',
        _type: 'translation.metadata',
        schemaTypes: ['newsItem'],
        translations: [link('3', 'en', 'newsItem-b'), link('4', 'es', 'unpublished', true)],
      },
      {_id: 'translation-c', _type: 'translation.metadata', schemaTypes: ['newsItem'], translations: [link('5', 'es', 'deleted-item')]},
    ])
    const errors = report.problems.filter((problem) => problem.level === 'error')
    expect(errors.map((problem) => `${problem.documentId} ${problem.path}`)).toEqual(['translation-c references'])
    // The plugin's own word on a translation not published yet stays, as a warning (its wording depends on whether the
    // plugin keeps its links weak, as sanity/translation-plugin.ts now asks).
    expect(
      report.problems.filter((problem) => problem.documentId === 'translation-b').map((problem) => [problem.level, problem.message]),
    ).toContainEqual(['warning', expect.stringMatching(/^Referenced document/)])
    expect(report.problems.filter((problem) => problem.documentId === 'translation-a')).toEqual([])
  })
})

describe('dataset check and the publication date', () => {
  const item = {_id: 'newsItem-undated', _type: 'newsItem', title: 'Headline', slug: {_type: 'slug', current: 'undated'}, summary: 'Lead.'}

  it('requires a publication date of a published item, but not of a draft (Publish sets it)', async () => {
    const published = await checkDataset([item])
    expect(published.problems.filter((problem) => problem.path === 'publishedAt').map((problem) => problem.message)).toEqual([
      'Set the publication date.',
    ])
    const draft = await checkDataset([{...item, _id: 'drafts.newsItem-undated'}])
    expect(draft.problems.filter((problem) => problem.path === 'publishedAt')).toEqual([])
  })
})

describe('dataset check and lengths editors are warned about', () => {
  it('warns (never refuses) a lead over 400 characters and a search description over 160', async () => {
    const report = await checkDataset([
      {
        _id: 'newsItem-long-texts',
        _type: 'newsItem',
        language: 'en',
        title: 'Test item with long texts (test only)',
        slug: {_type: 'slug', current: 'long-texts'},
        summary: 'Test lead. '.repeat(45),
        publishedAt: '2030-01-01T00:00:00Z',
        seo: {_type: 'object', description: 'Test description. '.repeat(12)},
      },
    ])
    const problems = report.problems.map((problem) => [problem.level, problem.path])
    expect(problems).toEqual(expect.arrayContaining([['warning', 'summary'], ['warning', 'seo.description']]))
    expect(report.errors).toBe(0)
  })

  it('refuses a release version without a publication date, and accepts a draft without one', async () => {
    const version = {
      _id: 'versions.rSpring.newsItem-dated-later',
      _type: 'newsItem',
      language: 'en',
      title: 'Test item in a release (test only)',
      slug: {_type: 'slug', current: 'in-a-release'},
      summary: 'Test data only.',
    }
    const report = await checkDataset([version, {...version, _id: 'drafts.newsItem-dated-later'}])
    const dateProblems = report.problems.filter((problem) => problem.path === 'publishedAt')
    expect(dateProblems.map((problem) => [problem.documentId, problem.level])).toEqual([[version._id, 'error']])
    expect(dateProblems[0]!.message).toMatch(/release or scheduling/)
  })
})
