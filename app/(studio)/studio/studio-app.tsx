// Sanity's own Studio with the project's configuration: every /studio/* address is the Studio's client-side route.
'use client'

import {NextStudio} from 'next-sanity/studio'
import config from '@/sanity.config'

export function StudioApp() {
  return <NextStudio config={config} />
}
