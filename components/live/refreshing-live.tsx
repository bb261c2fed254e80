'use client'
// Readers' Sanity Live: a published change refreshes the open page from the caches, after a random delay, and never
// calls a server action (security review 2026-12-05, N1/N2: a public action that expired caches was an amplifier).
import {useRouter} from 'next/navigation'
import {SanityLive} from 'next-sanity/live/client-components'
import {startTransition, useCallback, type ComponentProps} from 'react'

/** One publish is heard by every open tab at once: each waits a random part of this before asking for the page. */
export const REFRESH_SPREAD_MS = 3_000

/**
 * The signed webhook that comes with a publish marks our tags stale, so the first refresh after it is answered from
 * the stale entry while Next renders the new one; a second refresh this much later shows it. It also covers a
 * webhook that lands a few seconds after the Live event.
 */
export const SECOND_LOOK_MS = 8_000

type Props = Omit<ComponentProps<typeof SanityLive>, 'action' | 'includeDrafts' | 'waitFor' | 'onError' | 'onWelcome' | 'onReconnect' | 'onRestart' | 'onGoAway'>

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function RefreshingLive(props: Props) {
  const router = useRouter()
  const action = useCallback(async (): Promise<'refresh'> => {
    await wait(Math.random() * REFRESH_SPREAD_MS)
    setTimeout(() => startTransition(() => router.refresh()), SECOND_LOOK_MS)
    return 'refresh'
  }, [router])
  return (
    <SanityLive
      {...props}
      includeDrafts={undefined}
      waitFor={undefined}
      action={action}
      onError={undefined}
      onWelcome={undefined}
      onReconnect={undefined}
      onRestart={undefined}
      onGoAway={undefined}
    />
  )
}
