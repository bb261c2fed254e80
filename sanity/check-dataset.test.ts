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

describe('dataset check and the publication date', () => {
  const item = {_id: 'newsItem-undated', _type: 'newsItem', title: 'Headline', slug: {_type: 'slug', current: 'undated'}, summary: 'Lead.'}

  it('requires a publication date of a published item, but not of a draft (Publish sets it)', async () => {
    const published = await checkDataset([item])
    expect(published.problems.filter((problem) => problem.path === 'publishedAt').map((problem) => problem.message)).toEqual(['Set the publication date.'])
    const draft = await checkDataset([{...item, _id: 'drafts.newsItem-undated'}])
    expect(draft.problems.filter((problem) => problem.path === 'publishedAt')).toEqual([])
  })
})
