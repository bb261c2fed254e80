// The cluster specs: they start Varnish, Redis and two instances themselves (npm run test:cluster), so no webServer here.
import {defineConfig} from '@playwright/test'

export default defineConfig({
  testDir: 'e2e',
  testMatch: /cluster\.spec\.ts$/,
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  timeout: 120_000,
})
