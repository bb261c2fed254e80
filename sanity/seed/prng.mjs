// The one seeded PRNG of the benchmarks and the hostile-input fuzzer, so a dataset or a failing case replays from its seed.

/** Small, fast, well-distributed 32-bit PRNG (mulberry32): a function returning numbers in [0, 1). */
export function mulberry32(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
