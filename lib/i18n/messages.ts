// The interface text of each language (messages/<locale>.json, ICU format), read on the server.
import en from '@/messages/en.json'
import es from '@/messages/es.json'
import type {Locale} from './routing'

export type Messages = typeof en

const catalogues: Record<Locale, Messages> = {en, es}

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale]
}
