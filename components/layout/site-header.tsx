// The header on every public page: the site name and the main navigation.
import {Link} from '@/components/ui/link'
import {Container} from '@/components/ui/container'
import {navMessages} from '@/lib/client-messages'
import {siteConfig} from '@/lib/site'

/** `name`: the site title from the site settings; pages outside the site layout (global errors) show the built-in one. */
export function SiteHeader({name = siteConfig.name}: {name?: string}) {
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <Container className="flex flex-wrap items-center justify-between gap-3 py-4">
        <Link href="/" className="text-lg font-bold text-blue-900 no-underline">
          {name}
        </Link>
        <nav aria-label={navMessages.label}>
          <ul className="flex flex-wrap gap-x-5 gap-y-2 text-base">
            <li>
              <Link href="/">{navMessages.home}</Link>
            </li>
            <li>
              <Link href="/news">{navMessages.news}</Link>
            </li>
            <li>
              <Link href="/countries">{navMessages.countries}</Link>
            </li>
            <li>
              <Link href="/topics">{navMessages.topics}</Link>
            </li>
          </ul>
        </nav>
      </Container>
    </header>
  )
}
