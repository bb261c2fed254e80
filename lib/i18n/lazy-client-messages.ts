// The client part of a language's messages for the one client component outside every layout (the global error
// page): loaded on demand, so the catalogues never ride along in the JavaScript every page downloads.
import {pickClientMessages, type ClientMessages} from './client-namespaces'
import type {Locale} from './routing'

const loading = new Map<Locale, Promise<ClientMessages>>()

/** One promise per language (React's use() needs the same promise on every render). */
export function loadClientMessages(locale: Locale): Promise<ClientMessages> {
  let pending = loading.get(locale)
  if (!pending) {
    pending = (locale === 'es' ? import('@/messages/es.json') : import('@/messages/en.json')).then((catalogue) => pickClientMessages(catalogue.default))
    loading.set(locale, pending)
  }
  return pending
}
