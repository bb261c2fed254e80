// Deterministic synthetic news items (labelled "[Synthetic]", ids "synthetic-…") for benchmarks, reusing the bundled countries and topics.
import {createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {BUNDLED_DATASET_FILE} from './files.mjs'
import {slugify} from '../slug.mjs'
import {mulberry32} from './prng.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(HERE, '../..')
const SEED_DATASET = path.join(ROOT, BUNDLED_DATASET_FILE)

/** Bump when the output for a given seed changes, so cached files are regenerated. */
export const GENERATOR_VERSION = 3
export const DEFAULT_SEED = 20260706
export const DEFAULT_SIZES = [1_000, 10_000, 100_000]
export const SYNTHETIC_TITLE_PREFIX = '[Synthetic] '
export const SYNTHETIC_ID_PREFIX = 'synthetic-'

const FIRST_DAY = Date.UTC(2012, 0, 1)
const LAST_DAY = Date.UTC(2026, 5, 30)
const DAY = 86_400_000

/** Mixes the dataset seed with an item's index so item i is identical whatever the dataset size. */
function itemSeed(seed, index) {
  let h = (seed ^ 0x9e3779b9) >>> 0
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0
  return (h ^ (h >>> 16)) >>> 0
}

function makeRandom(seed) {
  const next = mulberry32(seed)
  const int = (max) => Math.floor(next() * max)
  const pick = (list) => list[int(list.length)]
  const pickSome = (list, min, max) => {
    const count = Math.min(list.length, min + int(max - min + 1))
    const pool = [...list]
    const chosen = []
    for (let i = 0; i < count; i++) chosen.push(pool.splice(int(pool.length), 1)[0])
    return chosen
  }
  return {next, int, pick, pickSome, chance: (p) => next() < p}
}

const CITIES = {
  'country-ca': ['Ottawa', 'Toronto', 'Montréal', 'Vancouver', 'Winnipeg', 'Halifax'],
  'country-us': ['Washington, D.C.', 'Miami', 'Houston', 'Los Angeles', 'San Diego', 'New York'],
  'country-mx': ['Ciudad de México', 'Tijuana', 'Mexicali, Baja California', 'Tapachula, Chiapas', 'Monterrey', 'Guadalajara'],
  'country-bz': ['Belmopan', 'Belize City', 'Orange Walk', 'Dangriga'],
  'country-cr': ['San José', 'Upala', 'Liberia', 'Limón'],
  'country-sv': ['San Salvador', 'Santa Ana', 'San Miguel', 'La Libertad'],
  'country-gt': ['Ciudad de Guatemala', 'Quetzaltenango', 'Huehuetenango', 'Tecún Umán'],
  'country-hn': ['Tegucigalpa', 'San Pedro Sula', 'Choluteca', 'La Ceiba'],
  'country-ni': ['Managua', 'León', 'Chinandega', 'Estelí'],
  'country-pa': ['Ciudad de Panamá', 'Colón', 'David', 'Darién'],
  'country-ag': ["St. John's"],
  'country-bs': ['Nassau', 'Freeport'],
  'country-bb': ['Bridgetown'],
  'country-cu': ['La Habana', 'Santiago de Cuba'],
  'country-dm': ['Roseau'],
  'country-do': ['Santo Domingo', 'Santiago de los Caballeros', 'Dajabón'],
  'country-gd': ["St. George's"],
  'country-ht': ['Port-au-Prince', 'Cap-Haïtien', 'Ouanaminthe'],
  'country-jm': ['Kingston', 'Montego Bay'],
  'country-kn': ['Basseterre'],
  'country-lc': ['Castries'],
  'country-vc': ['Kingstown'],
  'country-tt': ['Port of Spain', 'San Fernando'],
}

const PARTNERS = ['ILO', 'UNDP', 'UNHCR', 'UNICEF', 'OAS', 'SICA', 'CARICOM', 'ECLAC', 'IDB', 'IFAD', 'GMIES', 'ACOPROVI', 'CEDHBC', 'IEESFORD', 'OECS', 'UN Women', 'WFP']

const ACTORS = [
  'The Ministry of Labour',
  'The Ministry of Labor and Social Welfare',
  'The National Employment Service',
  'The labour inspectorate',
  'The national migration authority',
  'A coalition of employers',
  'The chamber of commerce',
  'A network of civil society organisations',
  'The regional office',
  'Consular staff',
  'Municipal authorities',
  'The vice-ministry for foreign affairs',
  'A group of trade unions',
  'The national statistics institute',
  'Recruitment agencies',
  'The Secretaría del Trabajo',
  'El Instituto Nacional de Migración',
  'Officials from the Dirección General de Migración',
  'Women-led cooperatives',
  'Agricultural producers',
]

const VERBS = [
  'launched',
  'presented',
  'validated',
  'signed',
  'strengthened',
  'reviewed',
  'expanded',
  'piloted',
  'evaluated',
  'published',
  'endorsed',
  'coordinated',
  'promoted',
  'discussed',
  'designed',
  'adopted',
  'updated',
  'financed',
  'monitored',
  'digitised',
]

const OBJECTS = [
  'a bilateral agreement on seasonal agricultural work',
  'a toolkit on ethical recruitment',
  'a protocol for the referral of trafficking victims',
  'a digital platform for work-permit applications',
  'guidelines on fair recruitment fees',
  'a labour market information system',
  'a training course for labour inspectors',
  'a campaign against fraudulent job offers',
  'a temporary foreign worker programme',
  'a diploma in labour migration governance',
  'a hotline for migrant workers',
  'a survey of remittance flows',
  'a skills-recognition framework',
  'an occupational health and safety guide',
  'a mechanism for complaints and redress',
  'a registry of licensed recruiters',
  'a return and reintegration plan',
  'a study of circular migration corridors',
  'a handbook on the rights of domestic workers',
  'a pilot on portable social security',
  'un programa de Migración laboral ordenada',
  'una guía para trabajadores agrícolas temporales',
  'un diagnóstico sobre contratación equitativa',
]

const CONNECTORS = [
  'in close cooperation with',
  'with technical support from',
  'together with',
  'following a request from',
  'after consultations with',
  'in partnership with',
]

const GROUPS = [
  'migrant workers',
  'seasonal farmworkers',
  'domestic workers',
  'returning migrants',
  'young jobseekers',
  'women in the care economy',
  'construction workers',
  'fishery and seafood workers',
  'hospitality staff',
  'Indigenous communities',
  'cross-border commuters',
  'refugees with work authorisation',
  'nurses and health workers',
  'trabajadores temporales',
  'personas migrantes',
]

const OUTCOMES = [
  'reduce recruitment fees paid by workers',
  'improve access to decent work',
  'shorten the time needed to obtain a permit',
  'protect workers from deception and debt bondage',
  'match employers with qualified candidates',
  'collect reliable data on labour shortages',
  'guarantee equal treatment in the workplace',
  'facilitate the transfer of pensions',
  'prevent labour exploitation on farms',
  'support safe and regular pathways',
  'recognise skills gained abroad',
  'expand vocational training in rural areas',
  'strengthen inspections during the harvest season',
  'inform families about their rights before departure',
]

const HEADLINE_PATTERNS = [
  (r, c) => `${c} ${r.pick(['launches', 'presents', 'validates', 'pilots', 'adopts'])} ${r.pick(OBJECTS).replace(/^(a|an|un|una) /, '')}`,
  (r, c, t) => `${r.pick(['Workshop', 'Forum', 'Dialogue', 'Seminar', 'Roundtable', 'Webinar'])} on ${t.toLowerCase()} brings together officials from ${c}`,
  (r, c) => `${r.pick(GROUPS).replace(/^./, (s) => s.toUpperCase())} in ${c} ${r.pick(['receive guidance on', 'learn about', 'gain access to', 'are consulted on'])} ${r.pick(['their labour rights', 'safe recruitment', 'work permits', 'social protection', 'health services'])}`,
  (r, c, t) => `${c}: new data on ${t.toLowerCase()} ${r.pick(['published', 'shared with employers', 'presented to parliament', 'discussed with unions'])}`,
  (r, c) => `Migración laboral: ${c} ${r.pick(['fortalece', 'impulsa', 'presenta', 'revisa'])} ${r.pick(['la contratación equitativa', 'los derechos de los trabajadores', 'la protección de personas migrantes', 'los permisos de trabajo'])}`,
  (r, c, t) => `${r.pick(PARTNERS)} and ${c} ${r.pick(['agree to cooperate on', 'renew their commitment to', 'review progress on'])} ${t.toLowerCase()}`,
]

const HEADINGS = [
  'Background',
  'What changes for workers',
  'Next steps',
  'Voices from the field',
  'Figures at a glance',
  'Regional cooperation',
  'How to get support',
  'Contexto',
  'Próximos pasos',
]

const FIGURES = ['12', '27', '40', '56', '85', '120', '300', '1,200', '4,500', '18,000']

const SPANISH_SENTENCES = [
  'Según las autoridades, la Migración laboral regular beneficia tanto a los trabajadores como a los empleadores.',
  'Los trabajadores agrícolas de México y Guatemala recibieron información sobre sus derechos antes de viajar.',
  'La jornada concluyó con un compromiso para fortalecer la coordinación interinstitucional en la región.',
  'Las personas participantes destacaron la importancia de la contratación ética y sin cobro de comisiones.',
  'El diálogo social entre gobiernos, sindicatos y empresas fue señalado como una condición indispensable.',
]

function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function sentence(r, countryName, topicTitle) {
  switch (r.int(7)) {
    case 0:
      return `${r.pick(ACTORS)} of ${countryName} ${r.pick(VERBS)} ${r.pick(OBJECTS)} ${r.pick(CONNECTORS)} ${r.pick(PARTNERS)}.`
    case 1:
      return `The initiative aims to ${r.pick(OUTCOMES)} and to ${r.pick(OUTCOMES)} for ${r.pick(GROUPS)}.`
    case 2:
      return `${capitalise(r.pick(FIGURES))} ${r.pick(['participants', 'officials', 'employers', 'workers', 'inspectors', 'recruiters'])} took part in ${r.pick(['three sessions', 'a two-day workshop', 'an online course', 'a series of field visits', 'a technical meeting'])} on ${topicTitle.toLowerCase()}.`
    case 3:
      return `According to ${r.pick(['the organisers', 'government officials', 'the workers consulted', 'a recent assessment', 'the national survey'])}, ${r.pick(GROUPS)} still face ${r.pick(['high recruitment costs', 'language barriers', 'long waiting times', 'limited access to health care', 'informal contracts', 'retaliation when they complain'])}.`
    case 4:
      return r.pick(SPANISH_SENTENCES)
    case 5:
      return `Speakers stressed that ${r.pick(['fair recruitment', 'social dialogue', 'reliable statistics', 'gender equality', 'access to justice', 'skills development'])} is essential to ${r.pick(OUTCOMES)}.`
    default:
      return `${r.pick(PARTNERS)} ${r.pick(['will follow up', 'committed to report', 'offered to share lessons learned', 'plans a second phase'])} ${r.pick(['before the end of the year', 'during the next harvest season', 'with the countries of the corridor', 'at the regional conference'])}.`
  }
}

function span(key, text, marks = []) {
  return {_type: 'span', _key: key, text, marks}
}

function block(key, style, children, extra = {}) {
  return {_type: 'block', _key: key, style, markDefs: [], children, ...extra}
}

function wordCount(text) {
  return text.split(/\s+/).filter(Boolean).length
}

/** About 300 words of Portable Text: paragraphs, headings, a list, marks and now and then a link. */
function body(r, countryName, topicTitle, slug) {
  const blocks = []
  let words = 0
  let index = 0
  let hasHeading = false
  while (words < 300) {
    const key = `b${index++}`
    if (index > 1 && r.chance(0.18)) {
      // Headings never skip a level: a subheading only follows a heading.
      const style = hasHeading && r.chance(0.3) ? 'h3' : 'h2'
      hasHeading = true
      blocks.push(block(key, style, [span(`${key}s0`, r.pick(HEADINGS))]))
      continue
    }
    if (r.chance(0.12)) {
      r.pickSome(OUTCOMES, 2, 4).forEach((outcome, item) => {
        const text = capitalise(outcome) + '.'
        words += wordCount(text)
        blocks.push(block(`${key}l${item}`, 'normal', [span(`${key}l${item}s0`, text)], {listItem: 'bullet', level: 1}))
      })
      continue
    }
    const sentences = Array.from({length: 2 + r.int(3)}, () => sentence(r, countryName, topicTitle))
    words += wordCount(sentences.join(' '))
    if (r.chance(0.2)) {
      const markDefs = [{_type: 'link', _key: `${key}m0`, href: `https://example.org/synthetic/${slug}`}]
      blocks.push({
        ...block(key, 'normal', [span(`${key}s0`, sentences.slice(0, -1).join(' ') + ' '), span(`${key}s1`, sentences.at(-1), [`${key}m0`])]),
        markDefs,
      })
    } else if (r.chance(0.2)) {
      blocks.push(block(key, 'normal', [span(`${key}s0`, sentences[0] + ' ', [r.pick(['strong', 'em'])]), span(`${key}s1`, sentences.slice(1).join(' '))]))
    } else {
      blocks.push(block(key, 'normal', [span(`${key}s0`, sentences.join(' '))]))
    }
  }
  return blocks
}

function truncate(text, max) {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  return cut.slice(0, cut.lastIndexOf(' ')) + '…'
}

/** The bundled dataset's countries and topics: synthetic items reference them, and they are copied into every output. */
export function loadReferenceDocuments(file = SEED_DATASET) {
  const documents = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
  const countries = documents.filter((document) => document._type === 'country')
  const tags = documents.filter((document) => document._type === 'tag')
  if (countries.length === 0 || tags.length === 0) throw new Error(`${file} holds no countries or topics to reference`)
  return {countries, tags}
}

/** One synthetic news item; the same (seed, index) always gives the same document. */
export function generateNewsItem(index, seed, {countries, tags}) {
  const r = makeRandom(itemSeed(seed, index))
  const itemCountries = r.pickSome(countries, 1, r.chance(0.25) ? 3 : 1)
  const itemTags = r.pickSome(tags, 1, 3)
  const country = itemCountries[0]
  const topic = itemTags[0]
  const headline = truncate(r.pick(HEADLINE_PATTERNS)(r, country.name, topic.title), 100)
  const title = SYNTHETIC_TITLE_PREFIX + headline
  const number = String(index + 1).padStart(6, '0')
  const slug = `synthetic-${slugify(headline, 70)}-${number}`
  const day = FIRST_DAY + r.int((LAST_DAY - FIRST_DAY) / DAY + 1) * DAY
  const publishedAt = new Date(day + (8 + r.int(10)) * 3_600_000 + r.int(60) * 60_000).toISOString()
  const summary = truncate(
    `${sentence(r, country.name, topic.title)} ${sentence(r, country.name, topic.title)} This item is synthetic benchmark data, not real news.`,
    400,
  )
  const cities = CITIES[country._id] ?? [country.name]
  const document = {
    _id: `${SYNTHETIC_ID_PREFIX}newsItem-${number}`,
    _type: 'newsItem',
    language: 'en',
    _createdAt: publishedAt,
    _updatedAt: publishedAt,
    _rev: `synthetic-${GENERATOR_VERSION}-${number}`,
    title,
    slug: {_type: 'slug', current: slug},
    publishedAt,
    summary,
    body: body(r, country.name, topic.title, slug),
    countries: itemCountries.map((c) => ({_type: 'reference', _ref: c._id, _key: c._id.replace(/^country-/, '')})),
    topics: itemTags.map((t) => ({_type: 'reference', _ref: t._id, _key: t._id.replace(/^tag-/, '')})),
  }
  if (r.chance(0.7)) document.place = r.pick(cities)
  if (r.chance(0.6)) document.partners = r.pickSome(PARTNERS, 1, 3)
  return document
}

/** Countries and topics first (so references resolve), then the synthetic news items, lazily. */
export function* generateDocuments({items, seed = DEFAULT_SEED, references = loadReferenceDocuments()}) {
  if (!Number.isInteger(items) || items < 0) throw new Error(`items must be a non-negative integer, got ${items}`)
  yield* references.countries
  yield* references.tags
  for (let index = 0; index < items; index++) yield generateNewsItem(index, seed, references)
}

/** The whole dataset as an array (for in-process benchmarks such as search). */
export function generateDataset({items, seed = DEFAULT_SEED}) {
  return [...generateDocuments({items, seed})]
}

export function datasetFile(items, directory = path.join(ROOT, 'bench', '.data')) {
  return path.join(directory, `synthetic-${items}.ndjson`)
}

function progress(label, done, total) {
  const share = total === 0 ? 1 : done / total
  const width = 30
  const bar = '#'.repeat(Math.round(share * width)).padEnd(width, '.')
  const line = `${label} [${bar}] ${done.toLocaleString('en')}/${total.toLocaleString('en')} (${Math.round(share * 100)}%)`
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`)
  else if (done === total || done % Math.max(1, Math.floor(total / 10)) === 0) process.stderr.write(`${line}\n`)
}

/** Writes synthetic-<items>.ndjson unless an identical one (same items, seed, generator version) is already there. */
export async function writeDatasetFile({items, seed = DEFAULT_SEED, directory = path.join(ROOT, 'bench', '.data'), force = false}) {
  mkdirSync(directory, {recursive: true})
  const file = datasetFile(items, directory)
  const metaFile = `${file}.meta.json`
  const meta = {items, seed, version: GENERATOR_VERSION}
  if (!force && existsSync(file) && existsSync(metaFile) && readFileSync(metaFile, 'utf8') === JSON.stringify(meta)) {
    process.stderr.write(`${path.relative(ROOT, file)} is up to date (seed ${seed})\n`)
    return file
  }
  const partial = `${file}.partial`
  const out = createWriteStream(partial)
  const label = `synthetic-${items}`
  let written = 0
  let chunk = ''
  for (const document of generateDocuments({items, seed})) {
    chunk += JSON.stringify(document) + '\n'
    if (document._type === 'newsItem') {
      written++
      if (written % 500 === 0 || written === items) progress(label, written, items)
    }
    if (chunk.length > 1 << 20) {
      const flushed = out.write(chunk)
      chunk = ''
      if (!flushed) await new Promise((resolve) => out.once('drain', resolve))
    }
  }
  if (items === 0) progress(label, 0, 0)
  await new Promise((resolve, reject) => out.end(chunk, (error) => (error ? reject(error) : resolve())))
  renameSync(partial, file)
  writeFileSync(metaFile, JSON.stringify(meta))
  return file
}

function parseArgs(argv) {
  const options = {sizes: DEFAULT_SIZES, seed: DEFAULT_SEED, force: false}
  for (const arg of argv) {
    const [name, value] = arg.replace(/^--/, '').split('=')
    if (name === 'sizes') options.sizes = value.split(',').map((size) => Number(size.replace(/[_k]/g, (m) => (m === 'k' ? '000' : ''))))
    else if (name === 'seed') options.seed = Number(value)
    else if (name === 'force') options.force = true
    else throw new Error(`unknown option ${arg} (use --sizes=1000,10000 --seed=N --force)`)
  }
  return options
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {sizes, seed, force} = parseArgs(process.argv.slice(2))
  for (const items of sizes) {
    const file = await writeDatasetFile({items, seed, force})
    process.stderr.write(`wrote ${path.relative(ROOT, file)}\n`)
  }
}
