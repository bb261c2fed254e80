// /studio: the embedded Sanity Studio in Sanity mode; in local mode a plain page saying how to connect a project.
import type {Metadata} from 'next'
import {DEFAULT_LOCALE} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'
import {isSanityConfigured} from '@/sanity/env'
import {Studio} from '../studio'
import {StudioNotConfigured} from '../studio-not-configured'

export const metadata: Metadata = isSanityConfigured ? {} : {title: translator(DEFAULT_LOCALE)('studioNotConfigured.title')}

export default function StudioPage() {
  return isSanityConfigured ? <Studio /> : <StudioNotConfigured />
}
