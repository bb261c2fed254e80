// The confirmation link: GET shows a button (link scanners never confirm anyone), its POST confirms once; bad links get 400 or 410 pages.
import {isSameOrigin, readForm, uiLocale} from '@/lib/alerts/http'
import {messagePage, htmlPage, signUpLink} from '@/lib/alerts/pages'
import {withoutAddresses} from '@/lib/alerts/sender'
import {confirmSignup} from '@/lib/alerts/signup'
import {alertsSecret, verifyToken} from '@/lib/alerts/tokens'
import {escapeHtml} from '@/lib/alerts/email'
import {getDatabase} from '@/lib/db/database'
import {isLocale, type Locale} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'

async function signupLocale(id: string): Promise<Locale | null> {
  const {rows} = await (await getDatabase()).query<{locale: string}>('SELECT locale FROM alert_signups WHERE id = $1', [id])
  return rows[0] && isLocale(rows[0].locale) ? rows[0].locale : null
}

function failure(locale: Locale, reason: 'invalid' | 'expired' | 'used') {
  const t = translator(locale)
  return messagePage(locale, t(`alerts.${reason}Title`), t(`alerts.${reason}Body`), reason === 'invalid' ? 400 : 410, signUpLink(locale))
}

function unavailable(locale: Locale, error: unknown) {
  console.error(`[alerts] confirmation failed: ${withoutAddresses(error instanceof Error ? error.message : String(error))}`)
  const t = translator(locale)
  return messagePage(locale, t('alerts.errorTitle'), t('alerts.unavailable'), 503)
}

export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get('token')
  try {
    const db = await getDatabase()
    const check = verifyToken(await alertsSecret(db), 'confirm', token)
    if (!check.ok) return failure('en', check.reason)
    const locale = await signupLocale(check.id)
    if (!locale) return failure('en', 'used')
    const t = translator(locale)
    return htmlPage(
      locale,
      t('alerts.mail.confirmSubject'),
      `<form method="post" action="/api/alerts/confirm"><input type="hidden" name="ui" value="${locale}"><input type="hidden" name="token" value="${escapeHtml(token ?? '')}"><button type="submit">${escapeHtml(t('alerts.mail.confirmButton'))}</button></form>`,
    )
  } catch (error) {
    return unavailable('en', error)
  }
}

export async function POST(request: Request) {
  const body = await readForm(request)
  const form = 'form' in body ? body.form : null
  const locale = uiLocale(form)
  if (!form || !isSameOrigin(request)) return failure(locale, 'invalid')
  try {
    const db = await getDatabase()
    const outcome = await confirmSignup(db, await alertsSecret(db), form.get('token'))
    if (outcome.status !== 'confirmed') return failure(locale, outcome.status)
    const t = translator(locale)
    return messagePage(locale, t('alerts.confirmedTitle'), t('alerts.confirmedBody'))
  } catch (error) {
    return unavailable(locale, error)
  }
}
