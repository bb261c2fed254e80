// The alerts' privacy note, linked from every sign-up form and email.
import type {Metadata} from 'next'
import {Container} from '@/components/ui/container'
import {asLocale} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'

export async function generateMetadata({params}: PageProps<'/[locale]/alerts/privacy'>): Promise<Metadata> {
  const t = translator(asLocale((await params).locale))
  return {title: t('alerts.privacyTitle')}
}

export default async function AlertsPrivacyPage({params}: PageProps<'/[locale]/alerts/privacy'>) {
  const locale = asLocale((await params).locale)
  const t = translator(locale)
  return (
    <Container className="py-8">
      <h1 className="text-3xl font-bold">{t('alerts.privacyTitle')}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t('alerts.privacyBody')}</p>
      <p className="mt-4">
        <a href={locale === 'en' ? '/alerts' : `/${locale}/alerts`} className="underline">
          {t('alerts.signUpAgain')}
        </a>
      </p>
    </Container>
  )
}
