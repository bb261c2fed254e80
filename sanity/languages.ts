// Countries and topics are translated field by field: English stays in `name`/`title` (their slugs and the English
// pages), other languages sit beside it in internationalized arrays ({language, value} per language).
import {internationalizedArray} from 'sanity-plugin-internationalized-array'

/** The languages content is translated into beside English, the portal's default. */
export const TRANSLATED_LANGUAGES = [{id: 'es', title: 'Español'}]

/** The plugin as the Studio uses it; its field types (internationalizedArrayString, …Text) also serve the offline dataset check. */
export const translatedFields = internationalizedArray({
  languages: TRANSLATED_LANGUAGES,
  defaultLanguages: ['es'],
  fieldTypes: ['string', 'text'],
  buttonLocations: ['field'],
})

/** The field types the plugin adds to the schema. */
export const translatedFieldTypes = Array.isArray(translatedFields.schema?.types) ? translatedFields.schema.types : []
