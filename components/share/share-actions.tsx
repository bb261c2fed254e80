'use client'
// The two share actions that need JavaScript: copy the link (with a visible "copied" state) and the browser's own share sheet.
// Its text comes from the server as props.
import {useState, useSyncExternalStore} from 'react'

type CopyState = 'idle' | 'copied' | 'failed'

const subscribeNever = () => () => {}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    const field = document.createElement('textarea')
    field.value = text
    field.setAttribute('readonly', '')
    field.style.position = 'fixed'
    field.style.opacity = '0'
    document.body.append(field)
    field.select()
    const copied = document.execCommand('copy')
    field.remove()
    return copied
  }
}

export type ShareActionsText = {copy: string; copied: string; copyFailed: string; native: string}

export function ShareActions({url, title, text}: {url: string; title: string; text: ShareActionsText}) {
  const [copyState, setCopyState] = useState<CopyState>('idle')
  // Rendered only in the browser: without JavaScript these buttons could do nothing.
  const hydrated = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  )
  const canShare = useSyncExternalStore(
    subscribeNever,
    () => typeof navigator.share === 'function',
    () => false,
  )

  async function onCopy() {
    setCopyState((await copyText(url)) ? 'copied' : 'failed')
  }

  async function onShare() {
    try {
      await navigator.share({title, url})
    } catch {
      // The reader closed the share sheet; nothing to report.
    }
  }

  return (
    <div className="mt-3 flex flex-wrap items-center gap-2">
      {hydrated && (
        <button type="button" onClick={onCopy} className="share-link" data-state={copyState}>
          {copyState === 'copied' ? `✓ ${text.copied}` : text.copy}
        </button>
      )}
      {canShare && (
        <button type="button" onClick={onShare} className="share-link">
          {text.native}
        </button>
      )}
      <p role="status" className="text-sm font-semibold text-green-800">
        {copyState === 'copied' ? text.copied : copyState === 'failed' ? text.copyFailed : ''}
      </p>
    </div>
  )
}
