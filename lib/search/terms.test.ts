// Word keys decide what a reader's query finds: accents, case and plurals must not matter.
import {describe, expect, it} from 'vitest'
import {foldAccents, highlight, queryWords, searchTerms, termKey} from './terms'

describe('termKey', () => {
  it.each([
    ['migrants', 'migrant'],
    ['Trabajadores', 'trabajador'],
    ['países', 'país'],
    ['policies', 'policy'],
    ['wages', 'wage'],
    ['boxes', 'box'],
    ['clases', 'clase'],
  ])('gives "%s" the same key as "%s"', (plural, singular) => {
    expect(termKey(plural)).toBe(termKey(singular))
  })

  it('keeps words that only look plural', () => {
    expect(termKey('business')).toBe('business')
    expect(termKey('crisis')).toBe('crisis')
    expect(termKey('status')).toBe('status')
  })
})

describe('searchTerms', () => {
  it('folds accents and case and drops stop words', () => {
    expect(foldAccents('Migración MÉXICO')).toBe('migracion mexico')
    expect(searchTerms('The recruitment of migrants in México')).toEqual(['recruitment', 'migrant', 'mexico'])
  })

  it('splits COVID-19 into its parts', () => {
    expect(searchTerms('COVID-19')).toEqual(['covid', '19'])
  })

  it('treats GROQ and HTML fragments as plain words', () => {
    expect(searchTerms('*[_type == "x"] <script>alert(1)</script>')).toEqual(searchTerms('type x script alert 1 script'))
    expect(searchTerms('" \\ ] $ * ')).toEqual([])
  })
})

describe('Spanish text', () => {
  it('is keyed by Spanish stems with Spanish stop words dropped, marked apart from English keys', () => {
    expect(searchTerms('La contratación de las trabajadoras migrantes', 'es')).toEqual(['es:contrat', 'es:trabaj', 'es:migrant'])
    expect(searchTerms('contratar trabajadores', 'es')).toEqual(['es:contrat', 'es:trabaj'])
  })

  it('a query word carries its key in each language, and a stop word of either language is dropped', () => {
    expect(queryWords('permisos de trabajo')).toEqual([
      ['permiso', 'es:permis'],
      ['trabajo', 'es:trabaj'],
    ])
    expect(queryWords('the y sobre')).toEqual([])
  })

  it('"reclutamiento" also looks for the site\'s own word, "contratación"', () => {
    expect(queryWords('reclutamiento')).toEqual([['reclutamiento', 'es:reclut', 'es:contrat']])
  })

  it('highlights a Spanish text by its own keys', () => {
    expect(highlight('Contratación ética', new Set(['es:contrat']), 'es')).toEqual([
      {text: 'Contratación', match: true},
      {text: ' ética', match: false},
    ])
  })
})

describe('highlight', () => {
  it('marks every word whose key matched, keeping the text as written', () => {
    const segments = highlight('Migrant workers and migrants’ rights', new Set(['migrant']))
    expect(segments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['Migrant', 'migrants'])
    expect(segments.map((segment) => segment.text).join('')).toBe('Migrant workers and migrants’ rights')
  })

  it('returns the text whole when nothing matched', () => {
    expect(highlight('Recruitment scams', new Set())).toEqual([{text: 'Recruitment scams', match: false}])
  })
})
