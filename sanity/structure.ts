// How staff find their way in the Studio: news (newest first, working lists, per language, by country, by topic),
// countries, topics, press contacts and the site settings; a news item opens with a share preview beside its form.
import type {DefaultDocumentNodeResolver, StructureBuilder, StructureResolver} from 'sanity/structure'
import {SharePreview} from './views/share-preview'
import {SITE_SETTINGS_ID} from './document-id'
import {EDITOR_LISTS} from './editor-lists'
import {CONTENT_LANGUAGES} from './translations'

const NEWEST_FIRST = [{field: 'publishedAt', direction: 'desc' as const}]

/** A new item is created in a language: from the translation plugin's per-language templates, never without one. */
function newsTemplates(S: StructureBuilder) {
  return CONTENT_LANGUAGES.map((language) => S.initialValueTemplateItem(`newsItem-${language.id}`))
}

/** News filed under one referenced document (a country or a topic), newest first. */
function newsReferencing(S: StructureBuilder, field: 'countries' | 'topics', title: string) {
  return (id: string) =>
    S.documentList()
      .title(title)
      .schemaType('newsItem')
      .filter(`_type == "newsItem" && $id in ${field}[]._ref`)
      .params({id})
      .defaultOrdering(NEWEST_FIRST)
      .initialValueTemplates(newsTemplates(S))
}

/** The items written in one language, newest first; new ones are created in that language. */
function newsInLanguage(S: StructureBuilder, language: {id: string; title: string}) {
  return S.listItem()
    .id(`news-${language.id}`)
    .title(`News in ${language.title}`)
    .schemaType('newsItem')
    .child(
      S.documentList()
        .title(`News in ${language.title}, newest first`)
        .schemaType('newsItem')
        .filter('_type == "newsItem" && language == $language')
        .params({language: language.id})
        .defaultOrdering(NEWEST_FIRST)
        .initialValueTemplates([S.initialValueTemplateItem(`newsItem-${language.id}`)]),
    )
}

/** One of the working lists (sanity/editor-lists.ts), newest first. */
function workingList(S: StructureBuilder, list: (typeof EDITOR_LISTS)[keyof typeof EDITOR_LISTS]) {
  return S.listItem()
    .id(list.id)
    .title(list.title)
    .schemaType('newsItem')
    .child(S.documentList().id(list.id).title(list.title).schemaType('newsItem').filter(list.filter).defaultOrdering(NEWEST_FIRST))
}

/** A news item opens on its form, with a "Share preview" tab: how its link looks on WhatsApp, LinkedIn or Facebook. */
export const defaultDocumentNode: DefaultDocumentNodeResolver = (S, {schemaType}) =>
  schemaType === 'newsItem' ? S.document().views([S.view.form(), S.view.component(SharePreview).id('share-preview').title('Share preview')]) : S.document()

export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .title('News')
        .schemaType('newsItem')
        .child(
          S.list()
            .title('News')
            .items([
              S.listItem()
                .title('All news, newest first')
                .schemaType('newsItem')
                .child(
                  S.documentTypeList('newsItem')
                    .title('All news, newest first')
                    .defaultOrdering(NEWEST_FIRST)
                    .initialValueTemplates(newsTemplates(S)),
                ),
              workingList(S, EDITOR_LISTS.drafts),
              workingList(S, EDITOR_LISTS.needsAttention),
              workingList(S, EDITOR_LISTS.withoutSpanish),
              S.divider(),
              ...CONTENT_LANGUAGES.map((language) => newsInLanguage(S, language)),
              S.listItem()
                .title('News by country')
                .schemaType('country')
                .child(
                  S.documentTypeList('country')
                    .title('News by country')
                    .child(newsReferencing(S, 'countries', 'News about this country')),
                ),
              S.listItem()
                .title('News by topic')
                .schemaType('tag')
                .child(
                  S.documentTypeList('tag')
                    .title('News by topic')
                    .child(newsReferencing(S, 'topics', 'News on this topic')),
                ),
            ]),
        ),
      S.divider(),
      S.documentTypeListItem('country').title('Countries'),
      S.documentTypeListItem('tag').title('Topics'),
      S.documentTypeListItem('contact').title('Press contacts'),
      S.divider(),
      // One settings document, opened directly: there is no list of them to add to or delete from.
      S.listItem()
        .title('Site settings')
        .id(SITE_SETTINGS_ID)
        .schemaType('siteSettings')
        .child(S.document().schemaType('siteSettings').documentId(SITE_SETTINGS_ID).title('Site settings')),
    ])
