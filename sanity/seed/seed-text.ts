// Reads the newsroom's seed file (date line, headline, lead paragraph per item); the dataset test and the e2e suite share it.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {SEED_TEXT_FILE} from './files.mjs'

export type SeedItem = {date: string; title: string; lead: string}

/** Splits the seed text into items: blocks separated by blank lines, three blocks an item. */
export function parseSeedText(text: string): SeedItem[] {
  const blocks = text.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean)
  if (blocks.length % 3 !== 0) {
    throw new Error(`The seed text has ${blocks.length} blocks; every item needs exactly three (date, headline, lead).`)
  }
  const items: SeedItem[] = []
  for (let index = 0; index < blocks.length; index += 3) {
    items.push({date: blocks[index]!, title: blocks[index + 1]!, lead: blocks[index + 2]!})
  }
  return items
}

/** The seed file inside this repository, parsed. */
export function readSeedItems(): SeedItem[] {
  return parseSeedText(readFileSync(path.join(__dirname, '..', '..', SEED_TEXT_FILE), 'utf8'))
}
