// The one root layout: a bare document shared by the public site and the Studio, so 404s render on the server
// with the site's own not-found pages (two root layouts would leave them to client-side rendering).
import type {ReactNode} from 'react'
import {siteConfig} from '@/lib/site'

export default function RootLayout({children}: {children: ReactNode}) {
  return (
    <html lang={siteConfig.locale}>
      <body>{children}</body>
    </html>
  )
}
