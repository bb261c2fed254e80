// The client's own address builder must agree with next-intl's getPathname, which the server uses.
import {describe, expect, it} from 'vitest'
import {createNavigation} from 'next-intl/navigation'
import {localeHref, splitLocale} from './paths'
import {LOCALES, routing} from './routing'

const {getPathname} = createNavigation(routing)

const HREFS = ['/', '/news', '/news/some-item', '/news?q=trabajadores&country=mexico', '/countries/mexico/page/2', '/?q=x', '/topics#list']

describe('localeHref', () => {
  for (const locale of LOCALES) {
    for (const href of HREFS) {
      it(`${locale} ${href} matches next-intl`, () => {
        expect(localeHref(locale, href)).toBe(getPathname({locale, href}))
      })
    }
  }
})

describe('splitLocale', () => {
  it('reads the language and the English-form path of a browser address', () => {
    expect(splitLocale('/es/news/x')).toEqual({locale: 'es', path: '/news/x'})
    expect(splitLocale('/es')).toEqual({locale: 'es', path: '/'})
    expect(splitLocale('/en/news/x')).toEqual({locale: 'en', path: '/news/x'})
    expect(splitLocale('/news/x')).toEqual({locale: 'en', path: '/news/x'})
    expect(splitLocale('/')).toEqual({locale: 'en', path: '/'})
    expect(splitLocale('/estonia')).toEqual({locale: 'en', path: '/estonia'})
  })
})
