// Bench sections on the backend's own thread and the evaluation:
// - hostStall: the web host's thread during an import of 100,000 rows that runs in the backend's
//   worker thread — its longest event-loop stall (target < 50 ms), and the import's duration;
// - evaluationFreeze: freezing the snapshot of the largest cluster of the large workspace
//   (target < 500 ms), and reading the evaluation view from it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createBackend } from '../../db/backend/backend.ts';
import { startBackendWorker } from '../../db/backend/worker-backend.ts';
import { workerSource } from '../../db/backend/worker-source.ts';
import { generateLarge } from '../../db/generate/large.ts';
import { openWorkspace } from '../../db/sqlite/connection.ts';
import { startWebHost } from '../../db/web/host.ts';

const round = (n: number) => Math.round(n * 10) / 10;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

function germanCsv(indicators: readonly string[], perIndicator: number): string {
  const lines = ['Indikator;Datum;Wert'];
  for (const name of indicators) {
    for (let m = 0; m < perIndicator; m++) {
      const end = new Date(Date.UTC(2010, m + 1, 0));
      const date = `${String(end.getUTCDate()).padStart(2, '0')}.${String(end.getUTCMonth() + 1).padStart(2, '0')}.${end.getUTCFullYear()}`;
      lines.push(`${name};${date};${(1000 + m * 1.5).toFixed(1).replace('.', ',')}`);
    }
  }
  return lines.join('\r\n');
}

export async function hostStall(runs: number) {
  const names = Array.from({ length: 1000 }, (_, i) => `Indikator ${i + 1}`);
  const content = Buffer.from(germanCsv(names, 100), 'utf8').toString('base64');
  const stalls: number[] = [];
  const durations: number[] = [];
  for (let run = 0; run < runs; run++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterpilot-bench-stall-'));
    try {
      const { db } = await openWorkspace(path.join(dir, 'w.clusterpilot'));
      db.transaction(() => {
        db.prepare('update audit_context set enabled = 0 where id = 1').run();
        const stamp = '2026-01-01T00:00:00.000Z';
        db.prepare('insert into cluster (name, created_at, updated_at) values (?, ?, ?)').run(
          'Import',
          stamp,
          stamp,
        );
        const insert = db.prepare(
          `insert into indicator (cluster_id, name, kind, direction, aggregation, frequency, created_at, updated_at)
           values (1, ?, 'output', 'increase', 'periodic', 'monthly', ?, ?)`,
        );
        for (const name of names) insert.run(name, stamp, stamp);
        db.prepare('update audit_context set enabled = 1 where id = 1').run();
      })();
      db.close();
      const rendererDir = path.join(dir, 'renderer');
      fs.mkdirSync(rendererDir);
      const backend = await startBackendWorker({
        workerEntry: workerSource,
        workspacePath: path.join(dir, 'w.clusterpilot'),
        dataDir: dir,
      });
      const host = await startWebHost({ backend, rendererDir });
      try {
        const delay = monitorEventLoopDelay({ resolution: 1 });
        delay.enable();
        const started = performance.now();
        const response = await fetch(`${host.origin}/api/call`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-clusterpilot-token': host.token },
          body: JSON.stringify({
            name: 'measurements.import',
            input: { clusterId: 1, fileName: 'werte.csv', content },
          }),
        });
        const result = (await response.json()) as { ok: boolean; data?: { imported: number } };
        durations.push(performance.now() - started);
        delay.disable();
        if (!result.ok || result.data?.imported !== 100_000)
          throw new Error(`import failed: ${JSON.stringify(result)}`);
        stalls.push(delay.max / 1e6);
      } finally {
        await host.close();
        await backend.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return {
    rows: 100_000,
    hostLongestStallMs: { p50: round(percentile(stalls, 50)), max: round(Math.max(...stalls)) },
    importMs: { p50: round(percentile(durations, 50)), max: round(Math.max(...durations)) },
    budgets: { hostLongestStallMs: 50 },
  };
}

export async function evaluationFreeze(runs: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterpilot-bench-freeze-'));
  try {
    const file = path.join(dir, 'workspace.clusterpilot');
    const { db } = await openWorkspace(file);
    generateLarge(db);
    db.close();
    const backend = await createBackend({ workspacePath: file, dataDir: dir, log: () => undefined });
    try {
      const raw = backend.workspace.db;
      // The cluster with the most indicators and measurements.
      const clusterId = raw
        .prepare(
          'select i.cluster_id from measurement m join indicator i on i.id = m.indicator_id group by i.cluster_id order by count(*) desc limit 1',
        )
        .pluck()
        .get() as number;
      const year = raw
        .prepare(
          'select substr(max(m.date), 1, 4) from measurement m join indicator i on i.id = m.indicator_id where i.cluster_id = ?',
        )
        .pluck()
        .get(clusterId) as string;
      const created = await backend.call('evaluations.create', {
        clusterId,
        title: 'Bench',
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        cutoffDate: `${year}-12-31`,
      });
      if (!created.ok) throw new Error(JSON.stringify(created.error));
      const evaluationId = (created.data as { id: number }).id;
      const freeze: number[] = [];
      const view: number[] = [];
      let agendaItems = 0;
      let snapshotBytes = 0;
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const result = await backend.call('evaluation.freeze', { evaluationId });
        freeze.push(performance.now() - start);
        if (!result.ok) throw new Error(JSON.stringify(result.error));
        agendaItems = (result.data as { agendaItems: number }).agendaItems;
        const viewStart = performance.now();
        await backend.call('evaluation.view', { evaluationId });
        view.push(performance.now() - viewStart);
      }
      snapshotBytes =
        (raw
          .prepare('select length(data) from evaluation_snapshot where evaluation_id = ?')
          .pluck()
          .get(evaluationId) as number) ?? 0;
      const counts = raw
        .prepare(
          'select (select count(*) from indicator where cluster_id = ?) as indicators, (select count(*) from measurement m join indicator i on i.id = m.indicator_id where i.cluster_id = ?) as measurements',
        )
        .get(clusterId, clusterId) as { indicators: number; measurements: number };
      return {
        cluster: { id: clusterId, ...counts },
        agendaItems,
        snapshotBytes,
        freezeMs: { p50: round(percentile(freeze, 50)), max: round(Math.max(...freeze)) },
        viewMs: { p50: round(percentile(view, 50)), max: round(Math.max(...view)) },
        budgets: { freezeMs: 500 },
      };
    } finally {
      backend.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
