// The publisher's logo as a 600×60 PNG, the raster logo Google asks for in NewsArticle structured data (publisher.logo).
import {ImageResponse} from 'next/og'
import {asLocale} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'
import {PUBLISHER_LOGO_SIZE} from '@/lib/seo/structured-data'

export async function GET(_request: Request, {params}: RouteContext<'/[locale]/publisher-logo.png'>) {
  const t = translator(asLocale((await params).locale))
  return new ImageResponse(
    (
      <div style={{display: 'flex', alignItems: 'center', width: '100%', height: '100%', background: '#ffffff', gap: 14}}>
        <svg width="60" height="60" viewBox="0 0 64 64">
          <rect width="64" height="64" rx="12" fill="#1e3a8a" />
          <path d="M14 44V20h6v18h12v6zM36 44V20h6l5 11 5-11h6v24h-6V32l-5 10-5-10v12z" fill="#fff" />
        </svg>
        <div style={{display: 'flex', fontSize: 34, fontWeight: 700, color: '#1e3a8a'}}>{t('site.name')}</div>
      </div>
    ),
    {...PUBLISHER_LOGO_SIZE, headers: {'cache-control': 'public, max-age=86400'}},
  )
}
