// Interface text outside React's request scope (metadata builders, feeds, share images, tests): next-intl's own
// translator over the same message files, for an explicit language.
import {createTranslator} from 'next-intl'
import {messagesFor} from './messages'
import type {Locale} from './routing'

export function translator(locale: Locale) {
  return createTranslator({locale, messages: messagesFor(locale)})
}
