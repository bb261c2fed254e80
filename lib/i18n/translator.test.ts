// The translator is shared by every render of a language: each call must still format its own values, in its language.
import {describe, expect, it} from 'vitest'
import {translator} from './translator'

describe('the shared translator', () => {
  it('formats each call with its own values, in the language asked for', () => {
    expect(translator('es')('search.results', {total: 1})).toBe('1 resultado')
    expect(translator('es')('search.results', {total: 7})).toBe('7 resultados')
    expect(translator('en')('search.resultsFor', {total: 2, q: 'visa'})).toBe('2 results for “visa”')
    expect(translator('en')('search.resultsFor', {total: 1, q: 'permiso'})).toBe('1 result for “permiso”')
  })
})
