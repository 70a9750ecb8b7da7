// `npm run report` as a coordinator runs it: a workspace file in, PDF, Word and Excel files out,
// archived in the workspace; and each kind of bad input ending with one sentence, a non-zero
// exit and nothing written (no file, no archive entry).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDataDir } from './support/host.ts';

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
let workspace: string;

function report(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'scripts/report.ts'), '--data-dir', dir, ...args],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { code: run.status, out: run.stdout.trim(), err: run.stderr.trim() };
}
const archived = () => {
  const db = new Database(workspace, { readonly: true });
  try {
    return db.prepare('select count(*) from report').pluck().get() as number;
  } finally {
    db.close();
  }
};

beforeAll(() => {
  dir = tempDataDir('clusterpilot-cli-');
  workspace = path.join(dir, 'demo.clusterpilot');
  const demo = spawnSync(process.execPath, [
    path.join(root, 'scripts/demo.ts'),
    '--out',
    workspace,
    '--lang',
    'de',
  ]);
  expect(demo.status).toBe(0);
});

describe('npm run report', () => {
  it('renders and archives the latest evaluation as PDF, Word and Excel', () => {
    const pdf = path.join(dir, 'bericht.pdf');
    const run = report(
      '--workspace',
      workspace,
      '--evaluation',
      'latest',
      '--lang',
      'de',
      '--out',
      pdf,
      '--docx',
      path.join(dir, 'bericht.docx'),
      '--xlsx',
      path.join(dir, 'daten.xlsx'),
    );
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /^Wrote .*bericht\.pdf \(PDF, \d+ pages, SHA-256 [0-9a-f]{64}\), archived as report 1 of “Jahresevaluierung 2025”\./m,
    );
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(fs.readFileSync(path.join(dir, 'bericht.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readFileSync(path.join(dir, 'daten.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(archived()).toBe(3);
  }, 120_000);

  it.each([
    [['--foo'], 2, /^Unknown option '--foo'/],
    [
      ['--workspace', 'x.clusterpilot', '--evaluation', '1', '--lang', 'fr', '--out', 'x.pdf'],
      2,
      /^--lang must be de or en, not “fr”\./,
    ],
    [
      ['--workspace', 'missing.clusterpilot', '--evaluation', '1', '--lang', 'de', '--out', 'x.pdf'],
      1,
      /^There is no workspace file .*missing\.clusterpilot\./,
    ],
    [['--evaluation', '1', '--lang', 'de', '--out', 'x.pdf'], 2, /^Missing --workspace\./],
  ])('refuses %j with one sentence', (args, code, message) => {
    const run = report(
      ...args.map((a) => (a.endsWith('.clusterpilot') || a.endsWith('.pdf') ? path.join(dir, a) : a)),
    );
    expect(run.code).toBe(code);
    expect(run.err.split('\n')[0]).toMatch(message);
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
  });

  it('refuses an evaluation that does not exist or has no frozen data, and an unwritable folder, writing nothing', () => {
    const before = archived();
    const pdf = path.join(dir, 'x.pdf');
    const missing = report('--workspace', workspace, '--evaluation', '99', '--lang', 'en', '--out', pdf);
    expect(missing).toMatchObject({ code: 1, err: 'There is no evaluation 99 in the workspace.' });
    const draft = report('--workspace', workspace, '--evaluation', '2', '--lang', 'en', '--out', pdf);
    expect(draft.code).toBe(1);
    expect(draft.err).toBe(
      'The evaluation “Jahresevaluierung 2026” has no frozen data yet: freeze its data first, then produce the report.',
    );
    const nowhere = report(
      '--workspace',
      workspace,
      '--evaluation',
      '1',
      '--lang',
      'en',
      '--out',
      path.join(dir, 'no', 'x.pdf'),
    );
    expect(nowhere).toMatchObject({ code: 1, err: `The folder ${path.join(dir, 'no')} does not exist.` });
    // /proc takes no files, not even from root.
    const denied = report(
      '--workspace',
      workspace,
      '--evaluation',
      '1',
      '--lang',
      'en',
      '--out',
      '/proc/x.pdf',
    );
    expect(denied.code).toBe(1);
    expect(denied.err).toMatch(/^“?\/proc\/x\.pdf”? could not be written/);
    expect(fs.existsSync(pdf)).toBe(false);
    expect(archived()).toBe(before);
  }, 120_000);
});
