// End-to-end journeys in a real Chromium against production builds: the bundled dataset, and Sanity mode against a stand-in.
import {existsSync} from 'node:fs'
import {defineConfig, devices} from '@playwright/test'
import {SANITY_MODE_PORT} from './e2e/support/sanity-mode-env'

const PORT = Number(process.env.E2E_PORT || 3100)
const systemChromium = '/usr/bin/chromium'
const SANITY_MODE_SPECS = /sanity-mode\.spec\.ts$/
// The cluster specs start their own servers: playwright.cluster.config.ts (npm run test:cluster).
const CLUSTER_SPECS = /cluster\.spec\.ts$/

export default defineConfig({
  testDir: 'e2e',
  // Only journeys: e2e/support/*.test.ts are Vitest unit tests of the test helpers.
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    {name: 'chromium', testIgnore: [SANITY_MODE_SPECS, CLUSTER_SPECS], use: {...devices['Desktop Chrome']}},
    {name: 'sanity-mode', testMatch: SANITY_MODE_SPECS, use: {...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${SANITY_MODE_PORT}`}},
  ],
  webServer: [
    {
      command: `node scripts/portal-server.mjs -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/news`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      // The statistics key and a one-second refresh of "Most read" for e2e/analytics.spec.ts.
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        NEXT_PUBLIC_SANITY_PROJECT_ID: '',
        NEXT_PUBLIC_SITE_URL: 'http://localhost:3000',
        ALERTS_STATS_TOKEN: 'e2e-stats-key',
        VIEWS_REFRESH_SECONDS: '1',
      },
    },
    {
      // Built by `npm run build:sanity-mode`; the specs start the Sanity stand-in themselves. /studio needs no content.
      command: 'npx tsx e2e/support/serve-sanity-mode.ts',
      url: `http://127.0.0.1:${SANITY_MODE_PORT}/studio`,
      // Never another process's server: the run needs this build, the stand-in's address and an empty data cache.
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
})
