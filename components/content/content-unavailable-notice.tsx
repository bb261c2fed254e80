// Shown in place of content that streams in after the page's shell (search results) when Sanity cannot be reached.
import {useTranslations} from 'next-intl'

export function ContentUnavailableNotice() {
  const t = useTranslations('unavailable')
  return (
    <div role="alert" className="mt-6 rounded border border-amber-400 bg-amber-50 p-4">
      <h2 className="text-xl font-semibold">{t('title')}</h2>
      <p className="mt-2">{t('body')}</p>
    </div>
  )
}
