// A backup writer for the kill test: opens the workspace through the real backend and takes
// manual backups as fast as it can, printing "ack <file>" after each acknowledged one. The
// parent kills it with SIGKILL at a random moment, often in the middle of a backup.
import { createBackend } from '../../db/backend/backend.ts';

const [file, dataDir] = process.argv.slice(2);
const backend = await createBackend({ workspacePath: file!, dataDir: dataDir!, log: () => undefined });
process.stdout.on('error', () => process.exit(0));
process.on('disconnect', () => process.exit(0));
process.stdout.write('ready\n');
for (;;) {
  const result = await backend.call('backups.create', {});
  if (!result.ok) {
    process.stderr.write(`backup failed: ${JSON.stringify(result.error)}\n`);
    process.exit(2);
  }
  process.stdout.write(`ack ${(result.data as { file: string }).file}\n`);
}
