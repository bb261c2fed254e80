// The share bar on item, country and topic pages: real links that work without JavaScript, plus copy and native share.
import {useTranslations} from 'next-intl'
import {shareTargets} from '@/lib/seo/share-links'
import {ShareActions} from './share-actions'

export function ShareBar({url, title, headingId = 'share-heading'}: {url: string; title: string; headingId?: string}) {
  const t = useTranslations()
  const targets = shareTargets({url, title})
  return (
    <section aria-labelledby={headingId} className="mt-10 border-t border-slate-200 pt-6 print:hidden">
      <h2 id={headingId} className="text-xl font-bold">
        {t('share.heading')}
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {targets.map((target) => (
          <li key={target.network}>
            {target.network === 'email' ? (
              <a href={target.href} className="share-link" data-share={target.network}>
                {t('share.email')}
              </a>
            ) : (
              <a href={target.href} className="share-link" data-share={target.network} target="_blank" rel="noopener noreferrer">
                {target.label}
                <span className="sr-only">
                  {' '}
                  {t('share.via', {network: target.label})} {t('share.opensNewTab')}
                </span>
              </a>
            )}
          </li>
        ))}
      </ul>
      <ShareActions url={url} title={title} text={{copy: t('share.copy'), copied: t('share.copied'), copyFailed: t('share.copyFailed'), native: t('share.native')}} />
    </section>
  )
}
