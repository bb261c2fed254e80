// Where a sign-up lands (303 from /api/alerts/subscribe): the same words whether or not the address was known.
import type {Metadata} from 'next'
import {Container} from '@/components/ui/container'
import {asLocale} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'

export async function generateMetadata({params}: PageProps<'/[locale]/alerts/check-email'>): Promise<Metadata> {
  const t = translator(asLocale((await params).locale))
  return {title: t('alerts.checkTitle'), robots: {index: false}}
}

export default async function CheckEmailPage({params}: PageProps<'/[locale]/alerts/check-email'>) {
  const t = translator(asLocale((await params).locale))
  return (
    <Container className="py-8">
      <h1 className="text-3xl font-bold">{t('alerts.checkTitle')}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t('alerts.checkBody')}</p>
    </Container>
  )
}
