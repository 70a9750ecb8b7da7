// Packaging cannot run on the build machines (no Electron binary), so its settings are checked here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

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
      entryPoints: [path.join(root, 'electron/main.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      metafile: true,
      external: ['electron', 'better-sqlite3'],
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
        entryPoints: [path.join(root, 'db/backend/worker.ts')],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        outfile,
        external: ['better-sqlite3'],
        logLevel: 'silent',
      });
      expect(result.warnings).toEqual([]);
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
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
