// The content revision search checks before each search: it must change when a document is published, even when
// other documents carry no _updatedAt (an imported dataset, the stand-in's seed).
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {queryLocal} from './source/local-source'
import {CONTENT_REVISION_QUERY} from './queries'

function dataset(documents: object[]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'revision-')), 'dataset.ndjson')
  writeFileSync(file, documents.map((document) => JSON.stringify(document)).join('\n'))
  return file
}

afterEach(() => void vi.unstubAllEnvs())

describe('CONTENT_REVISION_QUERY', () => {
  it('names the latest _updatedAt, whatever documents lack one', async () => {
    vi.stubEnv(
      'CONTENT_DATASET',
      dataset([
        {_id: 'country-cr', _type: 'country', name: 'Costa Rica'},
        {_id: 'newsItem-a', _type: 'newsItem', title: '[Synthetic] a', _updatedAt: '2026-11-30T10:00:00Z'},
        {_id: 'newsItem-b', _type: 'newsItem', title: '[Synthetic] b', _updatedAt: '2026-11-30T11:00:00Z'},
      ]),
    )
    expect(await queryLocal(CONTENT_REVISION_QUERY)).toEqual({count: 3, updatedAt: '2026-11-30T11:00:00Z'})
  })
})
