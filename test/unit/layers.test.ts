// The layer rule renderer → shared ← db ← electron fails the build twice over: the lint rule on
// import paths, and the per-layer tsconfigs (shared/ has no DOM and no Node types). These tests
// feed deliberate violations to both and expect them refused.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

/** Lints a probe file placed in the layer's folder (in a temp subfolder, removed after). */
function lint(file: string, source: string): string {
  const layerDir = path.join(root, path.dirname(file));
  const dir = fs.mkdtempSync(path.join(layerDir, 'probe-'));
  try {
    const probe = path.join(dir, path.basename(file));
    // One level deeper than the named file: adjust relative imports accordingly.
    fs.writeFileSync(
      probe,
      source.replace(/from '\.\.?\//g, (m) => `from '../${m.slice(6)}`),
    );
    const result = spawnSync(bin('biome'), ['lint', '--max-diagnostics=50', path.relative(root, probe)], {
      cwd: root,
      encoding: 'utf8',
    });
    return result.stdout + result.stderr;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('lint rule on imports', () => {
  it.each([
    ['shared/contract/probe.ts', "import { x } from '../../db/sqlite/query.ts';\nexport const y = x;\n"],
    ['shared/contract/probe.ts', "import fs from 'node:fs';\nexport const y = fs;\n"],
    ['shared/contract/probe.ts', "import { create } from 'zustand';\nexport const y = create;\n"],
    [
      'renderer/workbench/probe.ts',
      "import { createBackend } from '../../db/backend/backend.ts';\nexport const y = createBackend;\n",
    ],
    ['renderer/workbench/probe.ts', "import { app } from 'electron';\nexport const y = app;\n"],
    [
      'db/backend/probe.ts',
      "import { Workbench } from '../../renderer/workbench/Workbench.tsx';\nexport const y = Workbench;\n",
    ],
    ['db/backend/probe.ts', "import { app } from 'electron';\nexport const y = app;\n"],
    [
      'electron/probe.ts',
      "import { useWorkbench } from '../renderer/stores/workbench.ts';\nexport const y = useWorkbench;\n",
    ],
  ])('refuses %s importing across layers (%#)', (file, source) => {
    expect(lint(file, source)).toContain('noRestrictedImports');
  });

  it.each([
    [
      'renderer/workbench/probe.ts',
      "import { contract } from '../../shared/contract/contract.ts';\nexport const y = contract;\n",
    ],
    [
      'db/backend/probe.ts',
      "import { contract } from '../../shared/contract/contract.ts';\nexport const y = contract;\n",
    ],
    [
      'electron/probe.ts',
      "import { createBackend } from '../db/backend/backend.ts';\nexport const y = createBackend;\n",
    ],
  ])('allows %s importing along the layer rule (%#)', (file, source) => {
    expect(lint(file, source)).not.toContain('noRestrictedImports');
  });
});

describe('per-layer tsconfig', () => {
  function typecheck(layer: string, source: string): { status: number | null; output: string } {
    const dir = fs.mkdtempSync(path.join(root, layer, '.probe-'));
    try {
      fs.writeFileSync(path.join(dir, 'probe.ts'), source);
      fs.writeFileSync(
        path.join(dir, 'tsconfig.json'),
        JSON.stringify({ extends: '../tsconfig.json', include: ['./probe.ts'], exclude: [] }),
      );
      const result = spawnSync(bin('tsc'), ['-p', dir], { cwd: root, encoding: 'utf8' });
      return { status: result.status, output: result.stdout + result.stderr };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  it('compiles shared/ without DOM types', () => {
    const result = typecheck('shared', 'export const title = document.title;\n');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/Cannot find name 'document'/);
  });

  it('compiles shared/ without Node types', () => {
    const result = typecheck('shared', 'export const cwd = process.cwd();\n');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/Cannot find name 'process'/);
  });

  it('compiles renderer/ without Node types', () => {
    const result = typecheck('renderer', "export const dir = __dirname + 'x';\n");
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/Cannot find name '__dirname'/);
  });

  it('accepts pure code in shared/', () => {
    expect(typecheck('shared', 'export const n: number = [1, 2].reduce((a, b) => a + b, 0);\n').status).toBe(
      0,
    );
  });
});
