// The interface text of the parts every page shares (skip link, header, search box, error message), picked from a
// message catalogue as plain strings: server components pass them to client components as props, and the error
// pages (client-only) load them on demand, so no ICU message formatter ever reaches the browser. A test checks that
// every string picked here is plain text (no ICU arguments), so the raw catalogue value is the formatted text.
import type en from '@/messages/en.json'

type Catalogue = typeof en

/** The other language's name for itself, short (shown) and in full (read by screen readers). */
export type LanguageSwitchText = {switchTo: string; switchToShort: string}

export type SearchBoxText = {label: string; placeholder: string; submit: string}

export type HeaderText = {
  siteName: string
  nav: {label: string; home: string; news: string; countries: string; topics: string}
  language: LanguageSwitchText
}

export type ErrorText = {title: string; body: string; retry: string; home: string; searchHeading: string; siteName: string}

export type ChromeText = {skipToContent: string; header: HeaderText; searchBox: SearchBoxText; error: ErrorText}

export function chromeText(catalogue: Catalogue): ChromeText {
  const {site, nav, language, search, error} = catalogue
  return {
    skipToContent: catalogue.skipToContent,
    header: {
      siteName: site.name,
      nav: {label: nav.label, home: nav.home, news: nav.news, countries: nav.countries, topics: nav.topics},
      language: {switchTo: language.switchTo, switchToShort: language.switchToShort},
    },
    searchBox: {label: search.label, placeholder: search.placeholder, submit: search.submit},
    error: {...error, siteName: site.name},
  }
}
