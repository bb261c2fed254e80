// Types of heavy-flags.mjs for TypeScript code (the project compiles without allowJs).
export const HEAVY_FLAG_BYTES: number
export const RASTER_SIZE: {width: number; height: number}
export const RASTER_DIR: string
export const SMALL_RASTER_SIZE: {width: number; height: number}
export const SMALL_RASTER_DIR: string
export const SMALL_FLAG_MAX_HEIGHT: number
export const REGION_FLAGS: string[]
export function flagSvgFile(code: string): string
export function isHeavyFlag(code: string): boolean
