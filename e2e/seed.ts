// The newsroom's seed file (the repository's own copy, one parser with the dataset test) as the tests' source of truth.
export {readSeedItems} from '../sanity/seed/seed-text'

/** "13 July, 2020" as the site prints it: "13 July 2020". */
export function siteDate(seedDate: string): string {
  return seedDate.replace(',', '')
}

/** Whitespace as a browser reports text: runs of spaces (NBSP included) become one space. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
