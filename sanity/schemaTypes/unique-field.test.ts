// Uniqueness across a type: a document's drafts and release versions are that document, never its twin.
import {describe, expect, it} from 'vitest'
import {checkDataset} from '../check-dataset'

const topic = (id: string, slug: string) => ({_id: id, _type: 'tag', title: `Topic ${id}`, slug: {_type: 'slug', current: slug}})
const country = (id: string, isoCode: string, slug: string) => ({
  _id: id,
  _type: 'country',
  name: `Country ${id}`,
  slug: {_type: 'slug', current: slug},
  isoCode,
  region: 'Caribbean',
})

async function uniquenessProblems(documents: Array<{_id: string; _type: string}>) {
  const report = await checkDataset(documents)
  return report.problems
    .filter((problem) => problem.path === 'slug' || problem.path === 'isoCode')
    .map((problem) => `${problem.documentId} ${problem.path}`)
}

/** A news item in a language (only its slug matters here). */
const item = (id: string, language: string, slug: string) => ({
  _id: id,
  _type: 'newsItem',
  language,
  title: `Item ${id}`,
  slug: {_type: 'slug', current: slug},
})

describe('unique slugs and ISO codes', () => {
  it('keeps an item’s slug unique across languages: a translation takes its own, so each address names one item', async () => {
    expect(
      await uniquenessProblems([
        item('newsItem-a', 'en', 'workers-return'),
        item('drafts.newsItem-a-es', 'es', 'workers-return'),
        item('newsItem-b-es', 'es', 'regresan-trabajadores'),
        item('newsItem-b', 'en', 'returning-workers'),
      ]).then((problems) => problems.sort()),
    ).toEqual(['drafts.newsItem-a-es slug', 'newsItem-a slug'])
  })

  it('lets a release version and a draft of a document keep its own slug and ISO code', async () => {
    expect(
      await uniquenessProblems([
        topic('tag-covid-19', 'covid-19'),
        topic('drafts.tag-covid-19', 'covid-19'),
        topic('versions.rSpring.tag-covid-19', 'covid-19'),
        country('country-jm', 'JM', 'jamaica'),
        country('versions.rSpring.country-jm', 'JM', 'jamaica'),
      ]),
    ).toEqual([])
  })

  it('still refuses the same slug or ISO code on another document, from a release version too', async () => {
    expect(
      await uniquenessProblems([
        topic('tag-covid-19', 'covid-19'),
        topic('versions.rSpring.tag-pandemic', 'covid-19'),
        country('country-jm', 'JM', 'jamaica'),
        country('versions.rSpring.country-xx', 'JM', 'not-jamaica'),
      ]),
    ).toEqual(expect.arrayContaining(['versions.rSpring.tag-pandemic slug', 'versions.rSpring.country-xx isoCode']))
  })
})
