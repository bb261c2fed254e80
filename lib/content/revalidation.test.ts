// The invalidation model's contract: the tags each page type's cached reads carry are recorded (bundled dataset) and
// compared with the tags a change emits. Every page a change shows on is reached (sufficiency), and every emitted tag
// reaches a read no other tag of that change reaches, or is one that expires at once (necessity).
import {readFileSync} from 'node:fs'
import {beforeEach, describe, expect, it} from 'vitest'
import {recordedReads} from '@/vitest.setup'
import {
  READ_TAGS,
  kindOfType,
  kindTag,
  tagsExpiringAtOnce,
  tagsForChange,
  tagsForSupportChange,
  type ContentChangeEvent,
} from './cache-tags'
import {publishedIn} from './source/fetch-options'
import {getCollection, getCollectionFacts, getCollectionNews, getCountriesWithCounts, getTopicsWithCounts} from './reads/collections'
import type {Locale} from '@/lib/i18n/routing'
import {getLatestNews, getNewsItem, getNewsSlugs, getRelatedNews, getTranslationSlugs} from './reads/news'
import * as queries from './queries'
import {WEBHOOK_FILTER, WEBHOOK_PROJECTION, parseWebhookBody} from './revalidation'
import {getSitemapRows} from './reads/sitemap-rows'
import {collectionFeedXml, siteFeedXml} from '@/lib/content/reads/feeds'
import {collectionShareImage, newsShareImage} from '@/lib/seo/share-images'

const ITEM = 'guatemala-raises-awareness-about-recruitment-scams'

function change(body: Record<string, unknown>): ContentChangeEvent {
  const parsed = parseWebhookBody(body)
  if (parsed.kind !== 'change') throw new Error('expected a change')
  return parsed.event
}

/** The tags of each cached read one page (or feed, image, sitemap) makes, recorded while it is built. */
async function readsOfPage(build: () => Promise<unknown>): Promise<string[][]> {
  recordedReads(true)
  await build()
  return recordedReads(true)
}

async function tagsOfPage(build: () => Promise<unknown>): Promise<string[]> {
  return [...new Set((await readsOfPage(build)).flat())]
}

async function itemPage(slug: string, locale: Locale = 'en') {
  const item = await getNewsItem(slug, publishedIn(locale))
  if (item) await Promise.all([getRelatedNews(item, publishedIn(locale)), getTranslationSlugs(item._id)])
}

async function collectionPage(kind: 'country' | 'topic', slug: string, locale: Locale = 'en') {
  const member = await getCollection(kind, slug, publishedIn(locale))
  if (member)
    await Promise.all([getCollectionFacts(kind, member._id, publishedIn(locale)), getCollectionNews(member._id, 1, 10, publishedIn(locale))])
}

const homePage =
  (locale: Locale = 'en') =>
  () =>
    Promise.all([getLatestNews(6, publishedIn(locale)), getTopicsWithCounts(publishedIn(locale)), getCountriesWithCounts(publishedIn(locale))])

/** Every page type the site serves, in both languages, known and unknown addresses. */
const EVERY_PAGE: Array<() => Promise<unknown>> = (['en', 'es'] as const).flatMap((locale) => [
  () => itemPage(ITEM, locale),
  () => itemPage('no-such-item', locale),
  () => collectionPage('country', 'guatemala', locale),
  () => collectionPage('topic', 'ethical-recruitment', locale),
  () => collectionPage('country', 'no-such-country', locale),
  () => collectionPage('topic', 'no-such-topic', locale),
  homePage(locale),
  () => siteFeedXml(locale),
  () => collectionFeedXml('country', 'guatemala', locale),
  () => newsShareImage(ITEM, locale),
  () => collectionShareImage('topic', 'ethical-recruitment', locale),
  getSitemapRows,
])

