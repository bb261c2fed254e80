// Types of header-route.mjs for TypeScript code (the project compiles without allowJs).
/** Whether a path matches a header rule's source, as Next matches next.config.ts `headers()` sources. */
export function headerRouteMatcher(source: string): (pathname: string) => boolean
