'use client'
// The error page when even the root layout fails: its own document with the site's styles, header and message (no
// footer: this file's code reaches every reader's browser, so it carries only what the page needs).
import {ErrorContent} from '@/components/layout/error-content'
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
        </div>
      </body>
    </html>
  )
}
