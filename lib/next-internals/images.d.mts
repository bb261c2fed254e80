// Types of images.mjs for TypeScript code (the project compiles without allowJs): Next's own declarations.
export {hasRemoteMatch} from 'next/dist/shared/lib/match-remote-pattern'
