// The web host and the backend's worker start without the libraries only reports and imports need:
// Chromium's driver (about a second to import), Word, PDF and spreadsheet writers load at their
// first use. A static import that slips back into the start fails here.
//
// Why this way: esbuild bundles the two entries in memory with code splitting (nothing written,
// nothing run), and the test follows each entry's static imports in esbuild's metafile; those are
// exactly the modules Node loads before the host prints its address or the worker says it is ready.
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const loadedLater =
  /node_modules\/(playwright-core|docx|@cantoo\/pdf-lib|exceljs|pdfjs-dist|@resvg\/resvg-wasm)\//;

let metafile: Metafile;

beforeAll(async () => {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['db/web/serve.ts', 'db/backend/worker.ts'],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: ['better-sqlite3'],
  });
  metafile = result.metafile;
}, 60_000);

/**
 * The inputs an entry loads at start: its output and its static imports, and with `awaited` also
 * what the entry itself imports dynamically (serve.ts awaits the host's modules at top level
 * before it prints the address; the worker's dynamic imports are all inside calls).
 */
function loadedAtStart(entry: string, awaited = false): string[] {
  const outputs = metafile.outputs;
  const first = Object.keys(outputs).find((o) => outputs[o]!.entryPoint === entry);
  expect(first, entry).toBeDefined();
  const seen = new Set<string>();
  const queue = [
    first!,
    ...(awaited
      ? outputs[first!]!.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path)
      : []),
  ];
  while (queue.length > 0) {
    const output = queue.pop()!;
    if (seen.has(output)) continue;
    seen.add(output);
    for (const imported of outputs[output]!.imports)
      if (imported.kind === 'import-statement' && outputs[imported.path]) queue.push(imported.path);
  }
  return [...seen].flatMap((output) => Object.keys(outputs[output]!.inputs));
}

describe('the web host at start', () => {
  it('loads neither Chromium’s driver nor a report or spreadsheet library', () => {
    const inputs = loadedAtStart('db/web/serve.ts', true);
    expect(inputs).toContain('db/web/host.ts');
    expect(inputs.filter((input) => loadedLater.test(input))).toEqual([]);
  });

  it('starts the backend’s worker without the report and spreadsheet libraries', () => {
    const inputs = loadedAtStart('db/backend/worker.ts');
    expect(inputs).toContain('db/backend/backend.ts');
    expect(inputs.filter((input) => loadedLater.test(input))).toEqual([]);
    // They are still bundled, as chunks loaded on first use.
    expect(Object.keys(metafile.inputs).filter((input) => /node_modules\/docx\//.test(input))).not.toEqual(
      [],
    );
  });
});
