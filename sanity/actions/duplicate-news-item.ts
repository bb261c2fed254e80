// Duplicate for news items: the copy starts as a new, unpublished story, without the original's date or web addresses.
import type {DocumentActionComponent, DocumentActionProps, SanityDocumentLike} from 'sanity'

/** What a copy must not inherit: Publish dates it and gives it its own address (and so its own earlier addresses). */
export const NOT_COPIED_ON_DUPLICATE = ['publishedAt', 'slug', 'previousSlugs'] as const

/** The document Sanity's Duplicate writes, minus the publication date, the web address and the earlier addresses. */
export function withoutPublicationFields<Document extends SanityDocumentLike>(document: Document): Document {
  const copy: Record<string, unknown> = {...document}
  for (const field of NOT_COPIED_ON_DUPLICATE) delete copy[field]
  return copy as Document
}

/** Sanity's Duplicate action (≥ 3.91) accepts `mapDocument`, applied to the copy before it is created. */
type DuplicateProps = DocumentActionProps & {mapDocument?: (document: SanityDocumentLike) => SanityDocumentLike}

/** Wraps Sanity's own Duplicate action, keeping its label, permissions and navigation, and maps the copy. */
export function duplicateNewsItem(duplicate: DocumentActionComponent): DocumentActionComponent {
  const DuplicateNewsItem: DocumentActionComponent = (props) =>
    (duplicate as (props: DuplicateProps) => ReturnType<DocumentActionComponent>)({...props, mapDocument: withoutPublicationFields})
  DuplicateNewsItem.action = duplicate.action
  DuplicateNewsItem.displayName = 'DuplicateNewsItem'
  return DuplicateNewsItem
}
