// Presentation tool entry: turns on draft mode when Sanity's preview-url-secret (a document in the dataset) matches.
import {unstable_rethrow} from 'next/navigation'
import {defineEnableDraftMode} from 'next-sanity/draft-mode'
import {draftsSanityClient, hasReadToken} from '@/lib/content/source/sanity-source'
import {isSanityConfigured} from '@/sanity/env'

export async function GET(request: Request) {
  // Without a project or a read token there is nothing to preview and no way to check the secret: refuse.
  if (!isSanityConfigured || !hasReadToken()) return new Response('Preview is not available on this site.', {status: 401})
  try {
    return await defineEnableDraftMode({client: draftsSanityClient()}).GET(request)
  } catch (error) {
    // next-sanity redirects by throwing; anything else (Sanity unreachable) is a refusal, never a stack trace.
    unstable_rethrow(error)
    console.error(`[draft-mode] could not check the preview secret: ${error instanceof Error ? error.message : String(error)}`)
    return new Response('Preview could not be started: the content service did not answer. Try again from the Studio.', {status: 503})
  }
}
