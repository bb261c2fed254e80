// A file's size as a reader reads it, in the page's language: "523 bytes", "47.1 kB", "1.2 MB" (binary multiples, as file managers count).
import {INTL_LOCALES, type Locale} from '../i18n/routing'

function unitFormat(locale: Locale, unit: string, unitDisplay: 'long' | 'short') {
  return new Intl.NumberFormat(INTL_LOCALES[locale], {style: 'unit', unit, unitDisplay, maximumFractionDigits: 1})
}

export function fileSize(bytes: number, locale: Locale): string {
  if (bytes < 1024) return unitFormat(locale, 'byte', 'long').format(bytes)
  if (bytes < 1024 * 1024) return unitFormat(locale, 'kilobyte', 'short').format(bytes / 1024)
  return unitFormat(locale, 'megabyte', 'short').format(bytes / (1024 * 1024))
}
