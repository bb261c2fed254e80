'use server'
// The server action <SanityLive> calls when the Live Content API reports changed sync tags: it expires them at once.
import {updateTag} from 'next/cache'
import {draftMode} from 'next/headers'
import {parseTags} from 'next-sanity/live'

/** More tags than one change ever names (the call is public: anyone can send one). */
const MAX_TAGS_PER_EVENT = 200

/**
 * Expires the announced tags with `updateTag`, so the refresh renders what was just published (docs/workarounds.md,
 * "updateTag in the Live action"). Draft mode reads past the cache, so a refresh is all it needs. Input is
 * untrusted: anything but a short list of `sanity:` tags is ignored (never an error page for a malformed call).
 */
export async function expireLiveSyncTags(unsafeTags: unknown): Promise<'refresh' | undefined> {
  if ((await draftMode()).isEnabled) return 'refresh'
  if (!Array.isArray(unsafeTags) || unsafeTags.length > MAX_TAGS_PER_EVENT) return undefined
  let tags: string[]
  try {
    tags = parseTags(unsafeTags).tags
  } catch {
    return undefined
  }
  for (const tag of tags) updateTag(tag)
  return 'refresh'
}
