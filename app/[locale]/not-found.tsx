// The site's 404 boundary: what the browser shows when notFound() reaches the site layout (see
// components/layout/not-found-page.tsx, which puts the same content in the server HTML).
import {NotFoundContent} from '@/components/layout/not-found-content'

export default function NotFound() {
  return <NotFoundContent />
}
