// `npm run build:sanity-mode`: a production build in Sanity mode (NEXT_PUBLIC_* are inlined at build) for the e2e run.
// Pages are prerendered from Sanity at build, as in production, so the stand-in serves the bundled dataset meanwhile.
import {spawn} from 'node:child_process'
import {STAND_IN_PORT, TEST_SECRETS, sanityModeEnv} from './sanity-mode-env'
import {bundledDocuments} from './bundled-dataset'
import {SanityStandIn} from './sanity-stand-in'

const standIn = new SanityStandIn(STAND_IN_PORT, {dataset: 'production', token: TEST_SECRETS.readToken})
standIn.setDocuments(bundledDocuments())
void standIn.start().then(() => {
  // Asynchronous, so the stand-in in this process keeps answering while the build queries it.
  const build = spawn('npx', ['next', 'build'], {stdio: 'inherit', env: {...process.env, ...sanityModeEnv()}})
  build.on('exit', (code) => {
    void standIn.close().then(() => process.exit(code ?? 1))
  })
})
