// The site's own 404 inside its layout (notFound() in a page): the same content as the global 404 document.
import {NotFoundContent} from '@/components/layout/not-found-content'

export default function NotFound() {
  return <NotFoundContent />
}
