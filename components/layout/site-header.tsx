// The header on every public page: the site name, the main navigation and the language switch. Its text comes in as
// props (lib/i18n/chrome-text.ts), so the global error page, a client component, can render it too.
import {Link} from '@/components/ui/link'
import {Container} from '@/components/ui/container'
import type {HeaderText} from '@/lib/i18n/chrome-text'
import {LanguageSwitch} from './language-switch'

/** `name`: the site title from the site settings (English pages); otherwise the language's own. */
export function SiteHeader({name, text}: {name?: string; text: HeaderText}) {
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <Container className="flex flex-wrap items-center justify-between gap-3 py-4">
        <Link href="/" className="text-lg font-bold text-blue-900 no-underline">
          {name ?? text.siteName}
        </Link>
        <nav aria-label={text.nav.label}>
          <ul className="flex flex-wrap gap-x-5 gap-y-2 text-base">
            <li>
              <Link href="/">{text.nav.home}</Link>
            </li>
            <li>
              <Link href="/news">{text.nav.news}</Link>
            </li>
            <li>
              <Link href="/countries">{text.nav.countries}</Link>
            </li>
            <li>
              <Link href="/topics">{text.nav.topics}</Link>
            </li>
          </ul>
        </nav>
        <LanguageSwitch text={text.language} />
      </Container>
    </header>
  )
}
