// Previous/next and numbered page links for a list, as plain links that work without JavaScript.
import {Link} from '@/components/ui/link'
import {useTranslations} from 'next-intl'

/** Pages to show: the first, the last, and two either side of the current one. */
function visiblePages(page: number, pages: number): number[] {
  const shown = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2])
  return [...shown].filter((candidate) => candidate >= 1 && candidate <= pages).sort((a, b) => a - b)
}

export function Pagination({page, pages, hrefFor}: {page: number; pages: number; hrefFor: (page: number) => string}) {
  const t = useTranslations()
  if (pages <= 1) return null
  const numbers = visiblePages(page, pages)
  return (
    <nav aria-label={t('news.pagination')} className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" className="inline-block rounded px-3 py-2">
              ← {t('news.previous')}
            </Link>
          </li>
        )}
        {numbers.map((number, index) => (
          <li key={number} className="flex items-center gap-2">
            {index > 0 && number - numbers[index - 1]! > 1 && <span aria-hidden="true">…</span>}
            {number === page ? (
              <span aria-current="page" className="inline-block rounded bg-blue-800 px-3 py-2 font-semibold text-white">
                {number}
              </span>
            ) : (
              <Link href={hrefFor(number)} aria-label={t('news.pageOf', {page: number, pages})} className="inline-block rounded px-3 py-2">
                {number}
              </Link>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className="inline-block rounded px-3 py-2">
              {t('news.next')} →
            </Link>
          </li>
        )}
      </ul>
    </nav>
  )
}
