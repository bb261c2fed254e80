// End-to-end journeys in a real Chromium against the production build, served on the bundled dataset.
import {existsSync} from 'node:fs'
import {defineConfig, devices} from '@playwright/test'

const PORT = Number(process.env.E2E_PORT || 3100)
const systemChromium = '/usr/bin/chromium'

export default defineConfig({
  testDir: 'e2e',
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
  projects: [{name: 'chromium', use: {...devices['Desktop Chrome']}}],
  webServer: {
    command: `npx next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/news`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: {NEXT_TELEMETRY_DISABLED: '1', NEXT_PUBLIC_SANITY_PROJECT_ID: '', NEXT_PUBLIC_SITE_URL: 'http://localhost:3000'},
  },
})
