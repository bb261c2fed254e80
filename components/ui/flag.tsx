// A country's flag beside its name: decorative (the name says the country), a static SVG file loaded only where shown.
import {flagSrc} from '@/lib/flags/flag-images'

export function Flag({isoCode, height = 16, className = ''}: {isoCode: string | null | undefined; height?: number; className?: string}) {
  const src = flagSrc(isoCode, height)
  if (!src) return null
  return (
    // A plain <img>: the file is already a small static SVG, which next/image would only pass through (and add script for).
    // eslint-disable-next-line @next/next/no-img-element
    <img src={src} alt="" width={Math.round((height * 4) / 3)} height={height} loading="lazy" decoding="async" className={`inline-block shrink-0 rounded-sm border border-slate-200 ${className}`} />
  )
}
