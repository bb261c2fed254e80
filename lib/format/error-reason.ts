// An error named in one line for the server log: "Name: message", never a stack (callers cut it to their length).

export function errorReason(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
}
