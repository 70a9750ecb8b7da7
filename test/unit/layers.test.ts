// The layer rule renderer → shared ← db ← electron fails the build twice over:
// - Biome (`npm run lint`): noRestrictedImports on import paths per folder (biome.json), and a
//   plugin that refuses inline `import('…')` types, which that rule cannot see
//   (biome-no-inline-import-type.grit);
// - tsc (`npm run typecheck`, i.e. `tsc -b`): one composite project per layer that lists only its
//   own folder and references only the layers it may use, so a file of any other layer is
//   "not listed within the file list of project" (TS6307); shared/ has no DOM and no Node types,
//   renderer/ no Node types.
// These tests write probe files into the real layer folders and run both checks on them the way
// the npm scripts do: every import across the rule is refused by both, one along it by neither.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

type Layer = 'shared' | 'db' | 'electron' | 'renderer';

/** A file to place in a layer folder; `@/` in its source stands for the repository root. */
interface Probe {
  readonly layer: Layer;
  readonly name: string;
  readonly source: string;
  /** Whether Biome must refuse it (false: only the compiler can see it, e.g. a DOM global). */
  readonly biome: boolean;
  /** The compiler error it must cause, or null where only Biome guards (package names). */
  readonly tsc: RegExp | null;
}

const notListed = /error TS6307: File '[^']+' is not listed within the file list of project/;

const illegal: Probe[] = [
  // Imports across layers: both checks.
  {
    layer: 'shared',
    name: 'an import of db/',
    source: "import { builder } from '@/db/sqlite/query.ts';\nexport const y = builder;\n",
    biome: true,
    tsc: notListed,
  },
  {
    layer: 'shared',
    name: 'an import of renderer/',
    source: "import { editorKey } from '@/renderer/stores/workbench.ts';\nexport const y = editorKey;\n",
    biome: true,
    tsc: notListed,
  },
  {
    layer: 'renderer',
    name: 'an import of db/',
    source: "import { createBackend } from '@/db/backend/backend.ts';\nexport const y = createBackend;\n",
    biome: true,
    tsc: notListed,
  },
  {
    layer: 'renderer',
    name: 'an inline import type of db/',
    source: "type Backend = import('@/db/backend/backend.ts').Backend;\nexport type Y = Backend;\n",
    biome: true,
    tsc: notListed,
  },
  {
    layer: 'renderer',
    name: 'an inline typeof import of electron/',
    source: "export const y: typeof import('@/electron/security.ts') | null = null;\n",
    biome: true,
    tsc: notListed,
  },
  {
    layer: 'renderer',
    name: 'a dynamic import of db/',
    source: "export const load = () => import('@/db/backend/backend.ts');\n",
    biome: true,
    tsc: notListed,
  },
  {
    layer: 'db',
    name: 'an import of renderer/',
    source: "import { editorKey } from '@/renderer/stores/workbench.ts';\nexport const y = editorKey;\n",
    biome: true,
    tsc: notListed,
  },
  {
    layer: 'db',
    name: 'an import of electron/',
    source: "import { APP_ORIGIN } from '@/electron/security.ts';\nexport const y = APP_ORIGIN;\n",
    biome: true,
    tsc: notListed,
  },
  {
    layer: 'electron',
    name: 'an import of renderer/',
    source:
      "import { useWorkbench } from '@/renderer/stores/workbench.ts';\nexport const y = useWorkbench;\n",
    biome: true,
    tsc: notListed,
  },
  // Node and the DOM where they do not belong.
  {
    layer: 'shared',
    name: 'a Node module',
    source: "import fs from 'node:fs';\nexport const y = fs;\n",
    biome: true,
    tsc: /Cannot find (name|module) 'node:fs'/,
  },
  {
    layer: 'shared',
    name: 'a DOM global',
    source: 'export const title = document.title;\n',
    biome: false,
    tsc: /Cannot find name 'document'/,
  },
  {
    layer: 'shared',
    name: 'a Node global',
    source: 'export const cwd = process.cwd();\n',
    biome: false,
    tsc: /Cannot find name 'process'/,
  },
  {
    layer: 'renderer',
    name: 'a Node global',
    source: "export const dir = __dirname + 'x';\n",
    biome: false,
    tsc: /Cannot find name '__dirname'/,
  },
  // Packages: only Biome knows which belong to which layer.
  {
    layer: 'shared',
    name: 'zustand',
    source: "import { create } from 'zustand';\nexport const y = create;\n",
    biome: true,
    tsc: null,
  },
  {
    layer: 'renderer',
    name: 'electron',
    source: "import { app } from 'electron';\nexport const y = app;\n",
    biome: true,
    tsc: null,
  },
  {
    layer: 'db',
    name: 'electron',
    source: "import { app } from 'electron';\nexport const y = app;\n",
    biome: true,
    tsc: null,
  },
];

const legal: Record<Layer, string> = {
  shared: "import { localToday } from '@/shared/time/today.ts';\nexport const y = localToday;\n",
  db: [
    "import fs from 'node:fs';",
    "import { contract } from '@/shared/contract/contract.ts';",
    "import { builder } from '@/db/sqlite/query.ts';",
    'export const y = [fs, contract, builder];',
    '',
  ].join('\n'),
  electron: [
    "import { app } from 'electron';",
    "import type { Backend } from '@/db/backend/backend.ts';",
    "import { contract } from '@/shared/contract/contract.ts';",
    'export const y = [app, contract];',
    'export type B = Backend;',
    '',
  ].join('\n'),
  renderer: [
    "import { useState } from 'react';",
    "import { contract } from '@/shared/contract/contract.ts';",
    'export const y = [useState, contract, document.title];',
    '',
  ].join('\n'),
};

