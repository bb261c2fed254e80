// Shown on every public page while draft mode is on: says drafts are visible and offers the way out to the same page.
'use client'

import {usePathname} from 'next/navigation'

/** The text comes from the server layout, so readers' pages never carry it. */
export function DraftModeBanner({text}: {text: {banner: string; leave: string}}) {
  const pathname = usePathname()
  return (
    <div role="status" className="bg-amber-300 text-slate-900 print:hidden">
      <p className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-2 font-semibold">
        <span>{text.banner}</span>
        {/* A plain link (not next/link): leaving must reach the route handler, never a prefetched page. */}
        <a
          href={`/api/draft-mode/disable?to=${encodeURIComponent(pathname || '/')}`}
          className="rounded bg-slate-900 px-3 py-1 text-white no-underline"
        >
          {text.leave}
        </a>
      </p>
    </div>
  )
}
