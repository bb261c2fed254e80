// What the alerts' route handlers share: the same-origin check against cross-site posting, the client's address, bounded form bodies.
import {isLocale, type Locale} from '@/lib/i18n/routing'
import {readBodyWithin} from '@/lib/http/request-body'
import {siteUrl} from '@/lib/http/site'

export const MAX_FORM_BYTES = 16 * 1024

/**
 * A form post from one of our pages: browsers say where it comes from (Sec-Fetch-Site, else Origin). A request that
 * says neither comes from no browser, so no other site can have made a reader send it.
 */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site')
  if (site) return site === 'same-origin' || site === 'none'
  const origin = request.headers.get('origin')
  if (!origin) return true
  try {
    const host = new URL(origin).host
    return host === siteUrl().host || host === request.headers.get('host')
  } catch {
    return false
  }
}

/** The client as the proxy in front saw it (the last X-Forwarded-For hop is the one it added); used only hashed, for rate limits. */
export function clientAddress(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')
  const last = forwarded?.split(',').pop()?.trim()
  return last || request.headers.get('x-real-ip')?.trim() || 'direct'
}

export type FormBody = {form: URLSearchParams} | {tooLarge: true} | {unsupported: true}

/** A urlencoded form body of at most 16 KiB (a plain HTML form's own encoding). */
export async function readForm(request: Request): Promise<FormBody> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_FORM_BYTES) return {tooLarge: true}
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/x-www-form-urlencoded') return {unsupported: true}
  const raw = await readBodyWithin(request, MAX_FORM_BYTES)
  if (raw === null) return {tooLarge: true}
  return {form: new URLSearchParams(raw)}
}

/** The page language a form says it was sent from (`ui`), English otherwise. */
export function uiLocale(form: URLSearchParams | null): Locale {
  const value = form?.get('ui')
  return isLocale(value) ? value : 'en'
}

export const localePrefix = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`)

/** 303 to a page of the site, so a reload never posts again. */
export function seeOther(path: string): Response {
  return new Response(null, {status: 303, headers: {location: path, 'cache-control': 'no-store'}})
}