interface Result {
  readonly status: number | null;
  readonly output: string;
}

const exec = (command: string, args: string[]): Result => {
  const result = spawnSync(bin(command), args, { cwd: root, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
};
const posix = (file: string) => path.relative(root, file).split(path.sep).join('/');

/**
 * Writes the sources as files into a fresh folder inside the layer, runs `check` with their
 * repository-relative paths and the folder, then removes them and any declarations tsc emitted.
 */
function withProbes<T>(
  layer: Layer,
  sources: readonly string[],
  check: (files: string[], dir: string) => T,
): T {
  const dir = fs.mkdtempSync(path.join(root, layer, 'probe-'));
  try {
    const toRoot = path.relative(dir, root).split(path.sep).join('/');
    const files = sources.map((source, i) => {
      const file = path.join(dir, `probe${i}.ts`);
      fs.writeFileSync(file, source.replaceAll("'@/", `'${toRoot}/`));
      return posix(file);
    });
    return check(files, posix(dir));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(path.join(root, '.tsbuild', layer, path.basename(dir)), { recursive: true, force: true });
  }
}

/** Biome as `npm run lint` runs it, on the given files or folder. */
const lint = (target: string) => exec('biome', ['lint', '--max-diagnostics=none', target]);
/** The layer's project as `npm run typecheck` (`tsc -b`) builds it, with everything in its folder. */
const typecheck = (layer: Layer) => exec('tsc', ['-b', `${layer}/tsconfig.json`]);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const linesOf = (output: string, file: string) =>
  output.split('\n').filter((line) => line.startsWith(`${file}(`) || line.startsWith(`${file}:`));

describe.each(['shared', 'db', 'electron', 'renderer'] as const)('layer %s/', (layer) => {
  const probes = illegal.filter((p) => p.layer === layer);
  // Biome judges each file alone: one run for all probes. tsc reports a file outside the project
  // once, at its first import, and one probe's types could excuse another's (a package bringing
  // in Node's globals): one build per probe.
  let linted: { files: string[]; result: Result };
  let typechecked: ({ file: string; result: Result } | null)[];
  let allowed: { lint: Result; tsc: Result };

  beforeAll(() => {
    linted = withProbes(
      layer,
      probes.map((p) => p.source),
      (files, dir) => ({ files, result: lint(dir) }),
    );
    typechecked = probes.map((p) =>
      p.tsc ? withProbes(layer, [p.source], ([file]) => ({ file: file!, result: typecheck(layer) })) : null,
    );
    allowed = withProbes(layer, [legal[layer]], (_files, dir) => ({
      lint: lint(dir),
      tsc: typecheck(layer),
    }));
  }, 180_000);

  it.each(probes.map((p, i) => [p.name, p, i] as const))('refuses %s', (_name, p, i) => {
    const file = linted.files[i]!;
    const diagnostic = new RegExp(`^${escapeRegExp(file)}:\\d+:\\d+ (lint/style/noRestrictedImports|plugin)`);
    const biomeFound = linesOf(linted.result.output, file).some((line) => diagnostic.test(line));
    expect(biomeFound).toBe(p.biome);
    if (p.biome) expect(linted.result.status).not.toBe(0);
    const checked = typechecked[i];
    if (p.tsc && checked) {
      expect(checked.result.status).not.toBe(0);
      expect(linesOf(checked.result.output, checked.file).join('\n')).toMatch(p.tsc);
    }
  });

  it('accepts imports along the rule in both checks', () => {
    expect(allowed.lint.output).not.toMatch(/noRestrictedImports|Layer rule/);
    expect(allowed.lint.status).toBe(0);
    expect(allowed.tsc.output).toBe('');
    expect(allowed.tsc.status).toBe(0);
  });
});

describe('the type-check', () => {
  it('is tsc -b over the root solution, which references every project', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.scripts.typecheck).toBe('tsc -b');
    const solution = fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8');
    for (const project of ['shared', 'db', 'electron', 'renderer', 'scripts', 'test']) {
      expect(solution).toContain(`{ "path": "./${project}" }`);
    }
  });

  it('checks every TypeScript file: each in its own layer, every test in the test project', () => {
    const listed = (project: string) => {
      const result = spawnSync(bin('tsc'), ['-p', project, '--listFilesOnly'], {
        cwd: root,
        encoding: 'utf8',
      });
      return new Set(
        result.stdout.split('\n').map((f) => path.relative(root, f.trim()).split(path.sep).join('/')),
      );
    };
    const projects = Object.fromEntries(
      ['shared', 'db', 'electron', 'renderer', 'scripts', 'test'].map((p) => [p, listed(p)]),
    );
    const files = spawnSync(
      'git',
      ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    )
      .stdout.split('\n')
      .filter((f) => f !== '' && !/(^|\/)probe-/.test(f));
    expect(files.length).toBeGreaterThan(100);
    const unchecked = files.filter((file) => {
      const folder = file.includes('/') ? file.slice(0, file.indexOf('/')) : '';
      const project = /\.test\.tsx?$/.test(file) || !(folder in projects) ? 'test' : folder;
      return !projects[project]!.has(file);
    });
    expect(unchecked).toEqual([]);
  });
});
