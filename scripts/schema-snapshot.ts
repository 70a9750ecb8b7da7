// `npm run schema:snapshot`: regenerates db/schema/schema.snapshot.sql from the migrations
// (`-- --out FILE` writes elsewhere, e.g. to compare).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateSchemaSnapshot } from '../db/schema/snapshot.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const file = path.resolve(values.out ?? path.join(import.meta.dirname, '../db/schema/schema.snapshot.sql'));
fs.writeFileSync(file, generateSchemaSnapshot());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
