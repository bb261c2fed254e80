// The proxy's gate for server-action calls: which ids it knows, and which bodies it lets reach next-sanity's editor actions.
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {editorActionBodyValid, inDraftMode, loadActionGate} from './server-action-gate'

function build(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'action-gate-'))
  mkdirSync(path.join(dir, 'server'))
  const editorModule = 'node_modules/next-sanity/dist/visual-editing/server-actions/index.js'
  writeFileSync(
    path.join(dir, 'server', 'server-reference-manifest.json'),
    JSON.stringify({
      node: {
        aa01: {filename: 'lib/content/fetch-content.ts', exportedName: '$$RSC_SERVER_CACHE_0'},
        aa02: {filename: 'node_modules/next-sanity/dist/live/server-actions/index.js', exportedName: 'revalidateSyncTagsAction'},
        aa03: {filename: editorModule, exportedName: 'perspectiveChangeAction'},
        aa04: {filename: editorModule, exportedName: 'variantChangeAction'},
        aa05: {filename: 'lib/elsewhere.ts', exportedName: 'perspectiveChangeAction'},
      },
    }),
  )
  writeFileSync(path.join(dir, 'prerender-manifest.json'), JSON.stringify({preview: {previewModeId: 'd6d68245faccff8b69bf9c16d57bcca9'}}))
  return dir
}

describe('the server-action gate', () => {
  it('knows only next-sanity’s two editor actions, and the build’s draft-mode cookie', () => {
    const gate = loadActionGate(build())
    expect([...gate.editorActions]).toEqual([
      ['aa03', 'perspectiveChangeAction'],
      ['aa04', 'variantChangeAction'],
    ])
    expect(inDraftMode('d6d68245faccff8b69bf9c16d57bcca9', gate)).toBe(true)
    expect(inDraftMode(undefined, gate)).toBe(false)
    expect(inDraftMode('an-editor', gate)).toBe(false)
  })

  it('lets nothing through when the build has no manifests', () => {
    const gate = loadActionGate(mkdtempSync(path.join(tmpdir(), 'action-gate-empty-')))
    expect(gate.editorActions.size).toBe(0)
    expect(inDraftMode(undefined, gate)).toBe(false)
  })

  it('takes what Presentation sends: a perspective name, a release stack, a variant id or none', () => {
    for (const body of ['["drafts"]', '["published"]', '[["rAbC123","drafts"]]', '["rAbC123,drafts"]']) {
      expect(editorActionBodyValid('perspectiveChangeAction', body), body).toBe(true)
    }
    for (const body of ['["Ab12cd34"]', '["$undefined"]', '[null]', '[""]']) expect(editorActionBodyValid('variantChangeAction', body), body).toBe(true)
  })

  it('refuses what makes next-sanity throw (a 500) or is no switch at all', () => {
    const refused = [
      '[[]]',
      '[""]',
      '["raw"]',
      '[["sanity:s1:0"]]',
      '[]',
      '["drafts","published"]',
      '["$K1"]',
      '[{"perspective":"drafts"}]',
      'not json',
      `["${'a'.repeat(3000)}"]`,
      JSON.stringify([['*[_id in path("drafts.**")]']]),
      JSON.stringify([Array.from({length: 21}, (_, i) => `r${i}`)]),
    ]
    for (const body of refused) expect(editorActionBodyValid('perspectiveChangeAction', body), body).toBe(false)
    for (const body of ['[["Ab12"]]', '["Ab.12"]', '[1]', '["$K1"]', '[]']) expect(editorActionBodyValid('variantChangeAction', body), body).toBe(false)
  })
})
