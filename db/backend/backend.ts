// The backend: one implementation of the contract over one open workspace. Transports (Electron
// IPC, the loopback web host) hand it a call name and an untrusted input; it validates, runs the
// handler (write calls in one transaction), and answers with a result, never a throw.

import { type CallName, contract, isCallName } from '../../shared/contract/contract.ts';
import type { BackendEvent } from '../../shared/contract/events.ts';
import { type ApiError, ApiFailure, fail, ok, type Result } from '../../shared/contract/result.ts';
import { toValidationIssues } from '../../shared/contract/validation.ts';
import { type OpenedWorkspace, openWorkspace } from '../sqlite/connection.ts';
import { QueryRunner } from '../sqlite/query.ts';
import { AppStateStore } from './app-state.ts';
import type { CallContext } from './context.ts';
import { handlers } from './handlers.ts';

export interface BackendOptions {
  readonly workspacePath: string;
  readonly dataDir: string;
  readonly now?: () => Date;
  /** Check every answer against the contract's output schema (tests turn this on). */
  readonly validateOutputs?: boolean;
  readonly log?: (message: string, error: unknown) => void;
  /** Passed to openWorkspace (tests simulate read-only files with it). */
  readonly canWrite?: (file: string) => boolean;
}

export interface Backend {
  call(name: unknown, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: BackendEvent) => void): () => void;
  readonly workspace: OpenedWorkspace;
  close(): void;
}

export function createBackend(options: BackendOptions): Backend {
  const workspace = openWorkspace(
    options.workspacePath,
    options.canWrite ? { canWrite: options.canWrite } : {},
  );
  const appState = new AppStateStore(options.dataDir);
  const q = new QueryRunner(workspace.db);
  const listeners = new Set<(event: BackendEvent) => void>();
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message, error) => console.error(message, error));

  function dispatch(name: CallName, input: unknown): Result<unknown> {
    const spec = contract[name];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success)
      return fail({ kind: 'validation', issues: toValidationIssues(parsed.error.issues, input ?? {}) });
    if (
      spec.writes &&
      workspace.readOnly &&
      !name.startsWith('preferences.') &&
      !name.startsWith('viewState.')
    ) {
      return fail({ kind: 'forbidden', reason: 'readOnly' });
    }

    const pending: BackendEvent[] = [];
    const ctx: CallContext = {
      q,
      db: workspace.db,
      appState,
      workspacePath: workspace.path,
      readOnly: workspace.readOnly,
      schemaVersion: workspace.schemaVersion,
      now: () => now().toISOString(),
      emit: (event) => pending.push(event),
    };
    const handler = handlers[name] as (input: unknown, ctx: CallContext) => unknown;
    const run = () => handler(parsed.data, ctx);
    const data = spec.writes ? workspace.db.transaction(run).immediate() : run();

    if (options.validateOutputs) {
      const checked = spec.output.safeParse(data);
      if (!checked.success) {
        return fail({
          kind: 'internal',
          message: `Output of ${name} breaks the contract: ${checked.error.message}`,
        });
      }
    }
    for (const event of pending) for (const listener of listeners) listener(event);
    return ok(data);
  }

  return {
    workspace,
    async call(name, input) {
      if (!isCallName(name)) return fail({ kind: 'notFound', entity: 'call', id: String(name) });
      try {
        return dispatch(name, input);
      } catch (error) {
        return fail(toApiError(error, name, log));
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      if (workspace.db.open) workspace.db.close();
    },
  };
}

function toApiError(error: unknown, name: string, log: NonNullable<BackendOptions['log']>): ApiError {
  if (error instanceof ApiFailure) return error.error;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return { kind: 'conflict', code: 'constraint' };
  }
  if (code === 'SQLITE_READONLY') return { kind: 'forbidden', reason: 'readOnly' };
  log(`Call ${name} failed`, error);
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
}
