// Which server-action calls may reach Next: the proxy lets through only next-sanity's two editor actions, from an editor
// in draft mode, with an argument of the shape they take; every other call is refused before Next decodes its body.
import {readFileSync} from 'node:fs'
import path from 'node:path'

/** next-sanity's Presentation switches, called by <VisualEditing> in draft mode: the only actions the site itself calls. */
export type EditorAction = 'perspectiveChangeAction' | 'variantChangeAction'

const EDITOR_ACTIONS: ReadonlySet<string> = new Set<EditorAction>(['perspectiveChangeAction', 'variantChangeAction'])
const NEXT_SANITY_EDITOR_MODULE = 'node_modules/next-sanity/dist/visual-editing/server-actions/index.js'

export type ActionGate = {
  /** Action id → which editor action it is. Any id not here is refused (cached functions, the Live action, guesses). */
  editorActions: ReadonlyMap<string, EditorAction>
  /** The value of Next's draft-mode cookie (`__prerender_bypass`) for this build; undefined if the build has none. */
  previewModeId: string | undefined
}

type ReferenceManifest = {node?: Record<string, {filename?: string; exportedName?: string}>}
type PrerenderManifest = {preview?: {previewModeId?: unknown}}

/** Reads the build's server-reference and prerender manifests (once per process: they never change under a server). */
export function loadActionGate(distDir: string): ActionGate {
  const editorActions = new Map<string, EditorAction>()
  let previewModeId: string | undefined
  try {
    const manifest = JSON.parse(readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as ReferenceManifest
    for (const [id, entry] of Object.entries(manifest.node ?? {})) {
      if (entry.filename === NEXT_SANITY_EDITOR_MODULE && entry.exportedName && EDITOR_ACTIONS.has(entry.exportedName)) {
        editorActions.set(id, entry.exportedName as EditorAction)
      }
    }
  } catch {
    // No manifest (not a production build): no action is let through.
  }
  try {
    const prerender = JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')) as PrerenderManifest
    const id = prerender.preview?.previewModeId
    if (typeof id === 'string' && id.length >= 16) previewModeId = id
  } catch {
    // Without it nobody is in draft mode, so no editor action is let through either.
  }
  return {editorActions, previewModeId}
}

/** A release id or one of Sanity's named perspectives: letters, digits, `_` and `-` (no `$`, which the body encoding reserves). */
const PERSPECTIVE_NAME = /^[A-Za-z0-9_-]{1,64}$/
const VARIANT_ID = /^[A-Za-z0-9_-]{0,64}$/
/** Editors' switches send a few bytes; anything longer is not one of them. */
export const EDITOR_ACTION_BODY_LIMIT = 2048

function perspectiveShaped(value: unknown): boolean {
  const names = typeof value === 'string' ? value.split(',') : value
  return (
    Array.isArray(names) &&
    names.length > 0 &&
    names.length <= 20 &&
    names.every((name) => typeof name === 'string' && PERSPECTIVE_NAME.test(name) && name !== 'raw')
  )
}

/**
 * Whether `body` (an action call's text body, as Next's client encodes it: a JSON array of the arguments) is a call
 * next-sanity's action can take without throwing. perspectiveChangeAction throws, a 500, on an empty perspective;
 * both would throw on a body the decoder cannot read.
 */
export function editorActionBodyValid(action: EditorAction, body: string): boolean {
  if (body.length > EDITOR_ACTION_BODY_LIMIT) return false
  let args: unknown
  try {
    args = JSON.parse(body)
  } catch {
    return false
  }
  if (!Array.isArray(args) || args.length !== 1) return false
  const [value] = args as [unknown]
  if (action === 'perspectiveChangeAction') return perspectiveShaped(value)
  return value === null || value === '$undefined' || (typeof value === 'string' && VARIANT_ID.test(value))
}

/** Next's draft-mode cookie, as Next itself checks it (the cookie's value is the build's preview-mode id). */
export function inDraftMode(cookie: string | undefined, gate: ActionGate): boolean {
  return gate.previewModeId !== undefined && cookie === gate.previewModeId
}
