// Sanity's id rules in one place: which ids are one document, and which ids Sanity keeps private (a dot makes a path).
import {getPublishedId, isDraftId, isVersionId} from '@sanity/client/csm'

/** The id of the one site-settings document the Studio edits (schemaTypes/site-settings.ts) and the site reads. */
export const SITE_SETTINGS_ID = 'siteSettings'

/** `<id>`, `drafts.<id>` and `versions.<release>.<id>` are the same document; this gives `<id>`. */
export function publishedIdOf(id: string): string {
  return getPublishedId(id)
}

/**
 * True when the id, past Sanity's own `drafts.`/`versions.<release>.` prefix, holds a dot: Sanity then treats the
 * document as a private sub-path that only a token can read, so the public site would never see it.
 */
export function hasPrivatePath(id: string): boolean {
  return publishedIdOf(id).includes('.')
}

/** The same id with every dot past Sanity's own prefix turned into a dash: `tag.covid-19` → `tag-covid-19`. */
export function rootPathId(id: string): string {
  const published = publishedIdOf(id)
  const prefix = isDraftId(id) || isVersionId(id) ? id.slice(0, id.length - published.length) : ''
  return `${prefix}${published.replaceAll('.', '-')}`
}

/** A draft (`drafts.<id>`) or a release version (`versions.<release>.<id>`): not what readers see. */
export function isDraftOrVersionId(id: string | undefined): boolean {
  return id !== undefined && (isDraftId(id) || isVersionId(id))
}
