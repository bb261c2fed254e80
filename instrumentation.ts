// Starts the background work of each server process, never during a build: the shared search index brought up to
// date (searches answer from the last one meanwhile), and the alerts' fan-out, digests and sending.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const {startSearchSync} = await import('./lib/content/reads/search-sync')
  // A failure is logged there, and the next search tries again.
  startSearchSync()
  if (process.env.ALERTS_WORKER === 'off') return
  const [{startRunner}, {isSanityConfigured}] = await Promise.all([import('./lib/alerts/runner'), import('./sanity/env')])
  startRunner({localMode: !isSanityConfigured}).catch((error: unknown) => {
    console.error(`[alerts] could not start: ${error instanceof Error ? error.message : String(error)}`)
  })
}
