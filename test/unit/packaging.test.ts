// Packaging cannot run on the build machines (no Electron binary), so its settings are checked here.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  LOADED_ON_FIRST_USE,
  mainBundle,
  webHostBundle,
  workerBundle,
} from '../../scripts/electron-bundles.ts';
import { callHost } from '../e2e/support/api.ts';
import { startHost } from '../e2e/support/host.ts';

const root = path.resolve(import.meta.dirname, '../..');
const builder = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('electron-builder.yml', () => {
  it('never rebuilds native modules and unpacks them from asar', () => {
    expect(builder.npmRebuild).toBe(false);
    expect(builder.asar).toBe(true);
    expect(builder.asarUnpack).toContain('**/*.node');
  });

  it('sets the security fuses', () => {
    expect(builder.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('builds AppImage and deb for Linux, NSIS for Windows, dmg for macOS', () => {
    expect(builder.linux.target).toEqual(['AppImage', 'deb']);
    expect(builder.win.target).toEqual(['nsis']);
    expect(builder.mac.target).toEqual(['dmg']);
  });

  it('associates .clusterpilot files with the app', () => {
    expect(builder.fileAssociations).toEqual([expect.objectContaining({ ext: 'clusterpilot' })]);
  });

  it('ships only the bundles, not the web host or sources, and publishes nowhere', () => {
    expect(builder.files).toEqual(['dist/electron/**', 'dist/renderer/**', 'package.json', '!**/*.map']);
    expect(builder.publish).toBeNull();
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });
});

describe('toolchain pins', () => {
  it('needs Node 22.18+ or 24.3+ (type stripping, see node-preflight.test.ts) and uses Node 24 LTS', () => {
    expect(pkg.engines.node).toBe('^22.18.0 || >=24.3.0');
    expect(fs.readFileSync(path.join(root, '.nvmrc'), 'utf8').trim()).toBe('24');
  });

  it('ships the files the report reads at run time: the WebAssembly of resvg, the TTFs of Source Sans 3', () => {
    // electron-builder copies the production dependencies into app.asar, where fs reads them.
    expect(pkg.dependencies['@resvg/resvg-wasm']).toBeDefined();
    expect(pkg.dependencies['@expo-google-fonts/source-sans-3']).toBeDefined();
  });

  it('uses the current Electron major, better-sqlite3 13 and Kysely', () => {
    expect(pkg.devDependencies.electron).toMatch(/^\^45\./);
    expect(pkg.dependencies['better-sqlite3']).toMatch(/^\^13\./);
    expect(pkg.dependencies.kysely).toBeDefined();
  });
});

describe('bundled Electron code', () => {
  it('keeps the web host and its token handling out of the main process bundle', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      ...mainBundle,
      entryPoints: [path.join(root, 'electron/main.ts')],
      outfile: undefined,
      sourcemap: false,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((file) => file.startsWith('db/web/'))).toBe(false);
    expect(inputs.some((file) => file.startsWith('renderer/'))).toBe(false);
    // Main only relays: the backend itself is in the worker's bundle.
    expect(inputs).toContain('db/backend/worker-backend.ts');
    expect(inputs).not.toContain('db/backend/backend.ts');
    expect(result.warnings).toEqual([]);
  });

  it('bundles the backend worker as CommonJS that starts and answers calls', async () => {
    const { build } = await import('esbuild');
    // Inside the project, so the bundle finds better-sqlite3 (external) in node_modules.
    fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
    const dir = fs.mkdtempSync(path.join(root, 'test-results', 'worker-bundle-'));
    try {
      const outfile = path.join(dir, 'backend-worker.cjs');
      const result = await build({
        ...workerBundle,
        entryPoints: [path.join(root, 'db/backend/worker.ts')],
        outfile,
        sourcemap: false,
        metafile: true,
        logLevel: 'silent',
      });
      expect(result.warnings).toEqual([]);
      // What only reports and spreadsheets need stays outside the bundle (shipped by
      // electron-builder as production dependencies) and is reached from the worker's entry only
      // through dynamic imports: nothing the worker loads at start imports it.
      const inputs = result.metafile.inputs;
      const eager = new Set<string>();
      const visit = (file: string) => {
        if (eager.has(file)) return;
        eager.add(file);
        for (const imported of inputs[file]?.imports ?? [])
          if (imported.kind !== 'dynamic-import' && !imported.external) visit(imported.path);
      };
      visit('db/backend/worker.ts');
      expect(eager.size).toBeGreaterThan(100);
      const lazyUsers = new Set<string>();
      for (const [file, input] of Object.entries(inputs))
        for (const imported of input.imports)
          if ((LOADED_ON_FIRST_USE as readonly string[]).includes(imported.path)) {
            expect(imported.external, imported.path).toBe(true);
            lazyUsers.add(file);
            if (imported.kind !== 'dynamic-import')
              expect(eager.has(file), `${file} loads at start`).toBe(false);
          }
      for (const name of LOADED_ON_FIRST_USE) expect(pkg.dependencies[name], name).toBeDefined();
      expect([...lazyUsers].some((file) => file.startsWith('db/report/'))).toBe(true);
      const { startBackendWorker } = await import('../../db/backend/worker-backend.ts');
      const backend = await startBackendWorker({
        workerEntry: outfile,
        workspacePath: path.join(dir, 'w.clusterpilot'),
        dataDir: dir,
        demoForNewWorkspace: 'en',
      });
      expect(await backend.call('clusters.list', {})).toMatchObject({
        ok: true,
        data: [{ name: 'Havelland Photonics Network' }],
      });
      await backend.close();
      // `npm run web` runs the same bundle behind the web host, itself bundled (dist/web/serve.mjs,
      // as deep in the project as db/web/serve.ts: here two folders down too).
      expect(pkg.scripts.web).toMatch(
        /node dist\/web\/serve\.mjs --worker dist\/electron\/backend-worker\.cjs$/,
      );
      const hostBuilt = await build({
        ...webHostBundle,
        entryPoints: [path.join(root, 'db/web/serve.ts')],
        outfile: path.join(dir, 'serve.mjs'),
        sourcemap: false,
        metafile: true,
        logLevel: 'silent',
      });
      expect(hostBuilt.warnings).toEqual([]);
      // The host only relays: no backend, no report libraries in its bundle.
      const hostInputs = Object.keys(hostBuilt.metafile.inputs);
      expect(hostInputs).toContain('db/web/host.ts');
      expect(hostInputs.filter((file) => file.includes('node_modules/'))).toEqual([]);
      expect(hostInputs).not.toContain('db/backend/backend.ts');
      const host = await startHost(path.join(dir, 'web'), {
        demo: 'de',
        worker: outfile,
        entry: path.join(dir, 'serve.mjs'),
      });
      try {
        expect(await callHost(host.url, 'clusters.list', {})).toMatchObject({
          ok: true,
          data: [{ name: 'Photonik-Netzwerk Havelland' }],
        });
        // It serves the built renderer from the project's dist/renderer.
        const page = await fetch(new URL('/', host.url));
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('<div id="root">');
      } finally {
        await host.stop();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('bundles the report writers and the PDF reading so that, as CommonJS in a worker thread, they find their fonts, WebAssembly and pdfjs', async () => {
    const { build } = await import('esbuild');
    fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
    const dir = fs.mkdtempSync(path.join(root, 'test-results', 'report-bundle-'));
    try {
      const outfile = path.join(dir, 'report-worker.cjs');
      // With the worker bundle's options, as the backend worker will bundle them.
      const result = await build({
        ...workerBundle,
        entryPoints: undefined,
        stdin: {
          contents: [
            "import { parentPort } from 'node:worker_threads';",
            "import { reportDocx } from './db/report/docx.ts';",
            "import { fixtureModel } from './db/report/fixture-model.ts';",
            "import { reportXlsx } from './db/report/xlsx.ts';",
            "import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';",
            "import { finishPdf, pdfAttachments, pdfPageTexts } from './db/report/pdf.ts';",
            "const model = fixtureModel('en');",
            // A PDF finished and read back as the printing pipeline does (pdf-lib, pdfjs).
            'async function pdf(xlsx) {',
            '  const doc = await PDFDocument.create();',
            '  const font = await doc.embedFont(StandardFonts.Helvetica);',
            "  doc.addPage().drawText('Bundled and read back', { x: 50, y: 700, font, size: 12 });",
            "  const finished = await finishPdf(await doc.save(), model, { name: 'data.xlsx', mimeType: 'application/zip', description: 'data', content: xlsx });",
            '  return { texts: await pdfPageTexts(finished), attachments: await pdfAttachments(finished) };',
            '}',
            'Promise.all([reportDocx(model), reportXlsx(model)]).then(',
            '  async ([docx, xlsx]) => parentPort.postMessage({ docx, xlsx, pdf: await pdf(xlsx) }),',
            '  (error) => parentPort.postMessage({ error: String(error) }),',
            ');',
          ].join('\n'),
          resolveDir: root,
          sourcefile: 'report-worker.ts',
          loader: 'ts',
        },
        outfile,
        sourcemap: false,
        metafile: true,
        logLevel: 'silent',
      });
      expect(result.warnings).toEqual([]);
      expect(Object.keys(result.metafile.inputs)).toContain('db/report/raster.ts');
      // The TTF and .wasm files are read from node_modules at run time, not bundled.
      expect(Object.keys(result.metafile.inputs).filter((file) => /\.(wasm|ttf)$/.test(file))).toEqual([]);
      const answer = await new Promise<{
        docx?: Uint8Array;
        xlsx?: Uint8Array;
        pdf?: { texts: string[]; attachments: { name: string; bytes: number }[] };
        error?: string;
      }>((resolve, reject) => {
        const worker = new Worker(outfile);
        worker.once('message', (message) => {
          resolve(message);
          void worker.terminate();
        });
        worker.once('error', reject);
      });
      expect(answer.error).toBeUndefined();
      const docx = unzipSync(answer.docx!);
      expect(Object.keys(docx).filter((name) => name.startsWith('word/fonts/'))).toHaveLength(3);
      const png = Object.entries(docx).find(
        ([name, bytes]) => name.endsWith('.png') && bytes.length > 1000,
      )?.[1];
      expect(Buffer.from(png!).readUInt32BE(16)).toBe(1280);
      expect(Object.keys(unzipSync(answer.xlsx!))).toContain('xl/worksheets/sheet2.xml');
      // pdfjs (loaded from node_modules at run time) reads what pdf-lib finished.
      expect(answer.pdf).toEqual({
        texts: ['Bundled and read back'],
        attachments: [{ name: 'data.xlsx', bytes: answer.xlsx!.length }],
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
