// Types of shared-port.mjs for TypeScript code (the project compiles without allowJs).
import type {RequestListener, Server} from 'node:http'

export declare const REUSE_PORT_WORKS: boolean
export declare function listenOnSharedPort(
  handler: RequestListener,
  options: {port: number; hostname?: string; count?: number},
): Promise<{servers: Server[]; port: number; close: () => void}>