describe('tagsForChange', () => {
  it('names, for an edited item, its kind’s list and the list behind 404s; for a renamed one also the address it left', () => {
    const edited = change({_id: 'drafts.newsItem-a', _type: 'newsItem', slug: {before: 'same', after: 'same'}})
    expect(edited.id).toBe('newsItem-a')
    expect(tagsForChange(edited).sort()).toEqual(['all:news', 'unknown:news'])
    const renamed = change({_id: 'newsItem-a', _type: 'newsItem', slug: {before: 'old-slug', after: 'new-slug'}})
    expect(tagsForChange(renamed).sort()).toEqual(['all:news', 'news:old-slug', 'unknown:news'])
  })

  it('still reads a body with the countries and topics an earlier projection sent, and ignores them', () => {
    const event = change({
      _id: 'n',
      _type: 'newsItem',
      slug: {before: 'a', after: 'a'},
      countries: {before: ['mexico'], after: ['guatemala']},
      topics: {before: ['ethical-recruitment'], after: null},
    })
    expect(tagsForChange(event).sort()).toEqual(['all:news', 'unknown:news'])
  })

  it('names, for a linked or unlinked translation, the lists and the pages of the items it linked before and after', () => {
    const event = change({
      _id: 'translation-metadata-a',
      _type: 'translation.metadata',
      translations: {before: ['english-item'], after: ['english-item', 'noticia-en-espanol']},
    })
    expect(tagsForChange(event).sort()).toEqual(['all:news', 'news:english-item', 'news:noticia-en-espanol'])
  })

  it('expires at once the page under an address the item left (renamed or deleted) and the list behind 404s, nothing else', () => {
    const renamed = change({_id: 'n', _type: 'newsItem', slug: {before: 'old-slug', after: 'new-slug'}})
    expect(tagsExpiringAtOnce(renamed).sort()).toEqual(['news:old-slug', 'unknown:news'])
    const edited = change({_id: 'n', _type: 'newsItem', slug: {before: 'same-slug', after: 'same-slug'}})
    expect(tagsExpiringAtOnce(edited)).toEqual(['unknown:news'])
    const deleted = change({_id: 'c', _type: 'country', slug: {before: 'cuba', after: null}})
    expect(tagsExpiringAtOnce(deleted).sort()).toEqual(['country:cuba', 'unknown:country'])
    // Unlinking a translation turns the Spanish address of the English item from a redirect back into the item.
    const unlinked = change({_id: 't', _type: 'translation.metadata', translations: {before: ['english-item', 'noticia'], after: ['english-item']}})
    expect(tagsExpiringAtOnce(unlinked).sort()).toEqual(['news:english-item', 'news:noticia'])
  })

  it('knows press contacts and the site settings by type, and names the tags of the reads that show them', async () => {
    const contact = parseWebhookBody({_id: 'drafts.contact-a', _type: 'contact', slug: {before: null, after: null}})
    const settings = parseWebhookBody({_id: 'siteSettings', _type: 'siteSettings'})
    expect(contact).toEqual({kind: 'support', event: {id: 'contact-a', type: 'contact'}})
    expect(settings).toEqual({kind: 'support', event: {id: 'siteSettings', type: 'siteSettings'}})
    if (contact.kind !== 'support' || settings.kind !== 'support') throw new Error('expected support changes')
    // An item page shows its press contacts; every page, feed and share image reads the settings.
    expect(await tagsOfPage(() => itemPage(ITEM))).toEqual(expect.arrayContaining(tagsForSupportChange(contact.event)))
    expect(await tagsOfPage(() => siteFeedXml('en'))).toEqual(expect.arrayContaining(tagsForSupportChange(settings.event)))
  })

  it('ignores document types the site does not show and calls anything else malformed', () => {
    expect(parseWebhookBody({_id: 'x', _type: 'sanity.imageAsset'})).toEqual({kind: 'ignored', type: 'sanity.imageAsset'})
    for (const body of [null, 'text', [], {}, {_id: 3, _type: 'newsItem'}, {_id: 'x'}]) expect(parseWebhookBody(body)).toEqual({kind: 'malformed'})
  })
})

