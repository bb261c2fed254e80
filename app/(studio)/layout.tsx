// Root layout of the embedded Studio: its own document filling the viewport, none of the public site's chrome or styles.
import type {ReactNode} from 'react'

export {metadata, viewport} from 'next-sanity/studio'

export default function StudioLayout({children}: {children: ReactNode}) {
  return (
    <html lang="en">
      <body style={{margin: 0}}>
        <div style={{margin: 0, height: '100vh'}}>{children}</div>
      </body>
    </html>
  )
}
