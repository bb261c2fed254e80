// The interface text of each language (messages/<locale>.json, ICU format) and the part client components receive.
import en from '@/messages/en.json'
import es from '@/messages/es.json'
import {pickClientMessages, type ClientMessages, type Messages} from './client-namespaces'
import type {Locale} from './routing'

export type {Messages}

const catalogues: Record<Locale, Messages> = {en, es}

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale]
}

/** Only what client components render reaches the browser: the rest of the catalogue stays on the server. */
export function clientMessages(locale: Locale): ClientMessages {
  return pickClientMessages(messagesFor(locale))
}
