// Where the bundled content lives, named once for the scripts, tests and benchmarks that read it (paths from the repository root).
import path from 'node:path'

/** The bundled dataset in Sanity's export format: local mode's default and what `content:import` pushes. */
export const BUNDLED_DATASET_FILE = path.join('sanity', 'seed', 'production.ndjson')

/** The newsroom's seed text, verbatim: the source of truth the bundled dataset is checked against. */
export const SEED_TEXT_FILE = path.join('sanity', 'seed', 'labour-migration-news.txt')
