// `npm run build:sanity-mode`: a production build in Sanity mode (NEXT_PUBLIC_* are inlined at build) for the e2e run.
import {execFileSync} from 'node:child_process'
import {sanityModeEnv} from './sanity-mode-env'

// Nothing answers on the stand-in's port during the build: this also proves the build never needs Sanity.
execFileSync('npx', ['next', 'build'], {stdio: 'inherit', env: {...process.env, ...sanityModeEnv()}})
