// The Studio embedded at /studio: the schema, the desk structure and the GROQ playground.
'use client'

import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'
import {apiVersion, dataset, studioBasePath, studioProjectId} from './sanity/env'
import {schemaTypes} from './sanity/schemaTypes'
import {structure} from './sanity/structure'

export default defineConfig({
  name: 'labour-migration-news',
  title: 'Labour Migration News',
  basePath: studioBasePath,
  projectId: studioProjectId,
  dataset,
  schema: {types: schemaTypes},
  plugins: [structureTool({structure}), visionTool({defaultApiVersion: apiVersion})],
})
