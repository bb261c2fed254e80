// Types of mail-catcher.mjs, for the tests that import it.
export type CaughtMessage = {
  id: number
  envelopeTo: string[]
  subject: string
  from: string
  to: string
  date: string
  text: string
  html: string
  headers: Record<string, string>
  raw: string
}
export declare function startMailCatcher(options?: {host?: string; smtpPort?: number; webPort?: number; keep?: number}): Promise<{
  messages: CaughtMessage[]
  smtpUrl: string
  webUrl: string
  close(): Promise<unknown>
}>
