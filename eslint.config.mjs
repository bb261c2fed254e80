// Lint rules: Next's core-web-vitals and TypeScript sets, with generated files left out.
import {defineConfig, globalIgnores} from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.next-sanity/**', 'out/**', 'next-env.d.ts', 'sanity.types.ts', 'test-results/**', 'playwright-report/**', 'bench/.data/**', 'bench/.out/**']),
])
