'use client'
// The error page when even the root layout fails: its own document with the site's styles, header, footer and message.
import {ErrorContent} from '@/components/layout/error-content'
import {SiteFooter} from '@/components/layout/site-footer'
import {SiteHeader} from '@/components/layout/site-header'
import {SkipLink} from '@/components/layout/skip-link'
import {siteConfig} from '@/lib/site'
import './(site)/globals.css'

export default function GlobalError({retry}: {error: unknown; retry: () => void}) {
  return (
    <html lang={siteConfig.locale}>
      <body>
        <div className="flex min-h-screen flex-col">
          <SkipLink />
          <SiteHeader />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            <ErrorContent retry={retry} />
          </main>
          <SiteFooter />
        </div>
      </body>
    </html>
  )
}
