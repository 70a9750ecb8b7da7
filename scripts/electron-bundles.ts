// The esbuild options of the Electron bundles (and of the web host `npm run web` runs), in one
// place: scripts/build-electron.ts builds with them and the packaging test
// (test/unit/packaging.test.ts) builds and runs the same bundles.
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

/** Packages the backend imports only where a report or a spreadsheet is made or read. */
export const LOADED_ON_FIRST_USE = ['@cantoo/pdf-lib', '@cantoo/fontkit', 'docx', 'exceljs'] as const;

/** The backend's worker thread (db/backend/worker.ts), started by main from this file. */
export const workerBundle = {
  ...commonBundleOptions,
  entryPoints: ['db/backend/worker.ts'],
  outfile: 'dist/electron/backend-worker.cjs',
  // pdfjs (reading printed reports) loads its own worker module beside itself: it stays in
  // node_modules, imported at run time. So do the libraries only reports and spreadsheet imports
  // use (loaded at the first of them, from the production dependencies electron-builder ships):
  // bundled, their 6.5 MB were read and compiled at every start (28 ms of the worker's 156).
  external: ['better-sqlite3', 'pdfjs-dist', ...LOADED_ON_FIRST_USE],
} as const satisfies BuildOptions;

export const preloadBundle = {
  ...commonBundleOptions,
  entryPoints: ['electron/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
  external: ['electron'],
} as const satisfies BuildOptions;

/**
 * The web host of `npm run web` (db/web/serve.ts), not part of the app: one ES module, so it starts
 * without Node stripping the types of its modules (its address printed in about half the time,
 * 55–65 ms instead of 100–120). ESM for
 * its top-level await and import.meta; dist/web/ lies as deep as db/web/, so its paths still hold.
 * playwright-core (the printer's, loaded at the first print) stays in node_modules.
 */
export const webHostBundle = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  entryPoints: ['db/web/serve.ts'],
  outfile: 'dist/web/serve.mjs',
  external: ['better-sqlite3', 'playwright-core'],
} as const satisfies BuildOptions;
