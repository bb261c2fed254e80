// Types of header-route.mjs for TypeScript code (the project compiles without allowJs).
import type {IncomingMessage} from 'node:http'

/** Whether a path matches a header rule's source, as Next matches next.config.ts `headers()` sources. */
export function headerRouteMatcher(source: string): (pathname: string) => boolean
/** The path and query Next's router matches rules against. */
export function routedAddress(url: string): {pathname: string; query: Record<string, string | string[]>}
/** Whether a rule's `has` and `missing` conditions hold for a request, checked by Next's own function. */
export function conditionsHold(req: IncomingMessage, query: Record<string, string | string[]>, has: object[] | undefined, missing: object[] | undefined): boolean
