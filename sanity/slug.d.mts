// Types of slug.mjs, so TypeScript code can import the one slug rule without allowJs.
export declare function slugify(text: string, maxLength?: number): string
export declare const SLUG_PATTERN: RegExp
export declare function isSlug(value: string): boolean
