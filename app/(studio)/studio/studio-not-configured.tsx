// Local mode's /studio: what the Studio is and how to connect a Sanity project, instead of Sanity's crash screen.
import {DEFAULT_LOCALE} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'

const STEPS = ['create', 'env', 'import', 'cors', 'restart'] as const

/** In English: the Studio's own root layout has no language segment, and its users are the portal's editors. */
export function StudioNotConfigured() {
  const t = translator(DEFAULT_LOCALE)
  return (
    <main
      style={{maxWidth: '40rem', margin: '0 auto', padding: '3rem 1.25rem', fontFamily: 'system-ui, sans-serif', lineHeight: 1.6, color: '#0f172a'}}
    >
      <h1 style={{fontSize: '1.75rem', lineHeight: 1.25}}>{t('studioNotConfigured.title')}</h1>
      <p>{t('studioNotConfigured.what')}</p>
      <p>{t('studioNotConfigured.why')}</p>
      <h2 style={{fontSize: '1.25rem'}}>{t('studioNotConfigured.stepsTitle')}</h2>
      <ol>
        {STEPS.map((step) => (
          <li key={step}>{t(`studioNotConfigured.steps.${step}`)}</li>
        ))}
      </ol>
      <p>{t('studioNotConfigured.readme')}</p>
      <p>
        {/* Another root layout: a full page load either way, and this page has no language context for the site's Link. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/" style={{color: '#1d4ed8'}}>
          {t('studioNotConfigured.back')}
        </a>
      </p>
    </main>
  )
}
