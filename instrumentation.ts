// Starts the alerts' background work (fan-out, digests, sending) once per server process, never during a build.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build' || process.env.ALERTS_WORKER === 'off') return
  const [{startRunner}, {isSanityConfigured}] = await Promise.all([import('./lib/alerts/runner'), import('./sanity/env')])
  startRunner({localMode: !isSanityConfigured}).catch((error: unknown) => {
    console.error(`[alerts] could not start: ${error instanceof Error ? error.message : String(error)}`)
  })
}
