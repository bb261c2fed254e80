// A 404 answered from inside a page (unknown item, country, topic or list page), complete in the server HTML.
import {notFound} from 'next/navigation'
import {Suspense} from 'react'
import {keepBriefly} from '@/lib/brief-answer'
import {NotFoundContent} from './not-found-content'

function NotFoundStatus(): never {
  notFound()
}

/**
 * The 404 content itself, plus notFound() thrown inside a Suspense boundary, which only sets the status. A bare
 * notFound() would leave the server HTML empty (vercel/next.js#62228): React's server rendering runs no error
 * boundaries, so Next answers with an empty error document and draws the 404 in the browser. Thrown inside a
 * boundary, the page around it (site layout, this content) is prerendered as usual and Next still answers 404;
 * in the browser the boundary's error reaches the site's not-found boundary, which shows the same content. Kept
 * briefly by caches (an invented address fills no cache for long; see lib/brief-answer.ts).
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
