// The header on every public page: the site name and the main navigation.
import {Link} from '@/components/ui/link'
import {Container} from '@/components/ui/container'
import {messages} from '@/lib/messages'
import {siteConfig} from '@/lib/site'

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <Container className="flex flex-wrap items-center justify-between gap-3 py-4">
        <Link href="/" className="text-lg font-bold text-blue-900 no-underline">
          {siteConfig.name}
        </Link>
        <nav aria-label={messages.nav.label}>
          <ul className="flex flex-wrap gap-x-5 gap-y-2 text-base">
            <li>
              <Link href="/">{messages.nav.home}</Link>
            </li>
            <li>
              <Link href="/news">{messages.nav.news}</Link>
            </li>
            <li>
              <Link href="/countries">{messages.nav.countries}</Link>
            </li>
            <li>
              <Link href="/topics">{messages.nav.topics}</Link>
            </li>
          </ul>
        </nav>
      </Container>
    </header>
  )
}
