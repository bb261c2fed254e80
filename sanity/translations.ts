// The languages news items are written in, for the Studio's translation plugin and the item's language field.
import type {Template} from 'sanity'

export const CONTENT_LANGUAGES = [
  {id: 'en', title: 'English'},
  {id: 'es', title: 'Español'},
]

/** Document types written once per language and linked as translations. */
export const TRANSLATED_TYPES = ['newsItem']

/**
 * New items are created from the plugin's per-language templates ("English News item", "Español News item"), which
 * set the language: Sanity's default template for the type, which would leave it unset, is left out.
 */
export function withoutUntranslatedTemplates(templates: Template[]): Template[] {
  return templates.filter((template) => !TRANSLATED_TYPES.includes(template.id))
}
