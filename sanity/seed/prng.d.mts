// Types for the shared seeded PRNG, so TypeScript code (the fuzzer, the search benchmark) can import it.
export function mulberry32(seed: number): () => number
