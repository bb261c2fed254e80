// The map's shading: "no items", then up to four equal ranges of counts up to the largest, each a shade of blue.

export type CountClass = {from: number; to: number; color: string}

/** Light to dark; the darkest keeps 3:1 against the lightest and the sea (WCAG 1.4.11 for graphics). */
const SHADES = ['#bfdbfe', '#60a5fa', '#2563eb', '#1e3a8a']
const NONE = '#e2e8f0'

export function countClasses(counts: number[]): CountClass[] {
  const max = Math.max(0, ...counts)
  const classes: CountClass[] = [{from: 0, to: 0, color: NONE}]
  if (max === 0) return classes
  const steps = Math.min(SHADES.length, max)
  const size = Math.ceil(max / steps)
  for (let step = 0; step < steps; step += 1) {
    const from = step * size + 1
    if (from > max) break
    classes.push({from, to: Math.min(max, (step + 1) * size), color: SHADES[step]!})
  }
  return classes
}
