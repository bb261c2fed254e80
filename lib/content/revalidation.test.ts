// What the webhook revalidates for a change, and the contract that every page a change shows on is reached by it:
// the tags each page type's cached reads carry are recorded (bundled dataset) and compared with the webhook's tags.
import {beforeEach, describe, expect, it} from 'vitest'
import {recordedCacheTags} from '@/vitest.setup'
import {expiresAtOnce} from './cache-tags'
import {publishedIn} from './fetch-options'
import {getCollection, getCollectionFacts, getCollectionNews, getCountriesWithCounts, getTopicsWithCounts} from './collections'
import type {Locale} from '@/lib/i18n/routing'
import {getLatestNews, getNewsItem, getNewsSlugs, getRelatedNews, getTranslationSlugs} from './news'
import {parseWebhookBody, tagsExpiringAtOnce, tagsForChange, tagsForSupportChange, type ContentChangeEvent} from './revalidation'
import {getSitemapRows} from './sitemap'
import {collectionFeedXml, siteFeedXml} from '@/lib/feeds'
import {collectionShareImage, newsShareImage} from '@/lib/share-images'

const ITEM = 'guatemala-raises-awareness-about-recruitment-scams'

function change(body: Record<string, unknown>): ContentChangeEvent {
  const parsed = parseWebhookBody(body)
  if (parsed.kind !== 'change') throw new Error('expected a change')
  return parsed.event
}

/** The tags the cached reads of one page (or feed, image, sitemap) carry, recorded while it is built. */
async function tagsOfPage(build: () => Promise<unknown>): Promise<string[]> {
  recordedCacheTags(true)
  await build()
  return [...new Set(recordedCacheTags(true))]
}

async function itemPage(slug: string, locale: Locale = 'en') {
  const item = await getNewsItem(slug)
  if (item) await Promise.all([getRelatedNews(item, publishedIn(locale)), getTranslationSlugs(item._id)])
}

async function collectionPage(kind: 'country' | 'topic', slug: string, locale: Locale = 'en') {
  const member = await getCollection(kind, slug)
  if (member)
    await Promise.all([getCollectionFacts(kind, member._id, publishedIn(locale)), getCollectionNews(member._id, 1, 10, publishedIn(locale))])
}

const homePage =
  (locale: Locale = 'en') =>
  () =>
    Promise.all([getLatestNews(6, publishedIn(locale)), getTopicsWithCounts(publishedIn(locale)), getCountriesWithCounts(publishedIn(locale))])

describe('tagsForChange', () => {
  it('names the item under its old and new slug, the lists, old and new countries and topics, feeds, sitemap and share images', () => {
    const event = change({
      _id: 'drafts.newsItem-a',
      _type: 'newsItem',
      slug: {before: 'old-slug', after: 'new-slug'},
      countries: {before: ['mexico', 'guatemala'], after: ['guatemala', 'honduras']},
      topics: {before: ['ethical-recruitment'], after: null},
    })
    expect(event.id).toBe('newsItem-a')
    expect(tagsForChange(event).sort()).toEqual(
      [
        'all:news',
        'unknown:news',
        'news:old-slug',
        'news:new-slug',
        'country:mexico',
        'country:guatemala',
        'country:honduras',
        'topic:ethical-recruitment',
        'feeds',
        'sitemap',
        'share-images',
      ].sort(),
    )
  })

  it('names, for a linked or unlinked translation, the lists, the pages of the items it linked before and after, feeds and sitemap', () => {
    const event = change({
      _id: 'translation-metadata-a',
      _type: 'translation.metadata',
      translations: {before: ['english-item'], after: ['english-item', 'noticia-en-espanol']},
    })
    expect(tagsForChange(event).sort()).toEqual(['all:news', 'news:english-item', 'news:noticia-en-espanol', 'feeds', 'sitemap'].sort())
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

describe('the webhook reaches every page a change shows on (tags recorded from the cached reads)', () => {
  beforeEach(() => void recordedCacheTags(true))

  const reaches = (pageTags: string[], event: ContentChangeEvent) => tagsForChange(event).filter((tag) => pageTags.includes(tag))

  it('an edited item reaches its own page, its share image, home, its country and topic pages, feeds and the sitemap', async () => {
    const event = change({
      _id: 'n',
      _type: 'newsItem',
      slug: {before: ITEM, after: ITEM},
      countries: {before: ['guatemala'], after: ['guatemala']},
      topics: {before: [], after: []},
    })
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

  it('a new item reaches the pages that list it, and the address it takes (which was a 404)', async () => {
    const event = change({_id: 'new', _type: 'newsItem', slug: {before: null, after: 'brand-new-item'}, countries: {before: null, after: ['cuba']}})
    // The 404 was answered from the list of published slugs, under a tag the webhook expires at once (not in the
    // background), so the new address shows the item on its first visit.
    const unknownItem = await tagsOfPage(() => itemPage('brand-new-item'))
    expect(reaches(unknownItem, event).filter(expiresAtOnce)).toEqual(['unknown:news'])
    expect(reaches(await tagsOfPage(() => collectionPage('country', 'cuba')), event)).not.toEqual([])
    expect(reaches(await tagsOfPage(getNewsSlugs), event)).not.toEqual([])
  })

  it('a renamed country reaches its page, its share image and feed, and the items and lists that show its name', async () => {
    const event = change({_id: 'country-gt', _type: 'country', slug: {before: 'guatemala', after: 'guatemala'}})
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

  it('a renamed topic reaches its page and the items that show its title', async () => {
    const event = change({_id: 'tag-x', _type: 'tag', slug: {before: 'ethical-recruitment', after: 'ethical-recruitment'}})
    expect(reaches(await tagsOfPage(() => collectionPage('topic', 'ethical-recruitment')), event)).toContain('topic:ethical-recruitment')
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

  it('names no tag that no cached read carries', async () => {
    const carried = new Set<string>()
    for (const build of [
      () => itemPage(ITEM),
      () => itemPage('no-such-item'),
      () => collectionPage('country', 'guatemala'),
      () => collectionPage('topic', 'ethical-recruitment'),
      () => siteFeedXml('en'),
      getSitemapRows,
      () => newsShareImage(ITEM, 'es'),
    ]) {
      for (const tag of await tagsOfPage(build)) carried.add(tag)
    }
    const event = change({
      _id: 'n',
      _type: 'newsItem',
      slug: {before: ITEM, after: ITEM},
      countries: {before: ['guatemala'], after: ['guatemala']},
      topics: {before: ['ethical-recruitment'], after: ['ethical-recruitment']},
    })
    expect(tagsForChange(event).filter((tag) => !carried.has(tag))).toEqual([])
    const link = change({_id: 'm', _type: 'translation.metadata', translations: {before: [], after: [ITEM]}})
    expect(tagsForChange(link).filter((tag) => !carried.has(tag))).toEqual([])
  })
})
