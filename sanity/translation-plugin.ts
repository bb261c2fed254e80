// The translation plugin configured once: the Studio runs it, and the offline dataset check knows the types it adds.
import {documentInternationalization} from '@sanity/document-internationalization'
import type {SchemaTypeDefinition} from 'sanity'
import {CONTENT_LANGUAGES, TRANSLATED_TYPES} from './translations'

/** One document per language, linked in a translation.metadata document; the language is the items' `language` field. */
export const translationPlugin = documentInternationalization({
  supportedLanguages: CONTENT_LANGUAGES,
  schemaTypes: TRANSLATED_TYPES,
  languageField: 'language',
  // Links between translations stay weak, so an item can be unpublished or deleted while linked; the site already
  // ignores a link to an item that is not published (lib/content/reads/translation-groups.ts).
  weakReferences: true,
})

/** The schema types the plugin and the internationalized-array plugin it brings register (translation.metadata and its references). */
export function translationSchemaTypes(): SchemaTypeDefinition[] {
  return [translationPlugin, ...(translationPlugin.plugins ?? [])].flatMap((plugin) => {
    const types = typeof plugin === 'object' ? plugin.schema?.types : undefined
    return Array.isArray(types) ? types : []
  })
}
