'use client'
// The error page of the public site: a page that fails to render shows this inside the site's layout.
import {ErrorContent} from '@/components/layout/error-content'

export default function Error({retry}: {error: unknown; retry: () => void}) {
  return <ErrorContent retry={retry} />
}
