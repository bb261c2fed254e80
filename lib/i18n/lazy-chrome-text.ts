// The shared interface text for the error pages, which are client components outside the server's reach: loaded on
// demand, so neither catalogue rides along in the JavaScript every page downloads.
import {chromeText, type ChromeText} from './chrome-text'
import type {Locale} from './routing'

/** Each language's catalogue, as its own chunk; a language added to routing.ts without one fails the type check. */
const CATALOGUES: Record<Locale, () => Promise<{default: Parameters<typeof chromeText>[0]}>> = {
  en: () => import('@/messages/en.json'),
  es: () => import('@/messages/es.json'),
}

const loading = new Map<Locale, Promise<ChromeText>>()

/** One promise per language (React's use() needs the same promise on every render). */
export function loadChromeText(locale: Locale): Promise<ChromeText> {
  let pending = loading.get(locale)
  if (!pending) {
    pending = CATALOGUES[locale]().then((catalogue) => chromeText(catalogue.default))
    loading.set(locale, pending)
  }
  return pending
}