describe('the declared model', () => {
  it('declares the tags of queries that exist, and the docs quote the projection and filter editors paste', () => {
    for (const name of Object.keys(READ_TAGS)) expect(Object.keys(queries), name).toContain(name)
    const doc = readFileSync('docs/caching-and-invalidation.md', 'utf8')
    expect(doc).toContain(WEBHOOK_PROJECTION)
    expect(doc).toContain(WEBHOOK_FILTER)
    // The doc's tag table names every declared read.
    for (const name of Object.keys(READ_TAGS)) expect(doc, name).toContain(`\`${name}\``)
  })

  it('every cached read a page makes carries exactly the tags READ_TAGS declares for one of the queries', async () => {
    const declared = [
      ...Object.values(READ_TAGS).flatMap((tagsOf) => (tagsOf.length === 0 ? [(tagsOf as () => readonly string[])()] : [])),
      READ_TAGS.NEWS_ITEM_QUERY(ITEM),
      READ_TAGS.COLLECTION_QUERY('country', 'guatemala'),
      READ_TAGS.COLLECTION_QUERY('topic', 'ethical-recruitment'),
      ...(['country', 'topic'] as const).map((kind) => (kind === 'country' ? READ_TAGS.COUNTRIES_QUERY('unknown') : READ_TAGS.TOPICS_QUERY('unknown'))),
      READ_TAGS.NEWS_SLUGS_QUERY('unknown'),
    ].map((tags) => [...tags].sort().join(' '))
    for (const build of EVERY_PAGE) {
      for (const read of await readsOfPage(build)) expect(declared).toContain([...read].sort().join(' '))
    }
  })
})

