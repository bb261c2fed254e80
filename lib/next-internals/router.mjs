// Next's private router-state parser, for the proxy (docs/workarounds.md, "Next's internal modules"); a file of its
// own so the proxy imports nothing else from next/dist.
// @ts-check
export {parseAndValidateFlightRouterState} from 'next/dist/server/app-render/parse-and-validate-flight-router-state.js'
