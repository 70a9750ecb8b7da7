// `npm run schema:types`: regenerates db/schema/types.ts from the migrations.
import fs from 'node:fs';
import path from 'node:path';
import { generateSchemaTypes } from '../db/schema/codegen.ts';

const file = path.resolve(import.meta.dirname, '../db/schema/types.ts');
fs.writeFileSync(file, generateSchemaTypes());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
