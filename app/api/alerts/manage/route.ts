// The signed "change my choices" link: shows the subscription's choices (never the address) and saves changes.
import {parseSignup} from '@/lib/alerts/choices'
import {escapeHtml} from '@/lib/alerts/email'
import {isSameOrigin, readForm} from '@/lib/alerts/http'
import {errorList, formHtml, htmlPage, messagePage} from '@/lib/alerts/pages'
import {storedLabels} from '@/lib/alerts/runner'
import {withoutAddresses} from '@/lib/alerts/sender'
import {subscriberOfToken, subscription, updateChoices, type Subscription} from '@/lib/alerts/signup'
import {alertsSecret} from '@/lib/alerts/tokens'
import {getDatabase} from '@/lib/db/database'
import type {Locale} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'

function invalid() {
  const t = translator('en')
  return messagePage('en', t('alerts.invalidTitle'), t('alerts.invalidBody'), 400)
}

async function page(token: string, current: Subscription, note: string, status = 200, values?: Parameters<typeof formHtml>[1]['values']) {
  const locale: Locale = current.locale
  const t = translator(locale)
  const labels = await storedLabels(await getDatabase())
  const form = formHtml(locale, {
    action: `/api/alerts/manage?token=${encodeURIComponent(token)}`,
    values: values ?? {...current, words: current.words ?? ''},
    labels,
    withEmail: false,
    submit: t('alerts.manageSave'),
  })
  const remove = `<p><a href="/api/alerts/unsubscribe?token=${escapeHtml(encodeURIComponent(token))}">${escapeHtml(t('alerts.deleteData'))}</a></p>`
  return htmlPage(locale, t('alerts.manageTitle'), `${note}<p>${escapeHtml(t('alerts.manageBody'))}</p>${form}${remove}`, status)
}

async function handle(request: Request) {
  const token = new URL(request.url).searchParams.get('token') ?? ''
  try {
    const db = await getDatabase()
    const check = subscriberOfToken(await alertsSecret(db), token)
    if (!check.ok) return invalid()
    const current = await subscription(db, check.id)
    if (!current) return invalid()
    if (request.method === 'GET') return page(token, current, '')
    const body = await readForm(request)
    if (!('form' in body) || !isSameOrigin(request)) return invalid()
    const parsed = parseSignup(body.form, false)
    if (!parsed.ok) return page(token, current, errorList(current.locale, parsed.errors), 400, parsed.values)
    await updateChoices(db, check.id, parsed.request)
    const saved = (await subscription(db, check.id)) ?? current
    return page(token, saved, `<p role="status"><strong>${escapeHtml(translator(saved.locale)('alerts.manageSaved'))}</strong></p>`)
  } catch (error) {
    console.error(`[alerts] manage failed: ${withoutAddresses(error instanceof Error ? error.message : String(error))}`)
    const t = translator('en')
    return messagePage('en', t('alerts.errorTitle'), t('alerts.unavailable'), 503)
  }
}

export const GET = handle
export const POST = handle
