'use client'
// The error page when even the root layout fails: its own document with the site's styles, header and message (no
// footer: this file's code reaches every reader's browser, so it carries only what the page needs), in the language
// of the address the reader was on.
import {NextIntlClientProvider} from 'next-intl'
import {usePathname} from 'next/navigation'
import {use} from 'react'
import {ErrorContent} from '@/components/layout/error-content'
import {SiteHeader} from '@/components/layout/site-header'
import {SkipLink} from '@/components/layout/skip-link'
import {loadClientMessages} from '@/lib/i18n/lazy-client-messages'
import {DEFAULT_LOCALE, LOCALES} from '@/lib/i18n/routing'
import './[locale]/globals.css'

export default function GlobalError({retry}: {error: unknown; retry: () => void}) {
  const firstSegment = usePathname()?.split('/')[1]
  const locale = LOCALES.find((candidate) => candidate !== DEFAULT_LOCALE && candidate === firstSegment) ?? DEFAULT_LOCALE
  const messages = use(loadClientMessages(locale))
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider locale={locale} messages={messages}>
          <div className="flex min-h-screen flex-col">
            <SkipLink />
            <SiteHeader />
            <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
              <ErrorContent retry={retry} />
            </main>
          </div>
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
