// What a reader sees while content streams in (draft previews, search results): a polite, announced placeholder.
import {useTranslations} from 'next-intl'

export function LoadingState() {
  const t = useTranslations()
  return (
    <div role="status" aria-live="polite" className="py-12 text-lg text-slate-700">
      {t('loading')}
    </div>
  )
}
