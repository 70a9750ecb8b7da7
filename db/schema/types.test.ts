import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../test/support/temp.ts';
import { openWorkspace } from '../sqlite/connection.ts';
import { schemaColumns } from './types.ts';

const newDir = tempDirs();

describe('hand-written Kysely types', () => {
  it('list exactly the tables and columns of the migrated schema', () => {
    const { db } = openWorkspace(path.join(newDir(), 'types.clusterpilot'));
    const tables = (
      db
        .prepare(
          "select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' order by name",
        )
        .all() as {
        name: string;
      }[]
    ).map((t) => t.name);
    expect(tables).toEqual(Object.keys(schemaColumns).sort());
    for (const table of tables) {
      const columns = (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
      expect(columns, table).toEqual(schemaColumns[table as keyof typeof schemaColumns]);
    }
    db.close();
  });
});
