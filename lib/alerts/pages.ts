// Pages the alerts' route handlers answer (token links, the 400 form): small, self-contained HTML in the reader's language, never cached.
import type {Locale} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'
import {HONEYPOT_FIELD, type FieldError, type SignupValues} from './choices'
import {escapeHtml} from './email'
import type {Labels} from './sender'

const STYLE = `body{margin:0;font-family:system-ui,Arial,sans-serif;color:#0f172a;background:#fff;line-height:1.5}
main{max-width:42rem;margin:0 auto;padding:1.5rem 1rem}a{color:#1e40af}label{display:block}
input[type=email],input[type=text]{width:100%;max-width:28rem;padding:.5rem;border:1px solid #64748b;border-radius:.25rem;font:inherit}
fieldset{border:0;padding:0;margin:1rem 0}legend{font-weight:600}button{font:inherit;padding:.5rem 1rem;border:0;border-radius:.25rem;background:#1e40af;color:#fff;cursor:pointer}
.errors{border:2px solid #b91c1c;padding:.5rem 1rem;border-radius:.25rem}.hp{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:.25rem}`

const home = (locale: Locale) => (locale === 'en' ? '/' : `/${locale}`)

export function htmlPage(locale: Locale, title: string, body: string, status = 200): Response {
  const t = translator(locale)
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · ${escapeHtml(t('site.name'))}</title><style>${STYLE}</style></head>
<body><main><p><a href="${home(locale)}">${escapeHtml(t('site.name'))}</a></p><h1>${escapeHtml(title)}</h1>${body}
<p><a href="${home(locale)}">${escapeHtml(t('alerts.backHome'))}</a></p></main></body></html>`
  return new Response(html, {status, headers: {'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer'}})
}

export function messagePage(locale: Locale, title: string, message: string, status = 200, extra = ''): Response {
  return htmlPage(locale, title, `<p>${escapeHtml(message)}</p>${extra}`, status)
}

export function signUpLink(locale: Locale): string {
  return `<p><a href="${locale === 'en' ? '' : `/${locale}`}/alerts">${escapeHtml(translator(locale)('alerts.signUpAgain'))}</a></p>`
}

type FormOptions = {
  action: string
  values: Omit<SignupValues, 'email'> & {email?: string}
  labels: Labels
  withEmail: boolean
  submit: string
  hidden?: Record<string, string>
}

/** The sign-up form as HTML (the 400 page, the manage page): the values as sent, every known choice offered. */
export function formHtml(locale: Locale, options: FormOptions): string {
  const t = translator(locale)
  const {values} = options
  const checked = (on: boolean) => (on ? ' checked' : '')
  const boxes = (name: string, chosen: string[], slugs: string[]) =>
    `<div class="grid">${[...new Set([...slugs, ...chosen])]
      .map((slug) => `<label><input type="checkbox" name="${name}" value="${escapeHtml(slug)}"${checked(chosen.includes(slug))}> ${escapeHtml(options.labels[slug]?.[locale] ?? slug)}</label>`)
      .join('')}</div>`
  const all = Object.keys(options.labels)
  const countries = all.filter((slug) => options.labels[slug]?.kind === 'country')
  const topics = all.filter((slug) => options.labels[slug]?.kind === 'topic')
  return `<form method="post" action="${options.action}">
<input type="hidden" name="ui" value="${locale}">
${Object.entries(options.hidden ?? {})
  .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`)
  .join('')}
${options.withEmail ? `<label for="email"><strong>${escapeHtml(t('alerts.email'))}</strong></label><input id="email" name="email" type="email" required maxlength="254" autocomplete="email" value="${escapeHtml((values.email ?? '').slice(0, 254))}">
<p><a href="${locale === 'en' ? '' : `/${locale}`}/alerts/privacy">${escapeHtml(t('alerts.privacyLink'))}</a></p>
<div class="hp" aria-hidden="true"><label for="hp">${escapeHtml(t('alerts.honeypot'))}</label><input id="hp" name="${HONEYPOT_FIELD}" type="text" tabindex="-1" autocomplete="off"></div>` : ''}
<fieldset><legend>${escapeHtml(t('alerts.countries'))}</legend>${boxes('country', values.countries, countries)}</fieldset>
<fieldset><legend>${escapeHtml(t('alerts.topics'))}</legend>${boxes('topic', values.topics, topics)}</fieldset>
<label for="words"><strong>${escapeHtml(t('alerts.words'))}</strong></label><input id="words" name="words" type="text" maxlength="200" value="${escapeHtml(values.words.slice(0, 200))}">
<fieldset><legend>${escapeHtml(t('alerts.frequency'))}</legend>${(['instant', 'daily', 'weekly'] as const)
    .map((frequency) => `<label><input type="radio" name="frequency" value="${frequency}"${checked(values.frequency === frequency || (!values.frequency && frequency === 'instant'))}> ${escapeHtml(t(`alerts.${frequency}`))}</label>`)
    .join('')}</fieldset>
<fieldset><legend>${escapeHtml(t('alerts.language'))}</legend>${(['en', 'es'] as const)
    .map((language) => `<label lang="${language}"><input type="radio" name="locale" value="${language}"${checked(values.locale === language || (values.locale !== 'en' && values.locale !== 'es' && language === locale))}> ${language === 'en' ? 'English' : 'Español'}</label>`)
    .join('')}</fieldset>
<button type="submit">${escapeHtml(options.submit)}</button></form>`
}

export function errorList(locale: Locale, errors: FieldError[]): string {
  const t = translator(locale)
  const text: Record<FieldError, string> = {email: t('alerts.errorEmail'), choices: t('alerts.errorChoices'), invalid: t('alerts.errorInvalid')}
  return `<div class="errors" role="alert"><ul>${errors.map((error) => `<li>${escapeHtml(text[error])}</li>`).join('')}</ul></div>`
}
