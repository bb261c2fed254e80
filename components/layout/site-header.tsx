// The header on every public page: the site name, the main navigation and the language switch.
import {Link} from '@/components/ui/link'
import {Container} from '@/components/ui/container'
import {useTranslations} from 'next-intl'
import {LanguageSwitch} from './language-switch'

/** `name`: the site title from the site settings (English pages); otherwise the language's own. */
export function SiteHeader({name}: {name?: string}) {
  const t = useTranslations()
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <Container className="flex flex-wrap items-center justify-between gap-3 py-4">
        <Link href="/" className="text-lg font-bold text-blue-900 no-underline">
          {name ?? t('site.name')}
        </Link>
        <nav aria-label={t('nav.label')}>
          <ul className="flex flex-wrap gap-x-5 gap-y-2 text-base">
            <li>
              <Link href="/">{t('nav.home')}</Link>
            </li>
            <li>
              <Link href="/news">{t('nav.news')}</Link>
            </li>
            <li>
              <Link href="/countries">{t('nav.countries')}</Link>
            </li>
            <li>
              <Link href="/topics">{t('nav.topics')}</Link>
            </li>
          </ul>
        </nav>
        <LanguageSwitch />
      </Container>
    </header>
  )
}
