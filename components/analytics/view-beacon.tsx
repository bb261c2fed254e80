'use client'
// Counts one view of this page (docs/analytics.md) from the reader's browser, so pages Varnish serves from its cache are counted too: a beacon with JavaScript, an image without.
import {useEffect} from 'react'
import type {ViewKind} from '@/lib/analytics/views'
import type {Locale} from '@/lib/i18n/routing'

const BEACON = '/api/views'

/** The last view sent from this document, so a re-run of the same effect (React's development checks) is not a second view. */
let lastSent = {key: '', at: 0}
/** The first page of a visit has the referring site in document.referrer; pages reached inside the site keep it, so only the first view sends it. */
let firstView = true

function referrerHost(): string {
  if (!firstView || !document.referrer || !URL.canParse(document.referrer)) return ''
  const url = new URL(document.referrer)
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : ''
}

export function ViewBeacon({kind, slug, locale}: {kind: ViewKind; slug: string; locale: Locale}) {
  useEffect(() => {
    const key = `${kind}/${locale}/${slug}`
    const now = Date.now()
    if (lastSent.key === key && now - lastSent.at < 2000) return
    lastSent = {key, at: now}
    const body = JSON.stringify({k: kind, s: slug, l: locale, r: referrerHost()})
    firstView = false
    // A string body goes as text/plain: no preflight, and the browser sends it even while the reader leaves the page.
    if (!navigator.sendBeacon?.(BEACON, body)) void fetch(BEACON, {method: 'POST', body, keepalive: true}).catch(() => undefined)
  }, [kind, slug, locale])
  const query = new URLSearchParams({k: kind, s: slug, l: locale})
  return (
    <noscript>
      {/* eslint-disable-next-line @next/next/no-img-element -- a 1×1 counter, not an image to optimise */}
      <img src={`${BEACON}?${query}`} alt="" width={1} height={1} className="absolute h-px w-px" />
    </noscript>
  )
}
