// The pure part of the "publish and date" action: what to patch into a news item's draft just before it is published.

type DraftLike = {_id: string; _type: string; publishedAt?: unknown} | null | undefined

/** `{set: {publishedAt: now}}` when the draft has no publication date yet; null when it has one (the editor's or an earlier publish's). */
export function publishedAtPatch(draft: DraftLike, now: Date): {set: {publishedAt: string}} | null {
  if (!draft) return null
  if (typeof draft.publishedAt === 'string' && draft.publishedAt.trim() !== '') return null
  return {set: {publishedAt: now.toISOString()}}
}
