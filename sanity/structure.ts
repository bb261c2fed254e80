// How staff find their way in the Studio: news first (newest first), then countries and topics.
import type {StructureResolver} from 'sanity/structure'

export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .title('News')
        .schemaType('newsItem')
        .child(S.documentTypeList('newsItem').title('News, newest first').defaultOrdering([{field: 'publishedAt', direction: 'desc'}])),
      S.divider(),
      S.documentTypeListItem('country').title('Countries'),
      S.documentTypeListItem('tag').title('Topics'),
    ])
