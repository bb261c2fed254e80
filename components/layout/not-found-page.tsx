// A 404 answered from inside a page (unknown item, country, topic or list page), complete in the server HTML.
import {notFound} from 'next/navigation'
import {Suspense} from 'react'
import {keepBriefly} from '@/lib/http/brief-answer'
import {NotFoundContent} from './not-found-content'

function NotFoundStatus(): never {
  notFound()
}

/**
 * The 404 content itself, plus notFound() thrown inside a Suspense boundary, which only sets the status: a bare
 * notFound() leaves the server HTML empty (vercel/next.js#62228; docs/workarounds.md, "The NotFoundPage wrapper").
 * Kept briefly by caches (an invented address fills no cache for long; see lib/http/brief-answer.ts).
 */
export async function NotFoundPage() {
  await keepBriefly()
  return (
    <>
      <NotFoundContent />
      <Suspense fallback={null}>
        <NotFoundStatus />
      </Suspense>
    </>
  )
}
