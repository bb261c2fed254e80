// The site settings editors keep in the Studio (title, description, share image, office time zone), with the built-in values as fallback.
import 'server-only'
import {cache} from 'react'
import {settingsTimeZone, siteTimeZone} from '@/lib/format/dates'
import type {SiteIdentity} from '@/lib/seo/metadata'
import {imageUrl, isShowableImage, type SanityImageValue} from '@/lib/seo/sanity-image'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'
import {SITE_SETTINGS_ID} from '@/lib/http/site'
import {READ_TAGS} from '../cache-tags'
import {fetchContent} from '../source/fetch-content'
import {unlessUnavailable} from '../or-unavailable'
import {SITE_SETTINGS_QUERY} from '../queries'

export type SiteSettings = {
  name: string
  description: string
  /** Shown when a page without an image of its own is shared; null when none is set. */
  shareImage: (SanityImageValue & {alt: string}) | null
  /** The IANA zone dates are shown in. */
  timeZone: string
}

/** What the site uses where the settings document (or one of its fields) is missing, or Sanity cannot be reached. */
export const DEFAULT_SITE_SETTINGS: SiteSettings = {
  name: translator(DEFAULT_LOCALE)('site.name'),
  description: translator(DEFAULT_LOCALE)('site.description'),
  shareImage: null,
  timeZone: siteTimeZone(),
}

type StoredSettings = {title: string | null; description: string | null; shareImage: SanityImageValue | null; timeZone: string | null} | null

/** Each stored field that is usable, else its default: an empty title or an unknown zone never reaches readers. */
export function siteSettingsFrom(stored: StoredSettings): SiteSettings {
  return {
    name: stored?.title?.trim() || DEFAULT_SITE_SETTINGS.name,
    description: stored?.description?.trim() || DEFAULT_SITE_SETTINGS.description,
    shareImage: isShowableImage(stored?.shareImage) ? stored.shareImage : null,
    timeZone: settingsTimeZone(stored?.timeZone, DEFAULT_SITE_SETTINGS.timeZone),
  }
}

/**
 * The published settings, read once per render and cached under the "settings" tag (a publish of the settings
 * refreshes every page). Previews show published settings too. While Sanity cannot be reached, the defaults.
 */
export const getSiteSettings = cache(async (): Promise<SiteSettings> => {
  const stored = await unlessUnavailable(() => fetchContent(SITE_SETTINGS_QUERY, {id: SITE_SETTINGS_ID}, READ_TAGS.SITE_SETTINGS_QUERY()))
  return siteSettingsFrom(stored)
})

/**
 * The site's name and description in a language: the settings' title and description are the English ones (the
 * settings document is not translated yet), other languages name the site as their message file does.
 */
export async function getSiteText(locale: Locale): Promise<{name: string; description: string}> {
  if (locale === DEFAULT_LOCALE) {
    const {name, description} = await getSiteSettings()
    return {name, description}
  }
  const t = translator(locale)
  return {name: t('site.name'), description: t('site.description')}
}

/** The settings as page metadata needs them: the site's name and its default share image (1200×630, cut around the hotspot). */
export async function getSiteIdentity(locale: Locale): Promise<SiteIdentity> {
  const [{shareImage}, {name}] = await Promise.all([getSiteSettings(), getSiteText(locale)])
  return {name, shareImage: shareImage ? {url: imageUrl(shareImage, 1200, {aspectRatio: 1200 / 630}), alt: shareImage.alt} : null}
}
