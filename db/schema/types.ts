// Kysely's view of the schema, written by hand and checked against the migrated database by
// db/schema/types.test.ts, so it cannot drift from the migrations.
import type { Generated, Selectable } from 'kysely';

export interface ClusterTable {
  id: Generated<number>;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface WorkspaceSchema {
  cluster: ClusterTable;
}

/** Column names per table, for the drift test. Must list exactly the interface's keys. */
export const schemaColumns: { [T in keyof WorkspaceSchema]: readonly (keyof WorkspaceSchema[T])[] } = {
  cluster: ['id', 'name', 'created_at', 'updated_at'],
};

export type ClusterRow = Selectable<ClusterTable>;
