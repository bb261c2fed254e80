// What a sign-up form may send, checked field by field: bad input becomes errors the 400 page shows, never an exception.
import {isLocale, type Locale} from '@/lib/i18n/routing'

export const FREQUENCIES = ['instant', 'daily', 'weekly'] as const
export type Frequency = (typeof FREQUENCIES)[number]

export type Choices = {
  locale: Locale
  frequency: Frequency
  countries: string[]
  topics: string[]
  /** Words of a search subscription (then countries and topics narrow it), or null. */
  words: string | null
}

export type SignupRequest = Choices & {email: string}

export type FieldError = 'email' | 'choices' | 'invalid'

/** The fields as typed, kept to fill the form again on the 400 page. */
export type SignupValues = {email: string; locale: string; frequency: string; countries: string[]; topics: string[]; words: string}

export type ParsedSignup =
  | {ok: true; request: SignupRequest; isBot: boolean}
  | {ok: false; errors: FieldError[]; values: SignupValues}

export const MAX_EMAIL_LENGTH = 254
export const MAX_WORDS_LENGTH = 200
export const MAX_CHOICES = 60
/** Hidden from people (visually and from assistive technology); bots fill it. */
export const HONEYPOT_FIELD = 'website'

const SLUG = /^[a-z0-9][a-z0-9-]{0,95}$/
// One @, no spaces or characters mail headers give meaning to, a dot in the domain: strict enough to refuse junk,
// loose enough for real addresses (the confirmation email is the real test).
const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/

type Form = {get(name: string): unknown; getAll(name: string): unknown[]}

const text = (value: unknown) => (typeof value === 'string' ? value : '')

export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase()
}

export function isValidEmail(email: string): boolean {
  return email.length <= MAX_EMAIL_LENGTH && EMAIL.test(email)
}

/** Parses a sign-up (or a change of choices when `withEmail` is false). */
export function parseSignup(form: Form, withEmail = true): ParsedSignup {
  const values: SignupValues = {
    email: text(form.get('email')).slice(0, MAX_EMAIL_LENGTH * 2),
    locale: text(form.get('locale')),
    frequency: text(form.get('frequency')),
    countries: form.getAll('country').map(text),
    topics: form.getAll('topic').map(text),
    words: text(form.get('words')).slice(0, MAX_WORDS_LENGTH * 2),
  }
  const errors = new Set<FieldError>()
  const email = normaliseEmail(values.email)
  if (withEmail && !isValidEmail(email)) errors.add('email')
  const words = values.words.trim().replace(/\s+/g, ' ')
  const countries = [...new Set(values.countries)]
  const topics = [...new Set(values.topics)]
  if (
    !isLocale(values.locale) ||
    !(FREQUENCIES as readonly string[]).includes(values.frequency) ||
    words.length > MAX_WORDS_LENGTH ||
    countries.length > MAX_CHOICES ||
    topics.length > MAX_CHOICES ||
    ![...countries, ...topics].every((slug) => SLUG.test(slug))
  )
    errors.add('invalid')
  if (countries.length === 0 && topics.length === 0 && !words) errors.add('choices')
  if (errors.size > 0) return {ok: false, errors: [...errors], values}
  return {
    ok: true,
    isBot: text(form.get(HONEYPOT_FIELD)) !== '',
    request: {email, locale: values.locale as Locale, frequency: values.frequency as Frequency, countries, topics, words: words || null},
  }
}
