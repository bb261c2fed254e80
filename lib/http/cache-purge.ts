// After the webhook revalidates tags, the HTTP cache in front (Varnish) drops the pages carrying them as surrogate keys.
import 'server-only'

let warned = false

/** Where Varnish takes purges: `VARNISH_PURGE_URL`, one address or several separated by commas (one per Varnish). */
function purgeAddresses(): string[] {
  return (process.env.VARNISH_PURGE_URL ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean)
}

/**
 * Soft-purges every object carrying one of the tags (xkey): Varnish keeps it for grace, so it still serves it if
 * every backend is down, and otherwise fetches it again. Never throws: a failed purge is logged once, and the page
 * then follows within its time to live in Varnish.
 */
export async function purgeSurrogateKeys(tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return
  await Promise.all(
    purgeAddresses().map(async (address) => {
      try {
        const response = await fetch(address, {method: 'PURGE', headers: {'xkey-softpurge': tags.join(' ')}, signal: AbortSignal.timeout(2000)})
        if (!response.ok) throw new Error(`status ${response.status}`)
      } catch (error) {
        if (warned) return
        warned = true
        console.error(`[revalidate] purging the HTTP cache at ${address} failed (${error instanceof Error ? error.message : String(error)})`)
      }
    }),
  )
}
