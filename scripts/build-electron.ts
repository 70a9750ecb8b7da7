// Bundles the Electron main process (with db/ and shared/) and the preload into CommonJS files
// in dist/electron. better-sqlite3 stays external: electron-builder unpacks its .node binary.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
} as const;

await build({
  ...common,
  entryPoints: ['electron/main.ts'],
  outfile: 'dist/electron/main.cjs',
  external: ['electron', 'better-sqlite3'],
});
// The backend's worker thread (db/backend/worker.ts), started by main from this file.
await build({
  ...common,
  entryPoints: ['db/backend/worker.ts'],
  outfile: 'dist/electron/backend-worker.cjs',
  external: ['better-sqlite3'],
});
await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
  external: ['electron'],
});
