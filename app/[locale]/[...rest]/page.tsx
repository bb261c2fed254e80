// Every address of a language that no page claims ("/no-such-page", "/es/no-such-page"): the site's 404, in that language.
import {NotFoundPage} from '@/components/layout/not-found-page'
import {asLocale} from '@/lib/i18n/routing'
import {notFoundMetadata} from '@/lib/seo/metadata'

export async function generateMetadata({params}: PageProps<'/[locale]/[...rest]'>) {
  return notFoundMetadata(asLocale((await params).locale))
}

export default function UnknownAddress() {
  return <NotFoundPage />
}
