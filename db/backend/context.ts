import type { BackendEvent } from '../../shared/contract/events.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';
import type { QueryRunner } from '../sqlite/query.ts';
import type { AppStateStore } from './app-state.ts';

/** What a handler gets besides its validated input. */
export interface CallContext {
  readonly q: QueryRunner;
  readonly db: SqliteDatabase;
  readonly appState: AppStateStore;
  readonly workspacePath: string;
  readonly readOnly: boolean;
  readonly schemaVersion: number;
  /** The current time as an ISO string (injectable for tests). */
  now(): string;
  /** Queues an event; it is delivered only if the call's transaction commits. */
  emit(event: BackendEvent): void;
}
