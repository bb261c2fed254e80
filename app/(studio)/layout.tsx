// Layout of the embedded Studio: the whole viewport, none of the public site's chrome or styles.
import type {ReactNode} from 'react'

export {metadata, viewport} from 'next-sanity/studio'

export default function StudioLayout({children}: {children: ReactNode}) {
  return <div style={{margin: 0, height: '100vh'}}>{children}</div>
}
