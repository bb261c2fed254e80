// The embedded Sanity Studio: every /studio/* address is the Studio's own client-side route.
import {NextStudio} from 'next-sanity/studio'
import config from '@/sanity.config'

export default function StudioPage() {
  return <NextStudio config={config} />
}
