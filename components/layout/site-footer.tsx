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
        <p className="flex flex-wrap gap-x-4">
          <Link href="/data" prefetch={false}>
            {openData('footerLink')}
          </Link>
          {/* Not prefetched: the Studio is another root layout, and its prefetched data would pull Studio code into every public page. */}
          <Link href="/studio" prefetch={false}>
            {t('studio')}
          </Link>
        </p>
      </Container>
    </footer>
  )
}
