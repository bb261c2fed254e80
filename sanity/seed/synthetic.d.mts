// Types for the synthetic dataset generator, so TypeScript code (tests, the search benchmark) can import it.
export type SyntheticDocument = {_id: string; _type: string; [field: string]: unknown}
export type ReferenceDocuments = {countries: SyntheticDocument[]; tags: SyntheticDocument[]}

export const GENERATOR_VERSION: number
export const DEFAULT_SEED: number
export const DEFAULT_SIZES: number[]
export const SYNTHETIC_TITLE_PREFIX: string
export const SYNTHETIC_ID_PREFIX: string

export function loadReferenceDocuments(file?: string): ReferenceDocuments
export function generateNewsItem(index: number, seed: number, references: ReferenceDocuments): SyntheticDocument
export function generateDocuments(options: {items: number; seed?: number; references?: ReferenceDocuments}): Generator<SyntheticDocument>
export function generateDataset(options: {items: number; seed?: number}): SyntheticDocument[]
export function datasetFile(items: number, directory?: string): string
export function writeDatasetFile(options: {items: number; seed?: number; directory?: string; force?: boolean}): Promise<string>
