'use client'
// Readers' Sanity Live: a published change refreshes the open page from the caches, after a random delay, and never
// calls a server action (security review 2026-12-05, N1/N2: a public action that expired caches was an amplifier).
import {useRouter} from 'next/navigation'
import {SanityLive} from 'next-sanity/live/client-components'
import {startTransition, useCallback, type ComponentProps} from 'react'

/** One publish is heard by every open tab at once: each waits a random part of this before asking for the page. */
export const REFRESH_SPREAD_MS = 3_000

/**
 * The signed webhook that comes with a publish marks our tags stale (stale-while-revalidate), so a refresh right after
 * it is answered from the stale page while Next renders the new one, which may itself read a stale entry and take
 * another round. Later looks pick the new page up; they also cover a webhook that lands seconds after the Live event.
 * Each is answered from the caches (Varnish, Next), never by expiring anything.
 */
export const LATER_LOOKS_MS = [4_000, 10_000]

type Props = Omit<ComponentProps<typeof SanityLive>, 'action' | 'includeDrafts' | 'waitFor' | 'onError' | 'onWelcome' | 'onReconnect' | 'onRestart' | 'onGoAway'>

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function RefreshingLive(props: Props) {
  const router = useRouter()
  const action = useCallback(async (): Promise<'refresh'> => {
    await wait(Math.random() * REFRESH_SPREAD_MS)
    for (const delay of LATER_LOOKS_MS) setTimeout(() => startTransition(() => router.refresh()), delay)
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
