import type { BackendEvent } from '../../shared/contract/events.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';
import type { QueryRunner } from '../sqlite/query.ts';
import type { AppStateStore } from './app-state.ts';
import type { SchemaInfo } from './entity-store.ts';

/** What a handler gets besides its validated input. */
export interface CallContext {
  readonly q: QueryRunner;
  readonly db: SqliteDatabase;
  readonly schema: SchemaInfo;
  readonly appState: AppStateStore;
  readonly dataDir: string;
  readonly workspacePath: string;
  readonly readOnly: boolean;
  readonly schemaVersion: number;
  /** Who the audit trail names: the user name from the settings, else the OS user. */
  readonly user: string;
  /** The audit batch of the current write call (0 outside write calls). */
  readonly batchId: number;
  /** The current time as an ISO string (injectable for tests). */
  now(): string;
  /** Queues an event; it is delivered only if the call succeeds. */
  emit(event: BackendEvent): void;
  /**
   * Records why this action was taken in its audit batch (a change inside a locked evaluation
   * period needs one; the Activity panel shows it). Only in write calls.
   */
  setReason(reason: string): void;
}
