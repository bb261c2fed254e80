// Which parts of the message catalogue client components render: only these reach the browser.
import type en from '@/messages/en.json'

export type Messages = typeof en

export const CLIENT_NAMESPACES = ['site', 'skipToContent', 'nav', 'search', 'share', 'error', 'language'] as const

export type ClientMessages = Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>

export function pickClientMessages(all: Messages): ClientMessages {
  return Object.fromEntries(CLIENT_NAMESPACES.map((key) => [key, all[key]])) as ClientMessages
}
