// Uniqueness check shared by slugs and ISO codes: asks the dataset (Content Lake or the offline checker) for a twin.
import type {SlugValidationContext, ValidationContext} from 'sanity'
import {publishedIdOf} from '../document-id'
import {DEFAULT_API_VERSION} from '../env'

/**
 * True when no other document of the same type has `value` at `fieldPath`. The document itself is `<id>`, `drafts.<id>`
 * and every `versions.<release>.<id>` (Content Releases, scheduled drafts): GROQ's `sanity::versionOf` matches them all.
 * Across languages too: a news item's translation has its own slug, so `/news/<slug>` and `/es/news/<slug>` name one
 * item, whose page leads to its translation in the address's language (the translation plugin never copies the slug).
 */
export async function isUniqueAcrossType(
  value: string,
  fieldPath: string,
  context: ValidationContext | SlugValidationContext,
): Promise<boolean> {
  const document = context.document
  if (!document) return true
  const id = publishedIdOf(document._id)
  const client = context.getClient({apiVersion: DEFAULT_API_VERSION})
  const twins = await client.fetch<number>(
    `count(*[_type == $type && !sanity::versionOf($published) && ${fieldPath} == $value])`,
    {type: document._type, published: id, value},
  )
  return twins === 0
}
