// JSON as text that carries no markup: a value that echoes a hostile address cannot turn into HTML if a browser or a
// careless partner page ever treats the answer as such (the same escapes JSON allows, as in JSON-in-script).
const UNSAFE = /[<>&\u2028\u2029]/g

/** JSON.stringify, with <, >, & and the two line separators written as \u escapes (the same value once parsed). */
export function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
