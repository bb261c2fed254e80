// Types of router.mjs for TypeScript code (the project compiles without allowJs): Next's own declarations.
export {parseAndValidateFlightRouterState} from 'next/dist/server/app-render/parse-and-validate-flight-router-state'
