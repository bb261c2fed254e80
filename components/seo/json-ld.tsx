// Puts a JSON-LD object in the page as a script element search engines read.
import {jsonLdScript} from '@/lib/seo/structured-data'

export function JsonLd({data}: {data: unknown}) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{__html: jsonLdScript(data)}} />
}
