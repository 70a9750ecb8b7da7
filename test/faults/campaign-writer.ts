// The writer of the fault campaign (db/backend/fault-campaign.test.ts): opens the workspace through
// the real backend and does one kind of work as fast as it can, printing "ack …" after each
// acknowledged (committed) step. The parent kills it with SIGKILL at a random moment.
//   edits  <first n> : single measurements and batches of three in one call
//   import <csv file>: one import of the file's rows (100,000), all or nothing, after a backup
//   backup           : manual backups
//   freeze <id>      : freezing the evaluation's snapshot (and regenerating its agenda)
//   report <id>      : producing and archiving the evaluation's report as Word and Excel
import fs from 'node:fs';
import { createBackend } from '../../db/backend/backend.ts';

const [scenario, file, dataDir, arg] = process.argv.slice(2);
const backend = await createBackend({ workspacePath: file!, dataDir: dataDir!, log: () => undefined });
process.stdout.on('error', () => process.exit(0));
process.on('disconnect', () => process.exit(0));
const say = (line: string) => process.stdout.write(`${line}\n`);

async function must<T>(name: string, input: unknown): Promise<T> {
  const result = await backend.call(name as never, input as never);
  if (!result.ok) {
    process.stderr.write(`${name} failed: ${JSON.stringify(result.error)}\n`);
    process.exit(2);
  }
  return result.data as T;
}

const day = (i: number) => new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
const indicatorId = Number(process.env.INDICATOR_ID);
const clusterId = Number(process.env.CLUSTER_ID);

if (scenario === 'import') {
  const content = fs.readFileSync(arg!).toString('base64');
  say('ready');
  const done = await must<{ imported: number }>('measurements.import', {
    clusterId,
    fileName: 'werte.csv',
    content,
  });
  say(`ack ${done.imported}`);
  // Wait to be killed; a timer keeps Node from ending (an unsettled top-level await exits 13).
  setInterval(() => undefined, 60_000);
  await new Promise(() => undefined);
}
say('ready');
for (let n = Number(arg ?? 0); ; n += 4) {
  switch (scenario) {
    case 'edits':
      await must('measurements.create', { indicatorId, date: day(n), value: n, note: 'x'.repeat(n % 500) });
      say(`ack ${n}`);
      await must('measurements.save', {
        clusterId,
        changes: [1, 2, 3].map((k) => ({ indicatorId, date: day(n + k), value: n + k, note: 'batch' })),
      });
      say(`ack ${n + 1} ${n + 2} ${n + 3}`);
      break;
    case 'backup':
      say(`ack ${(await must<{ file: string }>('backups.create', {})).file}`);
      break;
    case 'freeze': {
      const frozen = await must<{ takenAt: string; agendaItems: number }>('evaluation.freeze', {
        evaluationId: Number(arg),
      });
      say(`ack ${frozen.takenAt} ${frozen.agendaItems}`);
      break;
    }
    case 'report': {
      const produced = await must<{ id: number }[]>('reports.produce', {
        evaluationId: Number(arg),
        language: 'de',
        variant: 'standard',
        formats: ['docx', 'xlsx'],
      });
      say(`ack ${produced.map((r) => r.id).join(' ')}`);
      break;
    }
    default:
      process.stderr.write(`unknown scenario ${scenario}\n`);
      process.exit(2);
  }
}
