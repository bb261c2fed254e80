// Types of node-flags.mjs for TypeScript code (the project compiles without allowJs).
export declare const PGLITE_NODE_FLAGS: string[]
