// Types of page-etag.mjs for TypeScript code (the project compiles without allowJs).
import type {IncomingMessage, ServerResponse} from 'node:http'

export declare function ifNoneMatchHolds(header: string | undefined, etag: string): boolean
export declare function addPageValidator(req: IncomingMessage, res: ServerResponse): void
