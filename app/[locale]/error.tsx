'use client'
// The error page of the public site: a page that fails to render shows this inside the site's layout. Its text loads
// on demand (lib/i18n/lazy-chrome-text.ts): an error boundary gets nothing from the server.
import {Suspense, use} from 'react'
import {ErrorContent} from '@/components/layout/error-content'
import {loadChromeText} from '@/lib/i18n/lazy-chrome-text'
import type {Locale} from '@/lib/i18n/routing'
import {usePageLocale} from '@/components/layout/page-locale'

function LoadedErrorContent({retry, locale}: {retry: () => void; locale: Locale}) {
  return <ErrorContent retry={retry} locale={locale} text={use(loadChromeText(locale))} />
}

export default function Error({retry}: {error: unknown; retry: () => void}) {
  const locale = usePageLocale()
  return (
    <Suspense>
      <LoadedErrorContent retry={retry} locale={locale} />
    </Suspense>
  )
}
