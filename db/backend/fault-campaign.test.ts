// The fault campaign: kill -9 at random moments across every kind of write the app makes —
// ordinary edits (single and batched), imports of 100,000 rows, backups, freezing an evaluation
// and archiving a report — and after every kill the file is checked: SQLite's integrity and
// foreign keys, every acknowledged write there, imports, freezes and batches all or nothing, every
// archived file whole (its bytes hash to the SHA-256 it is filed under). CI runs a small round
// count; `FAULT_CAMPAIGN_ROUNDS=1000 npx vitest run --project unit db/backend/fault-campaign.test.ts`
// is the long run, on ten workspaces of 100 rounds each (FAULT_CAMPAIGN_SEGMENT). The figures are
// printed as one JSON line ("fault campaign: {...}").
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { must } from '../../test/support/fixtures.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { createBackend } from './backend.ts';

const newDir = tempDirs();
const children = new Set<ChildProcess>();
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});
const root = path.resolve(import.meta.dirname, '../..');
const rounds = Number(process.env.FAULT_CAMPAIGN_ROUNDS ?? 10);
/**
 * Rounds per workspace: each segment starts from a copy of the same new workspace. Every committed
 * import adds 100,000 entries to the undo log, so one file through 1,000 rounds would grow to
 * gigabytes and the integrity check after each kill would take most of the run. A short run (CI's)
 * still changes workspace once half-way, so the switch itself is run everywhere.
 */
const SEGMENT_ROUNDS = Number(process.env.FAULT_CAMPAIGN_SEGMENT ?? Math.min(100, Math.ceil(rounds / 2)));
const IMPORT_ROWS = 100_000;
const IMPORT_SERIES = 100;

type Scenario = 'edits' | 'import' | 'backup' | 'freeze' | 'report';
const scenarios: readonly Scenario[] = ['edits', 'import', 'backup', 'freeze', 'report'];
/** When the kill lands, after the writer says it is ready (ms): spread over the work's length. */
const killWindow: Record<Scenario, readonly [number, number]> = {
  edits: [10, 300],
  // An import of 100,000 rows takes a few seconds: kills land before, in and after its commit.
  import: [300, 9_000],
  backup: [10, 400],
  freeze: [0, 1_500],
  report: [0, 3_000],
};

function run(
  scenario: Scenario,
  file: string,
  dir: string,
  arg: string,
  env: Record<string, string>,
): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'test/faults/campaign-writer.ts'), scenario, file, dir, arg],
      { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.add(child);
    const [from, to] = killWindow[scenario];
    const acked: string[] = [];
    let buffer = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready')
          setTimeout(() => child.kill('SIGKILL'), from + Math.floor(Math.random() * (to - from)));
        else if (line.startsWith('ack ')) acked.push(line.slice(4));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL'
        ? resolve(acked)
        : reject(new Error(`${scenario} writer exited ${code}: ${errors}`)),
    );
  });
}

/** A CSV of 100,000 values in German format whose values mark the round they belong to. */
function importFile(dir: string, round: number): string {
  const lines = ['Indikator;Datum;Wert'];
  for (let i = 0; i < IMPORT_ROWS; i++) {
    const month = Math.floor(i / IMPORT_SERIES);
    const date = new Date(Date.UTC(1950 + Math.floor(month / 12), (month % 12) + 1, 0));
    lines.push(
      `Reihe ${(i % IMPORT_SERIES) + 1};${date.toISOString().slice(0, 10)};${round * 1_000_000 + i}`,
    );
  }
  const file = path.join(dir, `import-${round}.csv`);
  fs.writeFileSync(file, lines.join('\n'));
  return file;
}

