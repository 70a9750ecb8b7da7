// `npm run schema:snapshot` and `npm run schema:types` regenerate the committed schema files from
// the migrations; the drift tests (db/migrations/migrate.test.ts, db/schema/types.test.ts) compare
// against the same generators, so a run of the script is all a new migration needs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../support/temp.ts';

const root = path.resolve(import.meta.dirname, '../..');
const newDir = tempDirs();

describe('npm run schema:snapshot', () => {
  it('is the script in package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.scripts['schema:snapshot']).toMatch(/&& node scripts\/schema-snapshot\.ts$/);
  });

  it('writes the schema of a freshly migrated database, its fingerprints and the new-workspace script, which are the committed files', () => {
    const out = path.join(newDir(), 'schema.sql');
    const fingerprints = path.join(newDir(), 'fingerprints.ts');
    const newWorkspace = path.join(newDir(), 'new-workspace.ts');
    const result = spawnSync(
      process.execPath,
      [
        path.join(root, 'scripts/schema-snapshot.ts'),
        '--out',
        out,
        '--fingerprints',
        fingerprints,
        '--new-workspace',
        newWorkspace,
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status, result.stderr).toBe(0);
    const written = fs.readFileSync(out, 'utf8');
    expect(written).toMatch(/^CREATE TABLE cluster \(/m);
    expect(written).toMatch(/^CREATE TRIGGER audit_goal_update /m);
    expect(written).toBe(fs.readFileSync(path.join(root, 'db/schema/schema.snapshot.sql'), 'utf8'));
    expect(fs.readFileSync(fingerprints, 'utf8')).toBe(
      fs.readFileSync(path.join(root, 'db/schema/fingerprints.ts'), 'utf8'),
    );
    expect(fs.readFileSync(newWorkspace, 'utf8')).toBe(
      fs.readFileSync(path.join(root, 'db/schema/new-workspace.ts'), 'utf8'),
    );
  });
});
