// Sanity's export format (one JSON document a line), read the same way by local mode and the dataset checker.

export type NdjsonDocument = {_id: string; _type: string; [field: string]: unknown}

/** One line of NDJSON as a document; anything else is an error naming the line. */
function parseLine(line: string, lineNumber: number, source: string): NdjsonDocument {
  let document: unknown
  try {
    document = JSON.parse(line)
  } catch {
    throw new Error(`${source}: line ${lineNumber} is not valid JSON`)
  }
  const candidate = document as Partial<NdjsonDocument> | null
  if (!candidate || typeof candidate !== 'object' || typeof candidate._id !== 'string' || typeof candidate._type !== 'string') {
    throw new Error(`${source}: line ${lineNumber} is not a document with _id and _type`)
  }
  return candidate as NdjsonDocument
}

/** Parses NDJSON text or bytes line by line; bytes are never turned into one string, so files may exceed Node's string limit. */
export function parseNdjson(content: string | Uint8Array, source = 'dataset'): NdjsonDocument[] {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength)
  const documents: NdjsonDocument[] = []
  for (let start = 0, lineNumber = 1; start < bytes.length; lineNumber += 1) {
    const newline = bytes.indexOf(10, start)
    const end = newline === -1 ? bytes.length : newline
    const line = bytes.toString('utf8', start, end)
    if (line.trim()) documents.push(parseLine(line, lineNumber, source))
    start = end + 1
  }
  return documents
}

/** Drafts and release versions: hidden from readers, as Sanity's published perspective hides them. */
export function isPublishedDocument(document: NdjsonDocument): boolean {
  return !document._id.startsWith('drafts.') && !document._id.startsWith('versions.')
}
