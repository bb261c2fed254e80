// A plain GET search box for the home and 404 pages: it submits `q` to /news, so it works without JavaScript.
import {useLocale, useTranslations} from 'next-intl'
import {localePath} from '@/lib/i18n/navigation'

export function SiteSearchBox({id, className = ''}: {id: string; className?: string}) {
  const t = useTranslations('search')
  const locale = useLocale()
  return (
    <form action={localePath(locale, '/news')} method="get" role="search" className={`flex flex-col gap-2 ${className}`}>
      <label htmlFor={id} className="font-semibold">
        {t('label')}
      </label>
      <div className="flex max-w-xl gap-2">
        <input
          id={id}
          name="q"
          type="search"
          placeholder={t('placeholder')}
          className="min-w-0 flex-1 rounded border border-slate-500 px-3 py-2 text-base"
        />
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
          {t('submit')}
        </button>
      </div>
    </form>
  )
}
