// A list of linked names with their item counts (topics of a country, countries of a topic, the home page facets).
import {Link} from '@/components/ui/link'
import {useTranslations} from 'next-intl'

export type CountLink = {label: string | null; href: string; count: number}

export function CountList({links, className = ''}: {links: CountLink[]; className?: string}) {
  const t = useTranslations()
  return (
    <ul className={`flex flex-wrap gap-2 ${className}`}>
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href} className="inline-block rounded-lg border border-slate-300 px-3 py-1 hover:bg-slate-50">
            {link.label} <span className="text-slate-700">· {t('itemCount', {count: link.count})}</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
