// Raised when Sanity answered with an error or not at all; pages and routes turn it into the 503 answer.
export class ContentUnavailableError extends Error {
  constructor(readonly queryName: string) {
    super(`Content temporarily unavailable (query ${queryName})`)
    this.name = 'ContentUnavailableError'
  }
}
