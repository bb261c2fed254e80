// A plain GET search box for the home, 404 and error pages: it submits `q` to /news, so it works without JavaScript.
import type {SearchBoxText} from '@/lib/i18n/chrome-text'
import {localeHref} from '@/lib/i18n/paths'
import type {Locale} from '@/lib/i18n/routing'

export function SiteSearchBox({id, locale, text, className = ''}: {id: string; locale: Locale; text: SearchBoxText; className?: string}) {
  return (
    <form action={localeHref(locale, '/news')} method="get" role="search" className={`flex flex-col gap-2 ${className}`}>
      <label htmlFor={id} className="font-semibold">
        {text.label}
      </label>
      <div className="flex max-w-xl gap-2">
        <input
          id={id}
          name="q"
          type="search"
          placeholder={text.placeholder}
          className="min-w-0 flex-1 rounded border border-slate-500 px-3 py-2 text-base"
        />
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
          {text.submit}
        </button>
      </div>
    </form>
  )
}
