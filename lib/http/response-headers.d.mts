// Types of response-headers.mjs for TypeScript code (the project compiles without allowJs).
import type {IncomingMessage, ServerResponse} from 'node:http'

export interface HeaderCondition {
  type: string
  key: string
  value?: string
}
export interface HeaderRule {
  source: string
  headers: {key: string; value: string}[]
  has?: HeaderCondition[]
  missing?: HeaderCondition[]
}
export type HeaderSetter = (req: IncomingMessage, res: ServerResponse) => void
export const RESPONSE_HEADERS_FILE: string
export function compileResponseHeaders(rules: HeaderRule[]): HeaderSetter
export function writeResponseHeaders(distDir: string, rules: HeaderRule[]): void
export function loadResponseHeaders(distDir: string): HeaderSetter
