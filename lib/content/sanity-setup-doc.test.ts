// The day-one page a developer follows (docs/sanity-setup.md) must match the code: the webhook's filter and projection
// are copied there verbatim, and it names every step a real project needs.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {WEBHOOK_FILTER, WEBHOOK_PROJECTION} from './revalidation'

const page = readFileSync(path.join(__dirname, '..', '..', 'docs', 'sanity-setup.md'), 'utf8')

/** The page's code blocks, each line without the indentation a list item gives it. */
const codeBlocks = [...page.matchAll(/```groq\n([\s\S]*?)\n\s*```/g)].map((match) =>
  match[1]!
    .split('\n')
    .map((line) => line.trim())
    .join('\n'),
)

const flat = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')

describe('docs/sanity-setup.md', () => {
  it('shows the webhook filter and projection exactly as the code defines them', () => {
    expect(codeBlocks).toContain(flat(WEBHOOK_FILTER))
    expect(codeBlocks).toContain(flat(WEBHOOK_PROJECTION))
  })

  it('names every day-one step: login, tokens and their role, CORS with credentials, the webhook’s dataset, visibility', () => {
    for (const needed of [
      'npx sanity login',
      'SANITY_API_READ_TOKEN',
      '**Viewer**',
      'SANITY_REVALIDATE_SECRET',
      'Allow credentials',
      '| Dataset |',
      'public',
      'private',
      'npm run content:import',
    ]) {
      expect(page, needed).toContain(needed)
    }
  })
})
