// The "Share preview" tab of a news item in the Studio: the card WhatsApp, LinkedIn or Facebook draws for its link.
'use client'

import type {UserViewComponent} from 'sanity/structure'

type ItemValues = {
  title?: string
  summary?: string
  language?: string
  slug?: {current?: string}
  seo?: {description?: string}
}

/**
 * The published item's share image (the site's own `/news/<slug>/og-image`, which the apps fetch), with the headline
 * and description as the link preview shows them; the text follows the form as it is edited.
 */
export const SharePreview: UserViewComponent = ({document}) => {
  const values = (document.displayed ?? {}) as ItemValues
  const slug = values.slug?.current
  const prefix = values.language === 'es' ? '/es' : ''
  const description = values.seo?.description?.trim() || values.summary?.trim() || ''
  const host = typeof window === 'undefined' ? '' : window.location.host
  if (!slug) return <p style={{padding: 24}}>Generate a web address first: the share preview is drawn for the item&apos;s address.</p>
  return (
    <div style={{padding: 24, maxWidth: 560, fontFamily: 'system-ui, sans-serif'}}>
      <p style={{marginTop: 0}}>How a link to this item looks when shared (the image is the published version&apos;s).</p>
      <figure style={{margin: 0, border: '1px solid #d4d4d8', borderRadius: 8, overflow: 'hidden', background: '#fff', color: '#18181b'}}>
        {/* eslint-disable-next-line @next/next/no-img-element -- the Studio is not rendered by Next's image pipeline */}
        <img src={`${prefix}/news/${slug}/og-image`} alt="" width={1200} height={630} style={{display: 'block', width: '100%', height: 'auto'}} />
        <figcaption style={{padding: '12px 16px'}}>
          <div style={{fontSize: 12, textTransform: 'uppercase', color: '#52525b'}}>{host}</div>
          <div style={{fontWeight: 700, margin: '4px 0'}}>{values.title ?? ''}</div>
          <div style={{fontSize: 14, color: '#3f3f46'}}>{description.length > 160 ? `${description.slice(0, 157)}…` : description}</div>
        </figcaption>
      </figure>
    </div>
  )
}
