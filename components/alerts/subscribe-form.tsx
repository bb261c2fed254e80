// The alerts sign-up form: a plain POST to /api/alerts/subscribe (no JavaScript, no per-reader data, so its page stays cached).
import {HONEYPOT_FIELD} from '@/lib/alerts/choices'
import type {Locale} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'

export type Choice = {slug: string; name: string}

type Props = {
  locale: Locale
  intro: string
  /** Chosen and fixed by the page (a country page's country): sent as hidden fields. */
  fixed?: {countries?: string[]; topics?: string[]; words?: string}
  /** Offered as checkboxes (the alerts page). */
  countries?: Choice[]
  topics?: Choice[]
  /** Shows a link to the full alerts page (on country, topic and search pages). */
  compact?: boolean
}

const prefix = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`)

export function SubscribeForm({locale, intro, fixed = {}, countries = [], topics = [], compact = false}: Props) {
  const t = translator(locale)
  const id = (name: string) => `alerts-${name}`
  return (
    <section aria-labelledby={id('title')} className="mt-10 rounded border border-slate-300 bg-slate-50 p-4 sm:p-6 print:hidden">
      <h2 id={id('title')} className="text-xl font-bold">
        {t('alerts.formTitle')}
      </h2>
      <p className="mt-1 text-slate-700">{intro}</p>
      <form method="post" action="/api/alerts/subscribe" className="mt-4 grid gap-4">
        <input type="hidden" name="ui" value={locale} />
        {fixed.countries?.map((slug) => <input key={slug} type="hidden" name="country" value={slug} />)}
        {fixed.topics?.map((slug) => <input key={slug} type="hidden" name="topic" value={slug} />)}
        {fixed.words ? <input type="hidden" name="words" value={fixed.words} /> : null}
        <div>
          <label htmlFor={id('email')} className="block font-semibold">
            {t('alerts.email')}
          </label>
          <input
            id={id('email')}
            name="email"
            type="email"
            required
            maxLength={254}
            autoComplete="email"
            aria-describedby={id('email-hint')}
            className="mt-1 w-full max-w-md rounded border border-slate-500 px-3 py-2"
          />
          <p id={id('email-hint')} className="mt-1 text-sm text-slate-700">
            {t('alerts.emailHint')}{' '}
            <a href={`${prefix(locale)}/alerts/privacy`} className="underline">
              {t('alerts.privacyLink')}
            </a>
          </p>
        </div>
        {/* Bots fill every field; people never see this one. */}
        <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
          <label htmlFor={id('hp')}>{t('alerts.honeypot')}</label>
          <input id={id('hp')} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        {countries.length > 0 ? <Checkboxes legend={t('alerts.countries')} name="country" choices={countries} /> : null}
        {topics.length > 0 ? <Checkboxes legend={t('alerts.topics')} name="topic" choices={topics} /> : null}
        <fieldset>
          <legend className="font-semibold">{t('alerts.frequency')}</legend>
          {(['instant', 'daily', 'weekly'] as const).map((frequency) => (
            <label key={frequency} className="mt-1 flex items-center gap-2">
              <input type="radio" name="frequency" value={frequency} defaultChecked={frequency === 'instant'} />
              {t(`alerts.${frequency}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend className="font-semibold">{t('alerts.language')}</legend>
          {(['en', 'es'] as const).map((language) => (
            <label key={language} className="mt-1 flex items-center gap-2" lang={language}>
              <input type="radio" name="locale" value={language} defaultChecked={language === locale} />
              {language === 'en' ? 'English' : 'Español'}
            </label>
          ))}
        </fieldset>
        <div>
          <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 focus-visible:outline-2">
            {t('alerts.submit')}
          </button>
        </div>
      </form>
      {compact ? (
        <p className="mt-3 text-sm">
          <a href={`${prefix(locale)}/alerts`} className="underline">
            {t('alerts.moreChoices')}
          </a>
        </p>
      ) : null}
    </section>
  )
}

function Checkboxes({legend, name, choices}: {legend: string; name: string; choices: Choice[]}) {
  return (
    <fieldset>
      <legend className="font-semibold">{legend}</legend>
      <div className="mt-1 grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
        {choices.map((choice) => (
          <label key={choice.slug} className="flex items-center gap-2">
            <input type="checkbox" name={name} value={choice.slug} />
            {choice.name}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