describe('the webhook reaches every page a change shows on, and emits no tag it does not need', () => {
  beforeEach(() => void recordedReads(true))

  const reaches = (pageTags: string[], event: ContentChangeEvent) => tagsForChange(event).filter((tag) => pageTags.includes(tag))

  /**
   * Each tag a change emits reaches a read that shows documents of the changed kind (it carries that kind's list tag)
   * and that none of the change's other tags reaches, or it is one the webhook expires at once.
   */
  async function expectEveryTagNeeded(event: ContentChangeEvent) {
    const reads = (await Promise.all(EVERY_PAGE.map(readsOfPage))).flat()
    const emitted = tagsForChange(event)
    const atOnce = new Set(tagsExpiringAtOnce(event))
    const showsChangedKind = kindTag(event.type === 'translation.metadata' ? 'news' : kindOfType(event.type))
    for (const tag of emitted) {
      const others = emitted.filter((other) => other !== tag)
      const needed = atOnce.has(tag)
        ? reads.some((read) => read.includes(tag))
        : reads.some((read) => read.includes(tag) && read.includes(showsChangedKind) && !others.some((other) => read.includes(other)))
      expect(needed, `${tag} for a ${event.type} change`).toBe(true)
    }
  }

  it('an edited item reaches its own page, its share image, home, its country page and feed, the site feed and the sitemap', async () => {
    const event = change({_id: 'n', _type: 'newsItem', slug: {before: ITEM, after: ITEM}})
    const pages = {
      item: await tagsOfPage(() => itemPage(ITEM)),
      shareImage: await tagsOfPage(() => newsShareImage(ITEM, 'es')),
      home: await tagsOfPage(homePage()),
      country: await tagsOfPage(() => collectionPage('country', 'guatemala')),
      countryFeed: await tagsOfPage(() => collectionFeedXml('country', 'guatemala', 'es')),
      siteFeed: await tagsOfPage(() => siteFeedXml('es')),
      sitemap: await tagsOfPage(getSitemapRows),
    }
    for (const [page, tags] of Object.entries(pages)) expect(reaches(tags, event), page).not.toEqual([])
  })

  it('a new item reaches the pages that list it, and the address it takes (which was a 404) at once', async () => {
    const event = change({_id: 'new', _type: 'newsItem', slug: {before: null, after: 'brand-new-item'}})
    // The 404 was answered from the list of published slugs, under a tag the webhook expires at once (not in the
    // background), so the new address shows the item on its first visit.
    const unknownItem = await tagsOfPage(() => itemPage('brand-new-item'))
    expect(reaches(unknownItem, event).filter((tag) => tagsExpiringAtOnce(event).includes(tag))).toEqual(['unknown:news'])
    expect(reaches(await tagsOfPage(() => collectionPage('country', 'cuba')), event)).not.toEqual([])
    expect(reaches(await tagsOfPage(getNewsSlugs), event)).not.toEqual([])
  })

  it('an edited country reaches its page, its share image and feed, and the items and lists that show its name', async () => {
    const event = change({_id: 'country-gt', _type: 'country', slug: {before: 'guatemala', after: 'guatemala'}})
    const member = await readsOfPage(() => getCollection('country', 'guatemala'))
    // The country's own read (name, description), not only the pages around it.
    expect(member.some((read) => reaches(read, event).length > 0)).toBe(true)
    for (const build of [
      () => collectionPage('country', 'guatemala'),
      () => collectionShareImage('country', 'guatemala', 'es'),
      () => collectionFeedXml('country', 'guatemala', 'es'),
      () => itemPage(ITEM),
      homePage(),
    ]) {
      expect(reaches(await tagsOfPage(build), event)).not.toEqual([])
    }
  })

  it('a renamed topic expires its old address at once and reaches the items that show its title', async () => {
    const event = change({_id: 'tag-x', _type: 'tag', slug: {before: 'ethical-recruitment', after: 'fair-recruitment'}})
    expect(reaches(await tagsOfPage(() => collectionPage('topic', 'ethical-recruitment')), event)).toContain('topic:ethical-recruitment')
    expect(tagsExpiringAtOnce(event)).toContain('topic:ethical-recruitment')
    expect(reaches(await tagsOfPage(() => itemPage(ITEM)), event)).not.toEqual([])
  })

  it('a linked or unlinked translation reaches both items’ pages in both languages, the lists in both languages, feeds and the sitemap', async () => {
    // The bundled items stand in for a pair: which items a link names only changes the slugs, not which reads carry them.
    const [english, spanish] = (await getNewsSlugs()).map((item) => item.slug!)
    const event = change({_id: 'm', _type: 'translation.metadata', translations: {before: [english], after: [english, spanish]}})
    for (const locale of ['en', 'es'] as const) {
      for (const [name, build] of Object.entries({
        english: () => itemPage(english!, locale),
        spanish: () => itemPage(spanish!, locale),
        home: homePage(locale),
        country: () => collectionPage('country', 'guatemala', locale),
        siteFeed: () => siteFeedXml(locale),
        countryFeed: () => collectionFeedXml('country', 'guatemala', locale),
        sitemap: getSitemapRows,
      })) {
        expect(reaches(await tagsOfPage(build), event), `${name} (${locale})`).not.toEqual([])
      }
    }
  })

  it('emits, for every kind of change, only tags that reach a read no other tag of the change reaches, or that expire at once', async () => {
    for (const event of [
      change({_id: 'n', _type: 'newsItem', slug: {before: ITEM, after: ITEM}}),
      change({_id: 'n', _type: 'newsItem', slug: {before: ITEM, after: 'renamed-item'}}),
      change({_id: 'n', _type: 'newsItem', slug: {before: null, after: 'brand-new-item'}}),
      change({_id: 'c', _type: 'country', slug: {before: 'guatemala', after: 'guatemala'}}),
      change({_id: 'c', _type: 'country', slug: {before: 'guatemala', after: null}}),
      change({_id: 't', _type: 'tag', slug: {before: 'ethical-recruitment', after: 'fair-recruitment'}}),
      change({_id: 'm', _type: 'translation.metadata', translations: {before: [], after: [ITEM]}}),
      change({_id: 'm', _type: 'translation.metadata', translations: {before: [ITEM], after: []}}),
    ]) {
      await expectEveryTagNeeded(event)
    }
  })
})
