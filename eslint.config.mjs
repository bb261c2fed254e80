// Lint rules: Next's core-web-vitals and TypeScript sets, with generated files left out, and links only through our
// intent-prefetching component.
import {defineConfig, globalIgnores} from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['components/ui/link.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {paths: [{name: 'next/link', message: "Use {Link} from '@/components/ui/link': it prefetches on intent, not on sight."}]},
      ],
    },
  },
  globalIgnores(['.next/**', '.next-sanity/**', 'out/**', 'next-env.d.ts', 'sanity.types.ts', 'test-results/**', 'playwright-report/**', 'bench/.data/**', 'bench/.out/**']),
])
