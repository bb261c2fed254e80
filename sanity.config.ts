// The Studio embedded at /studio: the schema, the desk structure, live preview (Presentation) and the GROQ playground.
'use client'

import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {presentationTool} from 'sanity/presentation'
import {structureTool} from 'sanity/structure'
import {publishNewsItem} from './sanity/actions/publish-news-item'
import {apiVersion, dataset, studioBasePath, studioProjectId} from './sanity/env'
import {resolve} from './sanity/presentation/resolve'
import {schemaTypes} from './sanity/schemaTypes'
import {structure} from './sanity/structure'

export default defineConfig({
  name: 'labour-migration-news',
  title: 'Labour Migration News',
  basePath: studioBasePath,
  projectId: studioProjectId,
  dataset,
  schema: {types: schemaTypes},
  document: {
    // News items get their publication date when first published, and keep their earlier web addresses when renamed.
    actions: (previous, context) =>
      context.schemaType === 'newsItem' ? previous.map((action) => (action.action === 'publish' ? publishNewsItem(action) : action)) : previous,
  },
  plugins: [
    structureTool({structure}),
    // The site is served from the same origin as the Studio, so the preview opens the site's own draft-mode route.
    presentationTool({
      title: 'Preview',
      resolve,
      previewUrl: {previewMode: {enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable'}},
    }),
    visionTool({defaultApiVersion: apiVersion}),
  ],
})
