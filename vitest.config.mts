// Unit tests: next to the code they test, in Node, with the project's "@/" alias.
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

const root = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  // `server-only` throws outside React's server build; tests run server code directly, so it becomes a no-op here.
  resolve: {alias: {'@': root, 'server-only': path.join(root, 'node_modules/server-only/empty.js')}},
  test: {
    environment: 'node',
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.next/**', '.next-sanity/**', 'e2e/*.spec.ts', 'bench/**', '.typegen-check/**'],
    testTimeout: 60_000,
    // Set-up that starts PGlite, Redis or an SMTP server waits for the machine: never a failure of its own on a busy CI.
    hookTimeout: 60_000,
    setupFiles: ['./vitest.setup.ts'],
    // next-intl imports `next/navigation` without an extension, which only a bundler resolves: Vite handles it here.
    server: {deps: {inline: ['next-intl']}},
  },
})
