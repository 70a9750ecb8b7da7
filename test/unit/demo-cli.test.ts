import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../support/temp.ts';

const root = path.resolve(import.meta.dirname, '../..');
const newDir = tempDirs();
const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(root, 'scripts/demo.ts'), ...args], { encoding: 'utf8' });

describe('npm run demo', () => {
  it('writes the English demo workspace to the named file', () => {
    const out = path.join(newDir(), 'demo-en.clusterpilot');
    const result = run('--out', out, '--lang', 'en');
    expect(result.status, result.stderr).toBe(0);
    const db = new Database(out, { readonly: true });
    expect(db.prepare('select name from cluster').pluck().get()).toBe('Havelland Photonics Network');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('refuses to overwrite a file and explains its arguments', () => {
    const out = path.join(newDir(), 'exists.clusterpilot');
    fs.writeFileSync(out, 'keep me');
    expect(run('--out', out).status).toBe(1);
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    const usage = run('--lang', 'fr');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Usage: npm run demo -- --out FILE.clusterpilot [--lang de|en]');
  });
});
