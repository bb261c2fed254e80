// next-intl's request configuration: the language comes from the [locale] root segment (next/root-params, cached per
// language inside 'use cache'), or from an explicit `locale` where a route handler passes one; English outside both.
import {hasLocale} from 'next-intl'
import {getRequestConfig} from 'next-intl/server'
import {locale as rootLocale} from 'next/root-params'
import {siteTimeZone} from '@/lib/format/dates'
import {messagesFor} from './messages'
import {DEFAULT_LOCALE, routing} from './routing'

async function segmentLocale(): Promise<string | undefined> {
  try {
    return await rootLocale()
  } catch {
    return undefined
  }
}

export default getRequestConfig(async ({locale}) => {
  const requested = locale ?? (await segmentLocale())
  const active = hasLocale(routing.locales, requested) ? requested : DEFAULT_LOCALE
  return {locale: active, messages: messagesFor(active), timeZone: siteTimeZone()}
})
