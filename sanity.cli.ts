// Sanity CLI settings: the project for dataset import/export and where TypeGen reads and writes.
import {defineCliConfig} from 'sanity/cli'

export default defineCliConfig({
  api: {
    projectId: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || 'not-configured',
    dataset: process.env.NEXT_PUBLIC_SANITY_DATASET || 'production',
  },
  typegen: {
    path: './lib/content/**/*.ts',
    // Overridable so `npm run typegen:check` can regenerate beside the committed files and compare.
    schema: process.env.TYPEGEN_SCHEMA || './sanity/schema.json',
    generates: process.env.TYPEGEN_OUTPUT || './sanity.types.ts',
    overloadClientMethods: true,
  },
})
