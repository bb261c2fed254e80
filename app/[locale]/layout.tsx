// The root layout of the public site, one per language ([locale] is "en" for the unprefixed English addresses and
// "es" under /es): <html lang>, skip link, draft-mode banner, header, main landmark and footer around every page;
// in Sanity mode <SanityLive> (published changes reach open pages) and, in draft mode, click-to-edit overlays.
import type {Metadata, Viewport} from 'next'
import {notFound} from 'next/navigation'
import {getTranslations} from 'next-intl/server'
import {VisualEditing} from 'next-sanity/visual-editing'
import type {CSSProperties} from 'react'
import {DraftModeBanner} from '@/components/layout/draft-mode-banner'
import {PageLocaleProvider} from '@/components/layout/page-locale'
import {SiteFooter} from '@/components/layout/site-footer'
import {SiteHeader} from '@/components/layout/site-header'
import {SkipLink} from '@/components/layout/skip-link'
import {isPreviewing} from '@/lib/content/source/request-options'
import {SanityLive} from '@/components/live/sanity-live'
import {getSiteIdentity, getSiteText} from '@/lib/content/reads/settings'
import {chromeText} from '@/lib/i18n/chrome-text'
import {messagesFor} from '@/lib/i18n/messages'
import {isLocale, LOCALES} from '@/lib/i18n/routing'
import {siteUrl} from '@/lib/http/site'
import {isSanityConfigured} from '@/sanity/env'
import './globals.css'

export function generateStaticParams() {
  return LOCALES.map((locale) => ({locale}))
}

export async function generateMetadata({params}: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const {locale} = await params
  if (!isLocale(locale)) return {}
  // The site's name and description (the settings' for English) and its default share image for pages without one (search).
  const [{name, description}, {shareImage}] = await Promise.all([getSiteText(locale), getSiteIdentity(locale)])
  const images = shareImage ? [{url: shareImage.url, width: 1200, height: 630, alt: shareImage.alt}] : undefined
  return {
    metadataBase: siteUrl(),
    title: {default: name, template: `%s | ${name}`},
    description,
    openGraph: {siteName: name, type: 'website', ...(images ? {images} : {})},
    ...(images ? {twitter: {card: 'summary_large_image', images}} : {}),
  }
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#1e3a8a',
}

export default async function SiteLayout({children, params}: LayoutProps<'/[locale]'>) {
  const {locale} = await params
  if (!isLocale(locale)) notFound()
  // draftMode() is the one request value a prerendered layout may read: readers get the static shell.
  const [preview, t, site] = await Promise.all([isPreviewing(), getTranslations({locale}), getSiteText(locale)])
  // Client components get their text as props: no next-intl provider, so no ICU formatter in the browser.
  const chrome = chromeText(messagesFor(locale))
  return (
    <html lang={locale}>
      <body>
        <PageLocaleProvider locale={locale}>
          <div className="flex min-h-screen flex-col" style={{'--site-origin': JSON.stringify(siteUrl().origin)} as CSSProperties}>
            <SkipLink text={chrome.skipToContent} />
            {preview && <DraftModeBanner text={{banner: t('draftMode.banner'), leave: t('draftMode.leave')}} />}
            <SiteHeader name={site.name} text={chrome.header} />
            <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
              {children}
            </main>
            <SiteFooter />
            {isSanityConfigured && <SanityLive includeDrafts={preview} />}
            {preview && <VisualEditing />}
          </div>
        </PageLocaleProvider>
      </body>
    </html>
  )
}
