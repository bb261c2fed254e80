// Where the benchmarks read and write: the project root, generated data and run output (both git-ignored).
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const BENCH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const ROOT = path.resolve(BENCH, '..')
export const OUT = path.join(BENCH, '.out')
export const RESULTS_MD = path.join(BENCH, 'RESULTS.md')
export const RESULTS_JSON = path.join(BENCH, 'results.json')
