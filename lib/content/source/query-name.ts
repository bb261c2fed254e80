// The exported name of a query (for one-line logs that say which read failed), looked up from queries.ts.
import * as queries from '../queries'

const QUERY_NAMES = new Map<string, string>(
  Object.entries(queries).flatMap(([name, value]) => (typeof value === 'string' ? [[value, name] as const] : [])),
)

export function queryName(query: string): string {
  return QUERY_NAMES.get(query) ?? 'ad-hoc query'
}
