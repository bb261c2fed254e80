// The footer on every public page: who publishes the portal.
import Link from 'next/link'
import {Container} from '@/components/ui/container'
import {messages} from '@/lib/messages'

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 py-8 text-sm text-slate-700 print:hidden">
      <Container className="flex flex-col gap-2 sm:flex-row sm:justify-between">
        <p>{messages.footer.about}</p>
        <p>
          <Link href="/studio">{messages.footer.studio}</Link>
        </p>
      </Container>
    </footer>
  )
}
