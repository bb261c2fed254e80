// Uniqueness check shared by slugs and ISO codes: asks the dataset (Content Lake or the offline checker) for a twin.
import type {SlugValidationContext, ValidationContext} from 'sanity'

const API_VERSION = '2025-10-01'

function publishedId(id: string): string {
  return id.replace(/^drafts\./, '')
}

/** True when no other document of the same type has `value` at `fieldPath` (drafts count as their published twin). */
export async function isUniqueAcrossType(
  value: string,
  fieldPath: string,
  context: ValidationContext | SlugValidationContext,
): Promise<boolean> {
  const document = context.document
  if (!document) return true
  const id = publishedId(document._id)
  const client = context.getClient({apiVersion: API_VERSION})
  const twins = await client.fetch<number>(
    `count(*[_type == $type && !(_id in [$draft, $published]) && ${fieldPath} == $value])`,
    {type: document._type, draft: `drafts.${id}`, published: id, value},
  )
  return twins === 0
}
