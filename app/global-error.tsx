'use client'
// The error page when even the root layout fails: its own document with the site's styles, header and message (no
// footer: this file's code reaches every reader's browser, so it carries only what the page needs), in the language
// of the address the reader was on. Its text loads on demand (lib/i18n/lazy-chrome-text.ts).
import {usePathname} from 'next/navigation'
import {use} from 'react'
import {ErrorContent} from '@/components/layout/error-content'
import {SiteHeader} from '@/components/layout/site-header'
import {SkipLink} from '@/components/layout/skip-link'
import {loadChromeText} from '@/lib/i18n/lazy-chrome-text'
import {PageLocaleProvider} from '@/components/layout/page-locale'
import {splitLocale} from '@/lib/i18n/paths'
import './[locale]/globals.css'

export default function GlobalError({retry}: {error: unknown; retry: () => void}) {
  // Outside the site's layout: the language comes from the address the reader was on.
  const locale = splitLocale(usePathname() ?? '/').locale
  const text = use(loadChromeText(locale))
  return (
    <html lang={locale}>
      <body>
        <PageLocaleProvider locale={locale}>
          <div className="flex min-h-screen flex-col">
            <SkipLink text={text.skipToContent} />
            <SiteHeader text={text.header} />
            <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
              <ErrorContent retry={retry} locale={locale} text={text} />
            </main>
          </div>
        </PageLocaleProvider>
      </body>
    </html>
  )
}
