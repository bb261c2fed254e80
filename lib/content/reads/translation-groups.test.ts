// Which version of a translated item each language lists, and where each item's translations live.
import {describe, expect, it} from 'vitest'
import {replacedIds, translationSlugsById, type TranslationGroup} from './translation-groups'

const pair: TranslationGroup = {
  members: [
    {id: 'item-en', language: 'en', slug: 'workers-return'},
    {id: 'item-es', language: 'es', slug: 'regresan-trabajadores'},
  ],
}
/** A Spanish translation linked but not published yet: it dereferences to nothing. */
const draftPair: TranslationGroup = {
  members: [
    {id: 'other-en', language: 'en', slug: 'other-item'},
    {id: null, language: null, slug: null},
  ],
}
/** Written in Spanish first, its English version linked later. */
const spanishFirst: TranslationGroup = {
  members: [
    {id: 'primero-es', language: 'es', slug: 'primero'},
    {id: 'first-en', language: 'en', slug: 'first'},
  ],
}

describe('replacedIds: each language lists a translated item once, in its own language when it has it', () => {
  it('leaves the other language’s version of a pair out of each language’s lists', () => {
    expect(replacedIds([pair, spanishFirst], 'es')).toEqual(['first-en', 'item-en'])
    expect(replacedIds([pair, spanishFirst], 'en')).toEqual(['item-es', 'primero-es'])
  })

  it('keeps an item whose translation is not published (or was unlinked) in every language', () => {
    expect(replacedIds([draftPair], 'es')).toEqual([])
    expect(replacedIds([draftPair], 'en')).toEqual([])
    expect(replacedIds([{members: null}, {members: []}], 'es')).toEqual([])
  })

  it('treats a member without a language as English, as the pages do', () => {
    expect(
      replacedIds(
        [
          {
            members: [
              {id: 'old', language: null, slug: 'old'},
              {id: 'nuevo', language: 'es', slug: 'nuevo'},
            ],
          },
        ],
        'es',
      ),
    ).toEqual(['old'])
  })
})

describe('translationSlugsById: where each version of a translated item lives', () => {
  it('gives both items of a pair both slugs', () => {
    const slugs = translationSlugsById([pair, draftPair])
    expect(slugs.get('item-en')).toEqual({en: 'workers-return', es: 'regresan-trabajadores'})
    expect(slugs.get('item-es')).toEqual({en: 'workers-return', es: 'regresan-trabajadores'})
  })

  it('knows nothing of an item whose translation is not published', () => {
    expect(translationSlugsById([draftPair]).has('other-en')).toBe(false)
  })

  it('keeps an item’s own slug for its language when a group holds two items of one language', () => {
    const twice: TranslationGroup = {members: [...pair.members!, {id: 'item-en-2', language: 'en', slug: 'second-english'}]}
    expect(translationSlugsById([twice]).get('item-en-2')).toEqual({en: 'second-english', es: 'regresan-trabajadores'})
  })
})
