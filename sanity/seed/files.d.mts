// Types of files.mjs, so TypeScript code can import the bundled files' paths without allowJs.
export declare const BUNDLED_DATASET_FILE: string
export declare const SEED_TEXT_FILE: string
