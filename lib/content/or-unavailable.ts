// Turns "Sanity cannot be reached" during a page's render into the 503 page, with the page's address for "Try again".
import 'server-only'
import {redirect} from 'next/navigation'
import {unavailableUrl} from '@/lib/content-unavailable'
import {ContentUnavailableError} from './content-unavailable-error'

/**
 * Runs a page's content reads; if the content service fails (a page that was never rendered, so nothing is cached),
 * the reader is redirected to /content-unavailable, which answers 503 with Retry-After. Next lets a page itself set
 * only 200, 404, 401 or 403, hence the redirect; it happens before anything streams, and errors are never cached.
 */
export async function orUnavailable<Result>(path: string, read: () => Promise<Result>): Promise<Result> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof ContentUnavailableError) redirect(unavailableUrl(path))
    throw error
  }
}
