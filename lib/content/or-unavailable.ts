// Turns "Sanity cannot be reached" into a 503: pages go to the 503 page (with their address for "Try again"), route
// handlers (feeds, share images) answer a plain 503 themselves.
import 'server-only'
import {redirect} from 'next/navigation'
import {getLocale} from 'next-intl/server'
import {localePath} from '@/lib/i18n/navigation'
import {RETRY_AFTER_SECONDS, unavailableUrl} from '@/lib/content/unavailable'
import {translator} from '@/lib/i18n/translator'
import {DEFAULT_LOCALE} from '@/lib/i18n/routing'
import {ContentUnavailableError} from './unavailable'

/**
 * Runs a page's content reads; if the content service fails (a page that was never rendered, so nothing is cached),
 * the reader is redirected to /content-unavailable, which answers 503 with Retry-After. Next lets a page itself set
 * only 200, 404, 401 or 403, hence the redirect; it happens before anything streams, and errors are never cached.
 * `path` is the page's English-form path; the reader stays in the page's language.
 */
export async function orUnavailable<Result>(path: string, read: () => Promise<Result>): Promise<Result> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof ContentUnavailableError) {
      const locale = await getLocale()
      redirect(localePath(locale, unavailableUrl(localePath(locale, path))))
    }
    throw error
  }
}

/** For metadata: the value, or null while the content service fails (the page itself answers with the 503 redirect). */
export async function unlessUnavailable<Result>(read: () => Promise<Result>): Promise<Result | null> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof ContentUnavailableError) return null
    throw error
  }
}

/** For route handlers: their answer, or a plain 503 with Retry-After (never cached) when the content service fails. */
export async function orUnavailableResponse(answer: () => Promise<Response>): Promise<Response> {
  try {
    return await answer()
  } catch (error) {
    if (!(error instanceof ContentUnavailableError)) throw error
    return new Response(translator(DEFAULT_LOCALE)('unavailable.body'), {
      status: 503,
      headers: {'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'retry-after': String(RETRY_AFTER_SECONDS)},
    })
  }
}
