// Layout of the public site: skip link, draft-mode banner, header, main landmark and footer around every page;
// in Sanity mode <SanityLive> (published changes reach open pages) and, in draft mode, click-to-edit overlays.
import type {Metadata, Viewport} from 'next'
import {VisualEditing} from 'next-sanity/visual-editing'
import type {CSSProperties, ReactNode} from 'react'
import {DraftModeBanner} from '@/components/layout/draft-mode-banner'
import {SiteFooter} from '@/components/layout/site-footer'
import {SiteHeader} from '@/components/layout/site-header'
import {SkipLink} from '@/components/layout/skip-link'
import {isPreviewing} from '@/lib/content/request-options'
import {SanityLive} from '@/lib/content/sanity-source'
import {getSiteIdentity, getSiteSettings} from '@/lib/content/settings'
import {siteUrl} from '@/lib/site'
import {isSanityConfigured} from '@/sanity/env'
import './globals.css'

/** The site's name and description from its settings; pages without OpenGraph tags of their own (search) share its default image. */
export async function generateMetadata(): Promise<Metadata> {
  const [{name, description}, {shareImage}] = await Promise.all([getSiteSettings(), getSiteIdentity()])
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

export default async function SiteLayout({children}: {children: ReactNode}) {
  // draftMode() is the one request value a prerendered layout may read: readers get the static shell.
  const [preview, settings] = await Promise.all([isPreviewing(), getSiteSettings()])
  return (
    <div className="flex min-h-screen flex-col" style={{'--site-origin': JSON.stringify(siteUrl().origin)} as CSSProperties}>
      <SkipLink />
      {preview && <DraftModeBanner />}
      <SiteHeader name={settings.name} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
      {isSanityConfigured && <SanityLive includeDrafts={preview} />}
      {preview && <VisualEditing />}
    </div>
  )
}
