// TEST DATA ONLY: an English and a Spanish news item linked as translations (as Sanity's document-internationalization
// plugin stores them), for the Sanity-mode specs. Neither is news; every text says it is test data.
import type {StandInDocument} from './sanity-stand-in'

export type PairItem = StandInDocument & {title: string; summary: string; slug: {_type: 'slug'; current: string}}

function block(key: string, text: string) {
  return {_key: key, _type: 'block', style: 'normal', markDefs: [], children: [{_key: `${key}-span`, _type: 'span', marks: [], text}]}
}

const shared = {
  _type: 'newsItem',
  publishedAt: '2030-02-01T15:00:00Z',
  countries: [{_key: 'gt', _type: 'reference', _ref: 'country-gt'}],
  topics: [{_key: 'er', _type: 'reference', _ref: 'tag-ethical-recruitment'}],
}

export const PAIR_ENGLISH: PairItem = {
  ...shared,
  _id: 'newsItem-e2e-translation-en',
  language: 'en',
  title: 'Translation test item: the English version (test data only)',
  slug: {_type: 'slug', current: 'translation-test-item-english'},
  place: 'Test City',
  summary: 'Test data only: the English version of a translated pair, about seasonal workers and fair recruitment.',
  body: [block('en1', 'This text exists only in the end-to-end test dataset. It is not news.')],
}

export const PAIR_SPANISH: PairItem = {
  ...shared,
  _id: 'newsItem-e2e-translation-es',
  language: 'es',
  title: 'Noticia de prueba de traducción: la versión en español (solo datos de prueba)',
  slug: {_type: 'slug', current: 'noticia-de-prueba-traduccion'},
  place: 'Ciudad de Prueba',
  summary: 'Solo datos de prueba: la versión en español de un par traducido, sobre trabajadores temporeros y contratación equitativa.',
  body: [block('es1', 'Este texto solo existe en los datos de las pruebas de extremo a extremo. No es una noticia.')],
}

function translation(key: string, language: string, id: string) {
  return {_key: key, _type: 'internationalizedArrayReferenceValue', language, value: {_type: 'reference', _ref: id}}
}

/** The plugin's metadata document linking the two (published references, as after both items are published). */
export function pairMetadata(linked: PairItem[] = [PAIR_ENGLISH, PAIR_SPANISH]): StandInDocument {
  return {
    _id: 'translation-metadata-e2e-test-only',
    _type: 'translation.metadata',
    schemaTypes: ['newsItem'],
    translations: linked.map((item, index) => translation(`e2e${index}`, item.language as string, item._id)),
  }
}
