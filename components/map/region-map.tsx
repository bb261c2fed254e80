// The region on a map, drawn on the server as SVG (no script): countries shaded by their number of items, each a link.
import {getTranslations} from 'next-intl/server'
import {localePath} from '@/lib/i18n/navigation'
import type {Locale} from '@/lib/i18n/routing'
import {ISO_NUMERIC, regionGeometry} from '@/lib/map/region-geometry'
import {countClasses, type CountClass} from '@/lib/map/count-classes'

export type MapCountry = {slug: string; name: string; isoCode: string | null; count: number}

/** Countries outside the portal's list: drawn for context only. */
const CONTEXT_FILL = '#f1f5f9'
const BORDER = '#ffffff'

function classOf(classes: CountClass[], count: number): CountClass {
  return classes.find((entry) => count >= entry.from && count <= entry.to) ?? classes[0]!
}

/** The full map on /countries: every country a link named with its count, a legend and the disclaimer. */
export async function RegionMap({countries, locale}: {countries: MapCountry[]; locale: Locale}) {
  const t = await getTranslations({locale})
  const geometry = regionGeometry('fine')
  const classes = countClasses(countries.map((country) => country.count))
  const byNumeric = new Map(countries.flatMap((country) => (country.isoCode && ISO_NUMERIC[country.isoCode] ? [[ISO_NUMERIC[country.isoCode]!, country]] : [])))
  const label = (country: MapCountry) => `${country.name}: ${country.count === 0 ? t('countries.noNews') : t('itemCount', {count: country.count})}`
  const href = (country: MapCountry) => localePath(locale, `/countries/${country.slug}`)
  return (
    <figure className="region-map mt-6" aria-labelledby="region-map-caption">
      <svg viewBox={`0 0 ${geometry.width} ${geometry.height}`} className="h-auto w-full rounded border border-slate-200 bg-sky-50" aria-labelledby="region-map-title">
        <title id="region-map-title">{t('regionMap.title')}</title>
        {geometry.shapes.map((shape, index) => {
          const country = byNumeric.get(shape.id)
          if (!country) return <path key={`${shape.id}-${index}`} d={shape.d} fill={CONTEXT_FILL} stroke="#cbd5e1" strokeWidth={0.5} aria-hidden="true" />
          return (
            <a key={shape.id} href={href(country)} aria-label={label(country)}>
              <title>{label(country)}</title>
              <path d={shape.d} fill={classOf(classes, country.count).color} stroke={BORDER} strokeWidth={0.75} />
            </a>
          )
        })}
        {geometry.markers.map((marker) => {
          const country = byNumeric.get(marker.id)
          if (!country) return null
          return (
            <a key={marker.id} href={href(country)} aria-label={label(country)} data-marker={country.slug}>
              <title>{label(country)}</title>
              <circle cx={marker.x} cy={marker.y} r={8} fill={classOf(classes, country.count).color} stroke="#0f172a" strokeWidth={1.25} />
            </a>
          )
        })}
      </svg>
      <figcaption id="region-map-caption" className="mt-2 text-sm text-slate-700">
        <p>{t('regionMap.caption')}</p>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1" aria-label={t('regionMap.legend')}>
          {classes.map((entry) => (
            <li key={entry.from} className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-3 w-5 rounded-sm border border-slate-400" style={{backgroundColor: entry.color}} />
              {entry.from === 0 ? t('countries.noNews') : entry.from === entry.to ? t('itemCount', {count: entry.from}) : t('regionMap.range', {from: entry.from, to: entry.to})}
            </li>
          ))}
          <li className="flex items-center gap-1">
            <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14">
              <circle cx="7" cy="7" r="5" fill="#ffffff" stroke="#0f172a" strokeWidth="1.25" />
            </svg>
            {t('regionMap.marker')}
          </li>
        </ul>
        <p className="mt-2 text-xs">{t('regionMap.disclaimer', {publisher: t('site.publisher')})}</p>
      </figcaption>
    </figure>
  )
}

/** A small locator on a country's page: the region, the country picked out; a picture, not links. */
export async function CountryLocator({isoCode, name, locale}: {isoCode: string | null; name: string; locale: Locale}) {
  const numeric = isoCode ? ISO_NUMERIC[isoCode] : undefined
  if (!numeric) return null
  const t = await getTranslations({locale})
  const geometry = regionGeometry('coarse')
  const marker = geometry.markers.find((candidate) => candidate.id === numeric)
  return (
    <figure className="mt-4 w-full max-w-xs">
      <svg viewBox={`0 0 ${geometry.width} ${geometry.height}`} role="img" aria-label={t('regionMap.locator', {name})} className="h-auto w-full rounded border border-slate-200 bg-sky-50">
        {geometry.shapes.map((shape, index) => (
          <path key={`${shape.id}-${index}`} d={shape.d} fill={shape.id === numeric ? '#1d4ed8' : '#e2e8f0'} stroke={BORDER} strokeWidth={1} />
        ))}
        {marker && <circle cx={marker.x} cy={marker.y} r={14} fill="#1d4ed8" stroke="#0f172a" strokeWidth={3} />}
      </svg>
      <figcaption className="mt-1 text-xs text-slate-700">{t('regionMap.disclaimer', {publisher: t('site.publisher')})}</figcaption>
    </figure>
  )
}
