// The 404 page of addresses outside every language's pages (under /api or /_next, say): its own document, in English,
// with the site's header, footer and styles, and the explanation, search form and navigation in the server HTML.
import type {Metadata} from 'next'
import {getTranslations} from 'next-intl/server'
import {SiteFooter} from '@/components/layout/site-footer'
import {SiteHeader} from '@/components/layout/site-header'
import {NotFoundContent} from '@/components/layout/not-found-content'
import {SkipLink} from '@/components/layout/skip-link'
import {chromeText} from '@/lib/i18n/chrome-text'
import {messagesFor} from '@/lib/i18n/messages'
import {DEFAULT_LOCALE} from '@/lib/i18n/routing'
import {siteUrl} from '@/lib/http/site'
import './[locale]/globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({locale: DEFAULT_LOCALE})
  return {metadataBase: siteUrl(), title: `${t('notFound.title')} | ${t('site.name')}`}
}

export default function GlobalNotFound() {
  const chrome = chromeText(messagesFor(DEFAULT_LOCALE))
  return (
    <html lang={DEFAULT_LOCALE}>
      <body>
        <div className="flex min-h-screen flex-col">
          <SkipLink text={chrome.skipToContent} />
          <SiteHeader text={chrome.header} />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            <NotFoundContent />
          </main>
          <SiteFooter />
        </div>
      </body>
    </html>
  )
}
