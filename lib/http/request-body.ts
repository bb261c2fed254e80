// A request body read up to a limit: reading stops as soon as it is passed, so a large or slow upload is not waited for.

/** The body as text, or null once it is longer than `maxBytes` (the rest is never read). */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const {done, value} = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}
