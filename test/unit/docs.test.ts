// The repository explains itself: docs/domain.md is the domain summary the code's comments cite.
// Its file paths must exist, its German terms must be the UI's, and nothing may cite a domain
// document that is not in the repository.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { de } from '../../shared/i18n/de.ts';
import type { MessageKey } from '../../shared/i18n/en.ts';

const root = path.resolve(import.meta.dirname, '../..');
const domain = fs.readFileSync(path.join(root, 'docs/domain.md'), 'utf8');

describe('docs/domain.md', () => {
  it('names only files that exist', () => {
    const paths = [...domain.matchAll(/`([\w.-]+\/[\w./-]+)`/g)].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThan(15);
    expect(paths.filter((p) => !fs.existsSync(path.join(root, p)))).toEqual([]);
  });

  it('gives the German terms the UI uses', () => {
    const rows = [...domain.matchAll(/^\| ([^|]+) \| ([^|]+) \| `([\w.]+)` \|$/gm)];
    expect(rows.length).toBeGreaterThan(20);
    for (const [, english, german, key] of rows) {
      expect(`${english} → ${de[key as MessageKey]}`).toBe(`${english} → ${german}`);
    }
  });

  it('is the domain document every reference points to', () => {
    const missing = `${'DOMAIN'}.md`;
    const files = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
    }).stdout.split('\n');
    const citing = files.filter(
      (f) => f !== '' && !f.endsWith('.png') && fs.readFileSync(path.join(root, f), 'utf8').includes(missing),
    );
    expect(citing).toEqual([]);
  });
});

describe('README.md', () => {
  it('names only files and folders of the repository that exist', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const paths = [
      ...readme.matchAll(/`((?:db|shared|renderer|electron|scripts|test|docs)\/[\w./-]*)`/g),
    ].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((p) => !fs.existsSync(path.join(root, p)))).toEqual([]);
  });
});
