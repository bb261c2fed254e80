// Interface text outside React's request scope (metadata builders, feeds, share images, tests): next-intl's own
// translator over the same message files, for an explicit language.
import {createTranslator} from 'next-intl'
import {messagesFor} from './messages'
import type {Locale} from './routing'

function createFor(locale: Locale) {
  return createTranslator({locale, messages: messagesFor(locale)})
}

/**
 * One translator a language for the life of the process. A new one per call brought a new formatter cache, so every
 * message was parsed again and its Intl formatters built again, on every render (about 0.3 ms a message, issue 21).
 * Its cache holds one parsed message per key and format, so it is bounded by the message files.
 */
const translators = new Map<Locale, ReturnType<typeof createFor>>()

export function translator(locale: Locale) {
  let found = translators.get(locale)
  if (!found) {
    found = createFor(locale)
    translators.set(locale, found)
  }
  return found
}
