// Types for page-cache-handler.mjs (plain JavaScript: Next loads cache handlers without compiling them), for its tests.
import {fileSystemCache as FileSystemCache} from '../next-internals/cache.mjs'

export const TAGS_HEADER: string
export function surrogateKeys(headers: unknown): string | undefined
export function encodeEntry(entry: unknown): string
export function decodeEntry(text: string): unknown
export const NOT_THE_PAGE_ENTRIES: number
export default class PageCacheHandler extends FileSystemCache {}
