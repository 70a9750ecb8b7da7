// A writer for the kill test: opens the workspace through the real backend and records
// measurements as fast as it can, printing "ack N" after each acknowledged (committed) write.
// The parent kills it with SIGKILL at a random moment.
import { createBackend } from '../../db/backend/backend.ts';

const [file, dataDir, startArg] = process.argv.slice(2);
const backend = await createBackend({ workspacePath: file!, dataDir: dataDir!, log: () => undefined });
let n = Number(startArg);
const indicatorId = Number(process.env.INDICATOR_ID);
const day = (i: number) => new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
// The parent is gone (killed, timed out): stop instead of writing into a pipe nobody reads.
process.stdout.on('error', () => process.exit(0));
process.on('disconnect', () => process.exit(0));
process.stdout.write('ready\n');
for (;;) {
  const result = await backend.call('measurements.create', {
    indicatorId,
    date: day(n),
    value: n,
    note: 'x'.repeat(n % 500),
  });
  if (!result.ok) {
    process.stderr.write(`write failed: ${JSON.stringify(result.error)}\n`);
    process.exit(2);
  }
  process.stdout.write(`ack ${n}\n`);
  n++;
}
