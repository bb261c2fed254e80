// What every 404 says: what happened, a search box and the main ways on.
import {Link} from '@/components/ui/link'
import {SiteSearchBox} from '@/components/search/site-search-box'
import {Container} from '@/components/ui/container'
import {useLocale, useTranslations} from 'next-intl'
import {chromeText} from '@/lib/i18n/chrome-text'
import {messagesFor} from '@/lib/i18n/messages'
import {asLocale} from '@/lib/i18n/routing'

export function NotFoundContent() {
  const t = useTranslations('notFound')
  const locale = asLocale(useLocale())
  return (
    <Container className="py-12">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-xl text-lg text-slate-700">{t('body')}</p>
      <section aria-labelledby="not-found-search" className="mt-6">
        <h2 id="not-found-search" className="sr-only">
          {t('searchHeading')}
        </h2>
        <SiteSearchBox id="not-found-search-input" locale={locale} text={chromeText(messagesFor(locale)).searchBox} />
      </section>
      <ul className="mt-6 space-y-2 text-lg">
        <li>
          <Link href="/news">{t('news')}</Link>
        </li>
        <li>
          <Link href="/countries">{t('countries')}</Link>
        </li>
        <li>
          <Link href="/topics">{t('topics')}</Link>
        </li>
        <li>
          <Link href="/">{t('home')}</Link>
        </li>
      </ul>
    </Container>
  )
}
