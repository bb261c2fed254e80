// Any address no route claims lands here, so it gets the site's own 404 page (with its layout) and status 404.
import {notFound} from 'next/navigation'

export default function MissingPage() {
  notFound()
}
