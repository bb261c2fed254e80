// Types of content-dataset.mjs's pure parts, so its unit test can import them without allowJs.
export type ContentCommand = {command: 'import' | 'export'; file: string | undefined; replace: boolean; dryRun: boolean}
export declare function parseArguments(argv: string[]): ContentCommand
export declare function exportFiles(file: string | undefined, dataset: string): {ndjson: string; tarball: string}
export declare function sanityArguments(options: ContentCommand & {projectId: string; dataset: string}): string[]
export declare function rawExportArguments(options: {projectId: string; dataset: string; tarball: string}): string[]
export declare function assetFailures(log: string): Array<{status: number; id: string}>
export declare function withoutSystemDocuments(ndjson: string | Uint8Array): {text: string; dropped: number}
