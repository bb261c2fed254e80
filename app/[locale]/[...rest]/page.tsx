// Every address of a language that no page claims ("/no-such-page", "/es/no-such-page"): the site's 404, in that language.
import {NotFoundPage} from '@/components/layout/not-found-page'
import {notFoundMetadata} from '@/lib/metadata'

export const metadata = notFoundMetadata

export default function UnknownAddress() {
  return <NotFoundPage />
}
