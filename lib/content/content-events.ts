// Tells in-process consumers (the search index) that published content changed, without them knowing about webhooks.

export type ContentChange = {
  /** The document type that changed, e.g. "newsItem". */
  type: string
  /** The document id without a "drafts." prefix. */
  id: string
  /** The cache tags the change revalidated. */
  tags: string[]
}

export type ContentChangeListener = (change: ContentChange) => void | Promise<void>

// Route handlers and pages may be bundled as separate module instances; one process-wide registry serves them all.
const REGISTRY = Symbol.for('labour-migration-news.content-events')

type Registry = {listeners: Set<ContentChangeListener>}

function registry(): Registry {
  const holder = globalThis as typeof globalThis & {[REGISTRY]?: Registry}
  holder[REGISTRY] ??= {listeners: new Set()}
  return holder[REGISTRY]
}

/** Registers a listener for published content changes; returns the function that removes it. */
export function onContentChange(listener: ContentChangeListener): () => void {
  registry().listeners.add(listener)
  return () => registry().listeners.delete(listener)
}

/** Calls every listener; one failing listener is logged and does not stop the others. Returns how many were told. */
export async function notifyContentChange(change: ContentChange): Promise<number> {
  const listeners = [...registry().listeners]
  await Promise.all(
    listeners.map(async (listener) => {
      try {
        await listener(change)
      } catch (error) {
        console.error(`[content] a content-change listener failed for ${change.type} ${change.id}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }),
  )
  return listeners.length
}
