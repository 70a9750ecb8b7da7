import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSchemaTypes } from './codegen.ts';

describe('Kysely schema types', () => {
  it('match the migrated schema (run `npm run schema:types` after a migration)', () => {
    const committed = fs.readFileSync(path.join(import.meta.dirname, 'types.ts'), 'utf8');
    expect(committed).toBe(generateSchemaTypes());
  });
});
