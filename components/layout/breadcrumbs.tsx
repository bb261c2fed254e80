// The visible trail above a page's heading, with its BreadcrumbList JSON-LD from the same data.
import {Link} from '@/components/ui/link'
import {JsonLd} from '@/components/seo/json-ld'
import {useLocale, useTranslations} from 'next-intl'
import {breadcrumbJsonLd, type Crumb} from '@/lib/seo/structured-data'

export function Breadcrumbs({trail}: {trail: Crumb[]}) {
  const t = useTranslations()
  const locale = useLocale()
  return (
    <>
      <nav aria-label={t('breadcrumb')} className="text-sm print:hidden">
        <ol className="flex flex-wrap gap-x-2 text-slate-700">
          {trail.map((crumb, index) => {
            const last = index === trail.length - 1
            return (
              <li key={crumb.path} className="flex gap-x-2">
                {last ? (
                  <span aria-current="page">{crumb.name}</span>
                ) : (
                  <>
                    <Link href={crumb.path}>{crumb.name}</Link>
                    <span aria-hidden="true">›</span>
                  </>
                )}
              </li>
            )
          })}
        </ol>
      </nav>
      <JsonLd data={breadcrumbJsonLd(trail, locale)} />
    </>
  )
}
