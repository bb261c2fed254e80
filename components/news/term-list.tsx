// One row of an item's terms (its countries, or its topics) as links: a <dt> and a <dd> for the item page's list.
import {Link} from '@/components/ui/link'

export type TermLink = {href: string; label: string | null}

/** Nothing when there are no links, so the list shows only the rows an item has. */
export function TermList({term, links}: {term: string; links: TermLink[]}) {
  if (links.length === 0) return null
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href}>{link.label}</Link>
            </li>
          ))}
        </ul>
      </dd>
    </>
  )
}
