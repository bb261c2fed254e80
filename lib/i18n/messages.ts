// The interface text of each language (messages/<locale>.json, ICU format) and the part client components receive.
import en from '@/messages/en.json'
import es from '@/messages/es.json'
import type {Locale} from './routing'

export type Messages = typeof en

const catalogues: Record<Locale, Messages> = {en, es}

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale]
}

/** Only what client components render reaches the browser: the rest of the catalogue stays on the server. */
export const CLIENT_NAMESPACES = ['site', 'skipToContent', 'nav', 'search', 'share', 'error', 'language'] as const

export function clientMessages(locale: Locale): Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> {
  const all = messagesFor(locale)
  return Object.fromEntries(CLIENT_NAMESPACES.map((key) => [key, all[key]])) as Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>
}
