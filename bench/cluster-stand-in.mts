// The cluster benchmark's Sanity: the e2e stand-in serving a synthetic dataset, steered over stdin by bench/lib/cluster.mjs.
import readline from 'node:readline'
import {SanityStandIn, type StandInDocument} from '../e2e/support/sanity-stand-in'
import {TEST_SECRETS, sanityModeEnv} from '../e2e/support/sanity-mode-env'
import {generateDataset} from '../sanity/seed/synthetic.mjs'

const option = (name: string) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1])
const port = option('port')
const items = option('items')
const seed = option('seed')

const standIn = new SanityStandIn(port, {dataset: 'production', token: TEST_SECRETS.readToken})
standIn.setDocuments(generateDataset({items, seed}) as StandInDocument[])
await standIn.start()
// The first line says it is ready, with what a Sanity-mode build and its instances need to reach it and to sign webhooks.
process.stdout.write(
  `${JSON.stringify({env: {...sanityModeEnv(), SANITY_API_HOST: standIn.url}, revalidateSecret: TEST_SECRETS.revalidateSecret})}\n`,
)

// Then one JSON line per publish, `{"put": document}`, answered "ok" once the stand-in serves it.
readline
  .createInterface({input: process.stdin})
  .on('line', (line) => {
    const {put} = JSON.parse(line) as {put: StandInDocument}
    standIn.put(put)
    process.stdout.write('ok\n')
  })
  .on('close', () => void standIn.close().then(() => process.exit(0)))
