// Shown only on paper: the country page's address as text and QR code, and the date its information is from.
import {getTranslations} from 'next-intl/server'
import {printStamp} from '@/lib/brief/printed-address'
import {getSiteSettings} from '@/lib/content/reads/settings'
import {formatDate} from '@/lib/format/dates'
import type {Locale} from '@/lib/i18n/routing'

export async function PrintStamp({url, locale}: {url: string; locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'countryBrief'})
  const [{qrSvg, asOf}, {timeZone}] = await Promise.all([printStamp(url), getSiteSettings()])
  return (
    <aside className="print-stamp mt-6 hidden items-center gap-4 border-t border-slate-400 pt-3 text-sm print:flex">
      {/* The QR code is our own SVG, drawn by the qrcode library from our own address. */}
      <span aria-hidden="true" className="block h-24 w-24 shrink-0" dangerouslySetInnerHTML={{__html: qrSvg}} />
      <span>
        <span className="block">{t('printNote', {url})}</span>
        <span className="block">{t('asOf', {date: formatDate(asOf, locale, timeZone)})}</span>
      </span>
    </aside>
  )
}
