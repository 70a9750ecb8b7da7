// The first screen (workbench, explorer, welcome page or the restored tabs, status bar) loads only
// what it shows: every other editor, section and side view is a chunk of its own, imported when
// first opened (renderer/base/lazy.tsx). A static import that slips back (an editor imported by a
// contributions file, a chart library reached from a store) fails here.
//
// Why this way: the test builds the renderer in memory with the project's own vite.config.ts (a
// second or two, nothing written), so it checks the sources as they are, never a stale
// dist/renderer. It follows the entry chunk's static imports, which are exactly the chunks the
// browser fetches before anything is opened (index.html preloads them), and reads the modules
// each holds from the bundler's own output. Heavy modules are named by path, so the message says
// which one came back; the size budget catches what no name foresaw.
import path from 'node:path';
import type { OutputAsset, OutputChunk } from 'rolldown';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** Loaded when first used, never at start-up: editors and views off the first screen, and their libraries. */
const notOnFirstScreen = [
  /^renderer\/report\/(?!contributions\.tsx$|report-commands\.ts$|reports-store\.ts$)/,
  /^renderer\/resources\/(?!contributions\.tsx$)/,
  /^renderer\/evaluation\/(?!contributions\.tsx$|evaluation-commands\.ts$)/,
  /^renderer\/network\/(?!contributions\.tsx$|actor-names\.ts$)/,
  /^renderer\/monitoring\/(?!contributions\.tsx$)/,
  /^renderer\/editors\/(EntityEditor|GuideEditor|Targets|BreakPointRule|links|Commitments|Endorsements)\.tsx$/,
  /^renderer\/base\/(DataGrid|charts)\.tsx$/,
  /^shared\/(report|templates)\//,
  /node_modules\/(sigma|graphology[^/]*|d3-[^/]+|exceljs|docx|@cantoo\/pdf-lib|pdfjs-dist)\//,
];

/**
 * Minified JavaScript of the first screen, in KB: about 700 today (React DOM 200, the German and
 * English catalogues 250, Zod 90 for the entity registry the explorer and commands read); the
 * margin is smaller than any editor with its libraries.
 */
const FIRST_SCREEN_BUDGET_KB = 750;
/** Vite's warning limit: no chunk may come near it again. */
const CHUNK_LIMIT_KB = 500;

let chunks: Map<string, OutputChunk>;
let firstScreen: OutputChunk[];

beforeAll(async () => {
  // As `npm run build:renderer` builds it: vitest sets NODE_ENV=test, which would bring React's
  // development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const result = await build({
    configFile: path.join(root, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'silent',
    build: { write: false },
  }).finally(() => {
    process.env.NODE_ENV = nodeEnv;
  });
  const output = (Array.isArray(result) ? result[0] : result) as { output: (OutputChunk | OutputAsset)[] };
  chunks = new Map(
    output.output.filter((o): o is OutputChunk => o.type === 'chunk').map((c) => [c.fileName, c]),
  );
  const entry = [...chunks.values()].find(
    (c) => c.isEntry && /(index\.html|main\.tsx)$/.test(c.facadeModuleId ?? ''),
  );
  expect(entry).toBeDefined();
  // The static closure of the entry: what the browser loads before the workbench shows.
  const seen = new Set<string>();
  const queue = [entry!.fileName];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...chunks.get(file)!.imports);
  }
  firstScreen = [...seen].map((file) => chunks.get(file)!);
}, 60_000);

const relative = (id: string) => path.relative(root, id.replace(/\?.*$/, '')).split(path.sep).join('/');
const kb = (bytes: number) => Math.round(bytes / 1024);

describe('the first screen', () => {
  it('holds no editor, view or library that is loaded when first used', () => {
    const modules = firstScreen.flatMap((c) => c.moduleIds.map(relative));
    expect(modules.some((m) => m.startsWith('renderer/workbench/Workbench.tsx'))).toBe(true);
    expect(modules.filter((m) => notOnFirstScreen.some((pattern) => pattern.test(m)))).toEqual([]);
  });

  it('loads the editors off the first screen through import(), each in a chunk of its own', () => {
    const lazy = [...chunks.values()].filter((c) => !firstScreen.includes(c));
    const lazyModules = new Set(lazy.flatMap((c) => c.moduleIds.map(relative)));
    for (const editor of [
      'renderer/report/ReportEditor.tsx',
      'renderer/resources/BudgetEditor.tsx',
      'renderer/evaluation/MeetingPresenter.tsx',
      'renderer/network/NetworkEditor.tsx',
      'renderer/monitoring/MeasurementsEditor.tsx',
      'renderer/editors/EntityEditor.tsx',
    ])
      expect(lazyModules, editor).toContain(editor);
  });

  it(`stays within ${FIRST_SCREEN_BUDGET_KB} KB, and no chunk nears ${CHUNK_LIMIT_KB} KB`, () => {
    const total = firstScreen.reduce((sum, c) => sum + Buffer.byteLength(c.code), 0);
    expect(kb(total)).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET_KB);
    const large = [...chunks.values()]
      .filter((c) => Buffer.byteLength(c.code) > CHUNK_LIMIT_KB * 1024)
      .map((c) => `${c.fileName}: ${kb(Buffer.byteLength(c.code))} KB`);
    expect(large).toEqual([]);
  });
});
