// The newsroom's seed file, read as the tests' source of truth for titles, dates and leads.
import {readFileSync} from 'node:fs'
import path from 'node:path'

export type SeedItem = {date: string; title: string; lead: string}

export function readSeedItems(): SeedItem[] {
  const text = readFileSync(path.join(__dirname, '../../shared/seed/labour-migration-news.txt'), 'utf8')
  const blocks = text.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean)
  const items: SeedItem[] = []
  for (let index = 0; index + 2 < blocks.length; index += 3) {
    items.push({date: blocks[index]!, title: blocks[index + 1]!, lead: blocks[index + 2]!})
  }
  return items
}

/** "13 July, 2020" as the site prints it: "13 July 2020". */
export function siteDate(seedDate: string): string {
  return seedDate.replace(',', '')
}

/** Whitespace as a browser reports text: runs of spaces (NBSP included) become one space. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
