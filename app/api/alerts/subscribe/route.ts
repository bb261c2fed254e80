// POST of the alerts form: checks origin, size and fields, rate-limits, queues the confirmation email, then 303 to "check your email".
import {parseSignup} from '@/lib/alerts/choices'
import {clientAddress, isSameOrigin, localePrefix, readForm, seeOther, uiLocale} from '@/lib/alerts/http'
import {errorList, formHtml, htmlPage, messagePage} from '@/lib/alerts/pages'
import {storedLabels} from '@/lib/alerts/runner'
import {withoutAddresses} from '@/lib/alerts/sender'
import {requestSignup} from '@/lib/alerts/signup'
import {alertsSecret} from '@/lib/alerts/tokens'
import {getDatabase} from '@/lib/db/database'
import {translator} from '@/lib/i18n/translator'

export async function POST(request: Request) {
  const body = await readForm(request)
  const form = 'form' in body ? body.form : null
  const locale = uiLocale(form)
  const t = translator(locale)
  if (!isSameOrigin(request)) return messagePage(locale, t('alerts.errorTitle'), t('alerts.errorForeign'), 403)
  if ('tooLarge' in body) return messagePage(locale, t('alerts.errorTitle'), t('alerts.errorInvalid'), 413)
  if (!form) return messagePage(locale, t('alerts.errorTitle'), t('alerts.errorInvalid'), 400)
  const parsed = parseSignup(form)
  try {
    const db = await getDatabase()
    if (!parsed.ok) {
      const labels = await storedLabels(db)
      const page = errorList(locale, parsed.errors) + formHtml(locale, {action: '/api/alerts/subscribe', values: parsed.values, labels, withEmail: true, submit: t('alerts.submit')})
      return htmlPage(locale, t('alerts.errorTitle'), page, 400)
    }
    const done = seeOther(`${localePrefix(locale)}/alerts/check-email`)
    if (parsed.isBot) return done
    const outcome = await requestSignup(db, await alertsSecret(db), parsed.request, clientAddress(request))
    if (outcome === 'too-many') {
      const response = messagePage(locale, t('alerts.tooManyTitle'), t('alerts.tooManyBody'), 429)
      response.headers.set('retry-after', '3600')
      return response
    }
    return done
  } catch (error) {
    console.error(`[alerts] sign-up failed: ${withoutAddresses(error instanceof Error ? error.message : String(error))}`)
    return messagePage(locale, t('alerts.errorTitle'), t('alerts.unavailable'), 503)
  }
}
