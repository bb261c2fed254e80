// Sanity's own Studio with the project's configuration: every /studio/* address is the Studio's client-side route.
'use client'

// next-sanity's client component, not the default export that also adds Sanity's Dashboard bridge script from
// core.sanity-cdn.com, which the Studio's CSP does not allow (docs/security-headers.md).
import {NextStudio} from 'next-sanity/studio/client-component'
import config from '@/sanity.config'

export function StudioApp() {
  return <NextStudio config={config} />
}
