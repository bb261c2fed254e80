// The Studio embedded at /studio: the schema, the desk structure, live preview (Presentation), the GROQ playground,
// news items linked to their translations, and the Studio itself in English or Spanish (each user picks).
'use client'

import {esESLocale} from '@sanity/locale-es-es'
import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {presentationTool} from 'sanity/presentation'
import {structureTool} from 'sanity/structure'
import {documentActions, newDocumentOptions, toolsFor} from './sanity/config/document-rules'
import {apiVersion, dataset, studioBasePath, studioProjectId} from './sanity/env'
import {resolve} from './sanity/presentation/resolve'
import {translatedFields} from './sanity/languages'
import {schemaTypes} from './sanity/schemaTypes'
import {translationPlugin} from './sanity/translation-plugin'
import {withoutUntranslatedTemplates} from './sanity/translations'
import {defaultDocumentNode, structure} from './sanity/structure'
import {readersDashboardTool} from './sanity/tools/readers-dashboard'
import {dashboardEnglish, dashboardSpanish} from './sanity/tools/readers-dashboard-i18n'

export default defineConfig({
  name: 'labour-migration-news',
  title: 'Labour Migration News',
  basePath: studioBasePath,
  projectId: studioProjectId,
  dataset,
  schema: {types: schemaTypes, templates: withoutUntranslatedTemplates},
  document: {
    // News items get their publication date when first published, keep their earlier web addresses when renamed, are
    // duplicated without either, and can be deleted with their translation links; the site settings are never deleted.
    actions: (previous, context) => documentActions(previous, context.schemaType),
    // The site settings (Studio → Site settings) and the translation links (made by "Create translation") are not
    // offered under "Create new".
    newDocumentOptions,
  },
  // Vision (the GROQ playground) reads drafts with the user's rights: administrators only. Readers: what is read and
  // who subscribes, for the comms team (docs/analytics.md), in the Studio's language.
  tools: (previous, {currentUser}) => [...toolsFor(previous, currentUser), readersDashboardTool],
  i18n: {bundles: [dashboardEnglish, dashboardSpanish]},
  plugins: [
    structureTool({structure, defaultDocumentNode}),
    // The site is served from the same origin as the Studio, so the preview opens the site's own draft-mode route.
    presentationTool({
      title: 'Preview',
      resolve,
      previewUrl: {previewMode: {enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable'}},
    }),
    visionTool({defaultApiVersion: apiVersion}),
    // Countries and topics are translated field by field (sanity/languages.ts).
    translatedFields,
    // One document per language, linked in a translation.metadata document: an item shows its translations and
    // offers to create the missing one; new items get their language from the template they are created from.
    translationPlugin,
    esESLocale(),
  ],
})
