// `node bench/first-visit.mjs <origin> [--files] [--trace=dir]`: a first visit's transfer per page type (360 px and desktop,
// empty cache) against a running server, each script file with its size, and optionally a Chromium trace per page.
import {chromium} from '@playwright/test'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {CHROMIUM, CHROMIUM_FLAGS, loadPage, VIEWPORTS} from './lib/weight.mjs'

const [origin = 'http://127.0.0.1:3600', ...flags] = process.argv.slice(2)
const listFiles = flags.includes('--files')
const traceDir = flags.find((flag) => flag.startsWith('--trace='))?.slice('--trace='.length)

/** One address of each page type, found by following the site's own links (any dataset). */
async function addresses() {
  const html = async (address) => (await fetch(origin + address)).text()
  const first = (text, pattern) => pattern.exec(text)?.[1]
  const home = await html('/')
  const item = first(home, /href="(\/news\/[a-z0-9-]+)"/)
  const country = first(await html('/countries'), /href="(\/countries\/[a-z0-9-]+)"/)
  const topic = first(await html('/topics'), /href="(\/topics\/[a-z0-9-]+)"/)
  const esItem = first(await html('/es'), /href="(\/es\/news\/[a-z0-9-]+)"/)
  return [
    ['home', '/'],
    ['news', '/news'],
    ['search', '/es/news?q=trabajadores'],
    ['item', item],
    ['countries', '/countries'],
    ['country', country],
    ['topic', topic],
    ['home-es', '/es'],
    ['item-es', esItem],
  ].filter(([, address]) => address)
}

const kb = (bytes) => (bytes / 1024).toFixed(1)

/**
 * The main thread's work in a Chromium trace: tasks over 50 ms and their blocking part (Lighthouse's Total Blocking
 * Time counts the same, from first paint to interactive; this counts the whole load), and time by kind of work.
 */
function mainThreadWork(file) {
  const {traceEvents} = JSON.parse(readFileSync(file, 'utf8'))
  const mains = traceEvents.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
  const tasksOf = (main) => traceEvents.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.name === 'RunTask')
  const main = mains.map((candidate) => ({candidate, tasks: tasksOf(candidate)})).sort((a, b) => b.tasks.length - a.tasks.length)[0]
  if (!main) return null
  const long = main.tasks.filter((task) => task.dur > 50_000)
  const byKind = {}
  for (const event of traceEvents) {
    if (event.pid !== main.candidate.pid || event.tid !== main.candidate.tid || event.ph !== 'X') continue
    if (['EvaluateScript', 'v8.compile', 'v8.compileModule', 'FunctionCall', 'ParseHTML', 'Layout', 'UpdateLayoutTree', 'Paint', 'MajorGC', 'MinorGC', 'v8.parseOnBackground'].includes(event.name)) {
      byKind[event.name] = (byKind[event.name] ?? 0) + event.dur / 1000
    }
  }
  return {
    tasks: main.tasks.length,
    busyMs: main.tasks.reduce((sum, task) => sum + task.dur, 0) / 1000,
    longTasks: long.map((task) => Math.round(task.dur / 1000)),
    blockingMs: long.reduce((sum, task) => sum + (task.dur - 50_000), 0) / 1000,
    byKind: Object.fromEntries(Object.entries(byKind).map(([name, ms]) => [name, Math.round(ms)])),
  }
}
const browser = await chromium.launch({executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined, args: CHROMIUM_FLAGS})
const files = new Map()
try {
  for (const [name, address] of await addresses()) {
    for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
      const {status, totals, total, scripts} = await loadPage(browser, origin + address, viewport)
      const js = totals.js ?? {compressed: 0, files: 0}
      console.log(
        `${name.padEnd(8)} ${viewportName.padEnd(7)} ${status} total ${kb(total.compressed)} KB, js ${kb(js.compressed)} KB in ${js.files} files, html ${kb(totals.html?.compressed ?? 0)} KB, css ${kb(totals.css?.compressed ?? 0)} KB, prefetch ${kb(totals.prefetch?.compressed ?? 0)} KB  ${address}`,
      )
      for (const script of scripts) {
        const file = new URL(script.url).pathname
        const seen = files.get(file) ?? {compressed: script.compressed, uncompressed: script.text.length, pages: new Set(), text: script.text}
        seen.pages.add(name)
        files.set(file, seen)
      }
    }
    if (traceDir) {
      mkdirSync(traceDir, {recursive: true})
      const context = await browser.newContext({viewport: VIEWPORTS.phone})
      const page = await context.newPage()
      const session = await context.newCDPSession(page)
      // A slower phone's processor, as Lighthouse's mobile run assumes (4× slowdown).
      await session.send('Emulation.setCPUThrottlingRate', {rate: 4})
      await browser.startTracing(page, {path: path.join(traceDir, `${name}.json`), screenshots: false})
      await page.goto(origin + address, {waitUntil: 'networkidle'})
      await page.waitForTimeout(1000)
      await browser.stopTracing()
      await context.close()
      const work = mainThreadWork(path.join(traceDir, `${name}.json`))
      if (work) console.log(`  trace ${name} (360 px, 4× CPU slowdown): main thread busy ${work.busyMs.toFixed(0)} ms in ${work.tasks} tasks; long tasks ${work.longTasks.join(', ') || 'none'} ms; blocking ${work.blockingMs.toFixed(0)} ms; ${JSON.stringify(work.byKind)}`)
    }
  }
} finally {
  await browser.close()
}
if (listFiles) {
  console.log('\nscript files (compressed / uncompressed KB, page types, a marker):')
  for (const [file, {compressed, uncompressed, pages, text}] of [...files].sort((a, b) => b[1].compressed - a[1].compressed)) {
    const markers = ['IntlMessageFormat', 'use-intl', 'next-intl', 'react-dom', 'styled-components', 'sanity', 'groq'].filter((marker) => text.includes(marker))
    console.log(`${kb(compressed).padStart(6)} ${kb(uncompressed).padStart(7)}  ${file}  [${[...pages].join(',')}] ${markers.join(' ')}`)
  }
}
if (traceDir) writeFileSync(path.join(traceDir, 'README.txt'), `Chromium traces (4× CPU slowdown, 360 px) of ${origin}; open in chrome://tracing or DevTools.\n`)