describe('kill -9 across edits, imports, backups, freezes and report archiving', () => {
  it(
    `leaves no corrupt file, loses no acknowledged write and keeps every step all or nothing (${rounds} rounds)`,
    async () => {
      const dir = newDir();
      const template = path.join(dir, 'template.clusterpilot');
      // The demo (its draft and its locked evaluation), a cluster for edits and one for imports.
      const backend = await createBackend({
        workspacePath: template,
        dataDir: dir,
        demoForNewWorkspace: 'de',
      });
      const edits = await must<{ id: number }>(backend, 'clusters.create', { name: 'Kill' });
      const series = await must<{ id: number }>(backend, 'indicators.create', {
        clusterId: edits.id,
        name: 'Werte',
        kind: 'output',
        direction: 'increase',
        aggregation: 'periodic',
        frequency: 'monthly',
      });
      const imports = await must<{ id: number }>(backend, 'clusters.create', { name: 'Import' });
      for (let s = 1; s <= IMPORT_SERIES; s++)
        await must(backend, 'indicators.create', {
          clusterId: imports.id,
          name: `Reihe ${s}`,
          kind: 'output',
          direction: 'increase',
          aggregation: 'periodic',
          frequency: 'monthly',
        });
      const db0 = backend.workspace.db;
      const draft = db0.prepare("select id from evaluation where status = 'draft' order by id").pluck().get();
      const locked = db0
        .prepare("select id from evaluation where status = 'locked' order by id")
        .pluck()
        .get();
      backend.close();
      expect(draft).toBeTypeOf('number');
      expect(locked).toBeTypeOf('number');

      const figures = {
        rounds: 0,
        workspaces: Math.ceil(rounds / SEGMENT_ROUNDS),
        byScenario: Object.fromEntries(scenarios.map((s) => [s, 0])) as Record<Scenario, number>,
        acknowledged: 0,
        corrupt: 0,
        lost: 0,
        partial: 0,
        importsCommitted: 0,
        importsRolledBack: 0,
      };
      let next = 0;
      let lastFreeze: { takenAt: string; items: number } | null = null;
      const ackedReports = new Set<number>();
      const ackedEdits = new Set<number>();
      let file = '';
      /** The app opens what the kills left and answers. */
      const reopen = async () => {
        const reopened = await createBackend({ workspacePath: file, dataDir: dir });
        expect((await reopened.call('clusters.list', {})).ok, `${file} reopened`).toBe(true);
        reopened.close();
      };

      for (let round = 0; round < rounds; round++) {
        if (round % SEGMENT_ROUNDS === 0) {
          if (file) {
            await reopen();
            for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
          }
          file = path.join(dir, `campaign-${round / SEGMENT_ROUNDS + 1}.clusterpilot`);
          for (const suffix of ['', '-wal'])
            if (fs.existsSync(`${template}${suffix}`))
              fs.copyFileSync(`${template}${suffix}`, `${file}${suffix}`);
          next = 0;
          lastFreeze = null;
          ackedReports.clear();
          ackedEdits.clear();
        }
        const scenario = scenarios[round % scenarios.length]!;
        const env = { INDICATOR_ID: String(series.id), CLUSTER_ID: String(edits.id) };
        let arg = '';
        if (scenario === 'edits') arg = String(next);
        if (scenario === 'import') {
          arg = importFile(dir, round);
          env.CLUSTER_ID = String(imports.id);
        }
        if (scenario === 'freeze') arg = String(draft);
        if (scenario === 'report') arg = String(locked);
        const acked = await run(scenario, file, dir, arg, env);
        figures.rounds++;
        figures.byScenario[scenario]++;
        figures.acknowledged += acked.length;

        const db = new Database(file);
        try {
          const integrity = db.pragma('integrity_check', { simple: true });
          if (integrity !== 'ok') figures.corrupt++;
          // Fail at once, so a long run that is still going has had no corrupt file so far.
          expect(integrity, `round ${round} (${scenario}): integrity`).toBe('ok');
          expect(db.pragma('foreign_key_check'), `round ${round} (${scenario}): foreign keys`).toEqual([]);
          const where = `round ${round} (${scenario})`;
          switch (scenario) {
            case 'edits': {
              for (const line of acked) for (const n of line.split(' ')) ackedEdits.add(Number(n));
              const stored = new Set(
                db
                  .prepare('select value from measurement where indicator_id = ?')
                  .pluck()
                  .all(series.id) as number[],
              );
              const lost = [...ackedEdits].filter((n) => !stored.has(n));
              figures.lost += lost.length;
              expect(lost, `${where}: acknowledged but missing`).toEqual([]);
              // A batch of three is one transaction: all three values or none.
              const batches = db
                .prepare(
                  "select count(*) from (select cast(value as integer) / 4 as b, count(*) as n from measurement where indicator_id = ? and note = 'batch' group by b) where n <> 3",
                )
                .pluck()
                .get(series.id) as number;
              figures.partial += batches;
              expect(batches, `${where}: batches cut in half`).toBe(0);
              next =
                ((db
                  .prepare('select max(value) from measurement where indicator_id = ?')
                  .pluck()
                  .get(series.id) as number | null) ?? -4) + 4;
              next -= next % 4;
              break;
            }
            case 'import': {
              const count = db
                .prepare('select count(*) from measurement where value >= ? and value < ?')
                .pluck()
                .get(round * 1_000_000, round * 1_000_000 + IMPORT_ROWS) as number;
              if (count === IMPORT_ROWS) figures.importsCommitted++;
              else if (count === 0) figures.importsRolledBack++;
              else figures.partial++;
              expect([0, IMPORT_ROWS], `${where}: rows of the import`).toContain(count);
              if (acked.length > 0) expect(count, `${where}: an acknowledged import`).toBe(IMPORT_ROWS);
              fs.rmSync(arg);
              break;
            }
            case 'backup':
              // Checked in depth by faults.test.ts; here: the workspace itself stays whole.
              break;
            case 'freeze': {
              const last = acked.at(-1);
              if (last) {
                const [takenAt, items] = last.split(' ');
                lastFreeze = { takenAt: takenAt!, items: Number(items) };
              }
              const snapshot = db
                .prepare('select taken_at as takenAt, data from evaluation_snapshot where evaluation_id = ?')
                .get(draft) as { takenAt: string; data: string } | undefined;
              const items = db
                .prepare('select count(*) from agenda_item where evaluation_id = ?')
                .pluck()
                .get(draft) as number;
              if (lastFreeze) {
                expect(snapshot, `${where}: the acknowledged snapshot`).toBeDefined();
                expect(
                  snapshot!.takenAt >= lastFreeze.takenAt,
                  `${where}: snapshot older than acknowledged`,
                ).toBe(true);
                expect(items, `${where}: the agenda of the snapshot`).toBe(lastFreeze.items);
              }
              if (snapshot) expect(() => JSON.parse(snapshot.data)).not.toThrow();
              break;
            }
            case 'report': {
              for (const line of acked) for (const id of line.split(' ')) ackedReports.add(Number(id));
              const ids = new Set(db.prepare('select id from report').pluck().all() as number[]);
              const lost = [...ackedReports].filter((id) => !ids.has(id));
              figures.lost += lost.length;
              expect(lost, `${where}: acknowledged reports missing`).toEqual([]);
              // Every archived file is whole: its bytes hash to the name it is filed under.
              const files = db
                .prepare(
                  'select a.sha256, a.bytes, a.content from attachment a where a.sha256 in (select sha256 from report)',
                )
                .all() as { sha256: string; bytes: number; content: Buffer }[];
              for (const f of files) {
                const whole =
                  f.content.length === f.bytes &&
                  createHash('sha256').update(f.content).digest('hex') === f.sha256;
                if (!whole) figures.partial++;
                expect(whole, `${where}: archived file ${f.sha256}`).toBe(true);
              }
              break;
            }
          }
        } finally {
          db.close();
        }
      }
      await reopen();

      process.stdout.write(`fault campaign: ${JSON.stringify(figures)}\n`);
      expect(figures.corrupt).toBe(0);
      expect(figures.acknowledged).toBeGreaterThan(0);
    },
    Math.max(240_000, rounds * 10_000),
  );
});
