// Next's private remote-pattern matcher, for the test that /_next/image fetches no remote image (docs/workarounds.md).
// @ts-check
export {hasRemoteMatch} from 'next/dist/shared/lib/match-remote-pattern.js'
