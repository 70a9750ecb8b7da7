// Resolving files inside npm packages at run time, from the sources (Node, Vitest) and from the
// esbuild bundle of the backend worker alike. The bundle is CommonJS, where `import.meta` does not
// exist: scripts/electron-bundles.ts defines `import.meta.filename` as the bundle's `__filename`,
// so packages resolve from dist/electron/ up to the app's node_modules (inside app.asar in the
// packaged app, which Electron's fs reads like a folder).
import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.filename);

/** The absolute path of a file of a dependency, e.g. '@resvg/resvg-wasm/index_bg.wasm'. */
export function packageFile(specifier: string): string {
  return requireHere.resolve(specifier);
}
