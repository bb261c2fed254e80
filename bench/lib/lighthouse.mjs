// Lighthouse 13 with the system Chromium: the four category scores per page type, median of several runs.
import {launch} from 'chrome-launcher'
import {existsSync} from 'node:fs'
import lighthouse from 'lighthouse'
import {CHROMIUM, CHROMIUM_FLAGS} from './weight.mjs'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

function median(values) {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b)
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : undefined
}

/**
 * One run the way Lighthouse's own CLI does it: a fresh Chromium from chrome-launcher in `--headless=new` mode,
 * closed afterwards. (A Playwright-launched browser shared by all runs read 6–7 points higher on the item page.)
 */
async function runOnce(url) {
  const chrome = await launch({
    chromePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    logLevel: 'error',
  })
  try {
    return await lighthouse(url, {port: chrome.port, hostname: '127.0.0.1', output: 'json', logLevel: 'error', onlyCategories: CATEGORIES})
  } finally {
    chrome.kill()
  }
}

export async function measureLighthouse(origin, addresses, {runs, log}) {
  const pages = []
  for (const {name, address} of addresses) {
    if ((await fetch(origin + address, {method: 'HEAD'})).status === 404) {
      pages.push({name, address, notFound: true})
      log(`  ${name}: route not found (404), skipped`)
      continue
    }
    const scores = Object.fromEntries(CATEGORIES.map((category) => [category, []]))
    const failing = new Map()
    const consoleErrors = new Set()
    let status = 0
    for (let run = 0; run < runs; run++) {
      const result = await runOnce(origin + address)
      const lhr = result?.lhr
      if (!lhr) continue
      status = lhr.audits['http-status-code']?.score === 0 ? 404 : 200
      for (const category of CATEGORIES) scores[category].push(Math.round((lhr.categories[category]?.score ?? 0) * 100))
      for (const category of CATEGORIES) {
        for (const ref of lhr.categories[category]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id]
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) failing.set(ref.id, audit.title)
        }
      }
      for (const item of lhr.audits['errors-in-console']?.details?.items ?? []) {
        consoleErrors.add(
          `${item.source ?? ''}: ${String(item.description ?? '').slice(0, 160)}${item.sourceLocation?.url ? ` (${item.sourceLocation.url})` : ''}`,
        )
      }
    }
    const medians = Object.fromEntries(CATEGORIES.map((category) => [category, median(scores[category])]))
    pages.push({
      name,
      address,
      runs: scores.performance.length,
      scores: medians,
      all: scores,
      failing: [...failing.entries()].map(([id, title]) => ({id, title})),
      consoleErrors: [...consoleErrors],
      status,
    })
    log(`  ${name}: ${CATEGORIES.map((category) => `${category} ${medians[category]}`).join(', ')}`)
  }
  return pages
}
