// Ports and test-only secrets of the Sanity-mode run: the build, the server and the specs must agree on them.
import {DEFAULT_API_VERSION} from '../../sanity/env'

const basePort = Number(process.env.E2E_PORT || 3100)

/** The portal built and served in Sanity mode (its own build in .next-sanity). */
export const SANITY_MODE_PORT = Number(process.env.E2E_SANITY_PORT || basePort + 1)

/** The stand-in for Sanity's query API that the Sanity-mode specs start and control. */
export const STAND_IN_PORT = Number(process.env.E2E_STAND_IN_PORT || basePort + 2)

export const SANITY_MODE_DIST_DIR = '.next-sanity'

/** Throwaway values that exist only in the tests; the secrets test proves none of them reaches the browser. */
export const TEST_SECRETS = {
  readToken: 'e2e-read-token-5c1f0a7d93b2',
  revalidateSecret: 'e2e-webhook-secret-8e41b6d2c7f9',
  previewSecret: 'e2e-preview-secret-2d97a3f6e0c1',
} as const

/** The environment of both `next build` and `next start` in Sanity mode. */
export function sanityModeEnv(): Record<string, string> {
  return {
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: SANITY_MODE_DIST_DIR,
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'standin',
    NEXT_PUBLIC_SANITY_DATASET: 'production',
    NEXT_PUBLIC_SANITY_API_VERSION: DEFAULT_API_VERSION,
    NEXT_PUBLIC_SITE_URL: 'http://localhost:3000',
    SANITY_API_HOST: `http://127.0.0.1:${STAND_IN_PORT}`,
    SANITY_API_READ_TOKEN: TEST_SECRETS.readToken,
    SANITY_REVALIDATE_SECRET: TEST_SECRETS.revalidateSecret,
  }
}
