'use client'
// The two share actions that need JavaScript: copy the link (with a visible "copied" state) and the browser's own share sheet.
import {useState, useSyncExternalStore} from 'react'
import {useTranslations} from 'next-intl'

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

export function ShareActions({url, title}: {url: string; title: string}) {
  const t = useTranslations('share')
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
          {copyState === 'copied' ? `✓ ${t('copied')}` : t('copy')}
        </button>
      )}
      {canShare && (
        <button type="button" onClick={onShare} className="share-link">
          {t('native')}
        </button>
      )}
      <p role="status" className="text-sm font-semibold text-green-800">
        {copyState === 'copied' ? t('copied') : copyState === 'failed' ? t('copyFailed') : ''}
      </p>
    </div>
  )
}
