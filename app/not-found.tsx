// The 404 page of addresses no route claims: inside the bare root layout, so it brings the site's header, footer and
// styles itself, and the explanation, search form and navigation are in the server HTML.
import type {Metadata} from 'next'
import {SiteFooter} from '@/components/layout/site-footer'
import {SiteHeader} from '@/components/layout/site-header'
import {NotFoundContent} from '@/components/layout/not-found-content'
import {SkipLink} from '@/components/layout/skip-link'
import {messages} from '@/lib/messages'
import {siteConfig, siteUrl} from '@/lib/site'
import './(site)/globals.css'

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: `${messages.notFound.title} | ${siteConfig.name}`,
}

export default function NotFound() {
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <SiteHeader />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        <NotFoundContent />
      </main>
      <SiteFooter />
    </div>
  )
}
