// `npm run schema:snapshot`: regenerates db/schema/schema.snapshot.sql, db/schema/fingerprints.ts and
// db/schema/new-workspace.ts from the migrations (`-- --out FILE --fingerprints FILE --new-workspace
// FILE` write elsewhere, e.g. to compare).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  generateFingerprintsModule,
  generateNewWorkspaceModule,
  generateSchemaSnapshot,
} from '../db/schema/snapshot.ts';

const { values } = parseArgs({
  options: { out: { type: 'string' }, fingerprints: { type: 'string' }, 'new-workspace': { type: 'string' } },
});
const file = path.resolve(values.out ?? path.join(import.meta.dirname, '../db/schema/schema.snapshot.sql'));
fs.writeFileSync(file, generateSchemaSnapshot());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
const fingerprints = path.resolve(
  values.fingerprints ?? path.join(import.meta.dirname, '../db/schema/fingerprints.ts'),
);
fs.writeFileSync(fingerprints, generateFingerprintsModule());
console.log(`wrote ${path.relative(process.cwd(), fingerprints)}`);
const newWorkspace = path.resolve(
  values['new-workspace'] ?? path.join(import.meta.dirname, '../db/schema/new-workspace.ts'),
);
fs.writeFileSync(newWorkspace, generateNewWorkspaceModule());
console.log(`wrote ${path.relative(process.cwd(), newWorkspace)}`);
