// Sanity's export format (one JSON document a line), read the same way by local mode and the dataset checker.

export type NdjsonDocument = {_id: string; _type: string; [field: string]: unknown}

/** Parses NDJSON text; a line that is not a document with _id and _type is an error naming the line. */
export function parseNdjson(text: string, source = 'dataset'): NdjsonDocument[] {
  const documents: NdjsonDocument[] = []
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return
    let document: unknown
    try {
      document = JSON.parse(line)
    } catch {
      throw new Error(`${source}: line ${index + 1} is not valid JSON`)
    }
    const candidate = document as Partial<NdjsonDocument> | null
    if (!candidate || typeof candidate !== 'object' || typeof candidate._id !== 'string' || typeof candidate._type !== 'string') {
      throw new Error(`${source}: line ${index + 1} is not a document with _id and _type`)
    }
    documents.push(candidate as NdjsonDocument)
  })
  return documents
}

/** Drafts and release versions: hidden from readers, as Sanity's published perspective hides them. */
export function isPublishedDocument(document: NdjsonDocument): boolean {
  return !document._id.startsWith('drafts.') && !document._id.startsWith('versions.')
}
