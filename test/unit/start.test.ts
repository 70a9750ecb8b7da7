// `npm start` on a machine without the Electron binary: one clear sentence and a pointer to
// `npm run web`, not a stack trace. ELECTRON_OVERRIDE_DIST_PATH points the electron package at an
// empty folder, so this holds on any machine, with or without a downloaded binary.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateElectron, missingElectronMessage } from '../../scripts/electron-binary.ts';

const root = path.resolve(import.meta.dirname, '../..');
const emptyDist = fs.mkdtempSync(path.join(os.tmpdir(), 'no-electron-'));
const env = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: emptyDist };

describe('npm start without Electron', () => {
  it('reports the missing binary instead of a path that does not exist', () => {
    expect(locateElectron(env)).toEqual({ ok: false, message: missingElectronMessage });
  });

  it('prints one sentence that names the cause and points to npm run web, and exits non-zero', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'scripts/start.ts')], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(missingElectronMessage);
    expect(missingElectronMessage).toMatch(/Electron binary/);
    expect(missingElectronMessage).toContain('npm run web');
    expect(missingElectronMessage.split(/[.!?](\s|$)/).filter((s) => s.trim()).length).toBe(1);
  });
});
