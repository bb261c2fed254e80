'use client'
// What the error pages say when a page fails to render: what happened, "Try again", a search box and the way home.
import {Link} from '@/components/ui/link'
import {SiteSearchBox} from '@/components/search/site-search-box'
import {Container} from '@/components/ui/container'
import type {ChromeText} from '@/lib/i18n/chrome-text'
import type {Locale} from '@/lib/i18n/routing'

/** `retry` is Next's error-boundary retry: it fetches the page again and renders it in place of this message. */
export function ErrorContent({retry, locale, text}: {retry: () => void; locale: Locale; text: ChromeText}) {
  const t = text.error
  return (
    <Container className="py-12">
      <title>{`${t.title} | ${t.siteName}`}</title>
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-3 max-w-xl text-lg text-slate-700">{t.body}</p>
      <p className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-3">
        <button type="button" onClick={retry} className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
          {t.retry}
        </button>
        <Link href="/">{t.home}</Link>
      </p>
      <section aria-labelledby="error-search" className="mt-8">
        <h2 id="error-search" className="sr-only">
          {t.searchHeading}
        </h2>
        <SiteSearchBox id="error-search-input" locale={locale} text={text.searchBox} />
      </section>
    </Container>
  )
}
