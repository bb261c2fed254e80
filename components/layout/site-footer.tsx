// The footer on every public page: who publishes the portal.
import {Link} from '@/components/ui/link'
import {Container} from '@/components/ui/container'
import {useTranslations} from 'next-intl'

export function SiteFooter() {
  const t = useTranslations('footer')
  const openData = useTranslations('openData')
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 py-8 text-sm text-slate-700 print:hidden">
      <Container className="flex flex-col gap-2 sm:flex-row sm:justify-between">
        <p>{t('about')}</p>
        <p className="flex flex-wrap gap-x-6">
          {/* At least 24 pixels tall, so the two links are targets that a finger or a pointer can tell apart (WCAG 2.5.8). */}
          <Link href="/data" prefetch={false} className="inline-flex min-h-6 items-center">
            {openData('footerLink')}
          </Link>
          {/* Not prefetched: the Studio is another root layout, and its prefetched data would pull Studio code into every public page. */}
          <Link href="/studio" prefetch={false} className="inline-flex min-h-6 items-center">
            {t('studio')}
          </Link>
        </p>
      </Container>
    </footer>
  )
}
