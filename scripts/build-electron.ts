// Bundles the Electron main process (with db/ and shared/), the backend worker and the preload
// into CommonJS files in dist/electron (options in electron-bundles.ts), and the web host of
// `npm run web` into dist/web. better-sqlite3 stays
// external: electron-builder unpacks its .node binary. Files that packages read at run time (the
// report's TTF fonts, resvg's .wasm) stay in node_modules, which electron-builder ships with the
// production dependencies.
import { build } from 'esbuild';
import { mainBundle, preloadBundle, webHostBundle, workerBundle } from './electron-bundles.ts';

await build(mainBundle);
await build(workerBundle);
await build(preloadBundle);
await build(webHostBundle);
