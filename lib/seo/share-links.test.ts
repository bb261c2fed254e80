// Share links carry the page's address and title, encoded so nothing in a title can break them.
import {describe, expect, it} from 'vitest'
import {shareTargets} from './share-links'

describe('shareTargets', () => {
  const targets = shareTargets({url: 'https://news.example.org/countries/el-salvador', title: 'El Salvador & Guatemala: news?'})
  const byNetwork = Object.fromEntries(targets.map((target) => [target.network, new URL(target.href)]))

  it('offers WhatsApp, email, LinkedIn, X and Facebook', () => {
    expect(targets.map((target) => target.label)).toEqual(['WhatsApp', 'Email', 'LinkedIn', 'X', 'Facebook'])
  })

  it('puts the page URL and title where each network reads them', () => {
    expect(byNetwork.whatsapp!.searchParams.get('text')).toBe('El Salvador & Guatemala: news? https://news.example.org/countries/el-salvador')
    expect(byNetwork.email!.protocol).toBe('mailto:')
    expect(byNetwork.email!.searchParams.get('subject')).toBe('El Salvador & Guatemala: news?')
    expect(byNetwork.email!.searchParams.get('body')).toContain('https://news.example.org/countries/el-salvador')
    expect(byNetwork.linkedin!.searchParams.get('url')).toBe('https://news.example.org/countries/el-salvador')
    expect(byNetwork.x!.searchParams.get('url')).toBe('https://news.example.org/countries/el-salvador')
    expect(byNetwork.x!.searchParams.get('text')).toBe('El Salvador & Guatemala: news?')
    expect(byNetwork.facebook!.searchParams.get('u')).toBe('https://news.example.org/countries/el-salvador')
  })
})
