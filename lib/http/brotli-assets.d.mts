// Types of brotli-assets.mjs for TypeScript code (the project compiles without allowJs).
import type {IncomingMessage, ServerResponse} from 'node:http'

export declare function writeBrotliCopies(distDir: string, options?: {concurrency?: number}): Promise<number>
export declare function acceptsBrotli(header: string | undefined): boolean
export interface BrotliAssets {
  size: number
  someAddress: string | null
  learnHeaders(headers: Record<string, string | string[] | number | undefined>): void
  answer(req: IncomingMessage, res: ServerResponse): boolean
}
export declare function brotliAssets(distDir: string): Promise<BrotliAssets>
