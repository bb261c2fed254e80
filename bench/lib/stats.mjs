// Percentiles and plain-number formatting shared by every benchmark part.

/** Nearest-rank percentile of a list of numbers (p in 0–100); undefined for an empty list. */
export function percentile(values, p) {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)))
  return sorted[rank - 1]
}

export function summarise(values) {
  return {n: values.length, p50: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99), max: percentile(values, 100)}
}

export function ms(value) {
  if (value === undefined || value === null || Number.isNaN(value)) return '–'
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)
}

export function kb(bytes) {
  return bytes === undefined ? '–' : (bytes / 1024).toFixed(1)
}

export function mb(bytes) {
  return bytes === undefined ? '–' : (bytes / 1024 / 1024).toFixed(0)
}
