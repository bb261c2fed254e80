// V8 flags for the process that holds PGlite (`npm start` runs Next with them; the alerts bench runs its sender with them), measured in docs/alerts.md#figures.
/**
 * `--liftoff-only`: V8 compiles PGlite's 9 MB of WebAssembly with its baseline compiler only. Its optimising compiler
 * (TurboFan) took about 350 MiB more at its peak and made sending no faster. `--max-semi-space-size=8`: V8's young
 * generation at most 2 × 8 MiB instead of 2 × 32 MiB, which keeps the heap of a process that allocates fast (10,000
 * emails) near its live size; 4 saved a little more and made search slower, 8 did not. Node refuses `--liftoff-only`
 * in NODE_OPTIONS, so both go on the command line of the process itself.
 */
export const PGLITE_NODE_FLAGS = ['--liftoff-only', '--max-semi-space-size=8']
