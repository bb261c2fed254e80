// Unsubscribe and "delete my data": one click on the link (GET) or the mail client's one-click POST (RFC 8058) deletes the address and its choices.
import {messagePage, signUpLink} from '@/lib/alerts/pages'
import {withoutAddresses} from '@/lib/alerts/sender'
import {subscriberOfToken, unsubscribe} from '@/lib/alerts/signup'
import {alertsSecret} from '@/lib/alerts/tokens'
import {getDatabase} from '@/lib/db/database'
import {isLocale, type Locale} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'

async function handle(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token')
  let locale: Locale = 'en'
  try {
    const db = await getDatabase()
    const secret = await alertsSecret(db)
    const check = subscriberOfToken(secret, token)
    if (!check.ok) {
      const t = translator(locale)
      return messagePage(locale, t('alerts.invalidTitle'), t('alerts.invalidBody'), 400)
    }
    const {rows} = await db.query<{locale: string}>('SELECT locale FROM alert_subscribers WHERE id = $1', [check.id])
    if (rows[0] && isLocale(rows[0].locale)) locale = rows[0].locale
    await unsubscribe(db, secret, check.id)
    const t = translator(locale)
    return messagePage(locale, t('alerts.unsubscribedTitle'), t('alerts.unsubscribedBody'), 200, signUpLink(locale))
  } catch (error) {
    console.error(`[alerts] unsubscribe failed: ${withoutAddresses(error instanceof Error ? error.message : String(error))}`)
    const t = translator(locale)
    return messagePage(locale, t('alerts.errorTitle'), t('alerts.unavailable'), 503)
  }
}

export const GET = handle
// Mail clients post "List-Unsubscribe=One-Click" from their own servers: no origin to check, the signed token is the proof.
export const POST = handle
