// The esbuild options of the Electron bundles, in one place: scripts/build-electron.ts builds with
// them and the packaging test (test/unit/packaging.test.ts) builds and runs the same bundles.
import type { BuildOptions } from 'esbuild';

export const commonBundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  // CommonJS has no import.meta. Modules that find files of packages at run time (the report's
  // fonts and resvg's WebAssembly, db/report/resolve.ts) resolve from import.meta.filename: in a
  // bundle that is the bundle's own file, so they resolve from dist/electron/ to node_modules.
  define: { 'import.meta.filename': '__filename' },
} as const satisfies BuildOptions;

/** Electron's main process, with db/ and shared/; better-sqlite3's .node binary stays outside. */
export const mainBundle = {
  ...commonBundleOptions,
  entryPoints: ['electron/main.ts'],
  outfile: 'dist/electron/main.cjs',
  external: ['electron', 'better-sqlite3'],
} as const satisfies BuildOptions;

/** The backend's worker thread (db/backend/worker.ts), started by main from this file. */
export const workerBundle = {
  ...commonBundleOptions,
  entryPoints: ['db/backend/worker.ts'],
  outfile: 'dist/electron/backend-worker.cjs',
  // pdfjs (reading printed reports) loads its own worker module beside itself: it stays in
  // node_modules, imported at run time.
  external: ['better-sqlite3', 'pdfjs-dist'],
} as const satisfies BuildOptions;

export const preloadBundle = {
  ...commonBundleOptions,
  entryPoints: ['electron/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
  external: ['electron'],
} as const satisfies BuildOptions;
