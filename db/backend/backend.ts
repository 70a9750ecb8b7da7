// The backend: one implementation of the contract over one open workspace. It assembles the
// feature modules' calls (db/<feature>/calls.ts) into one table typed against the contract, and
// dispatches: transports hand it a call name and an untrusted input; it validates, runs the
// handler (each write call in one audited transaction), and answers with a result, never a
// throw. Calls run one at a time, so a workspace switch never interleaves with another call.
import {
  appStateCalls,
  type CallName,
  type CallSpec,
  contract,
  isCallName,
} from '../../shared/contract/contract.ts';
import { readEnvelope } from '../../shared/contract/envelope.ts';
import type { BackendEvent } from '../../shared/contract/events.ts';
import { type ApiError, ApiFailure, fail, ok, type Result } from '../../shared/contract/result.ts';
import { toValidationIssues } from '../../shared/contract/validation.ts';
import { evaluationFileCalls, evaluationRowCalls } from '../evaluation/calls.ts';
import { historyRowCalls } from '../history/calls.ts';
import { monitoringFileCalls, monitoringRowCalls } from '../monitoring/calls.ts';
import { networkFileCalls, networkRowCalls } from '../network/calls.ts';
import { systemUserName } from '../paths.ts';
import { reportFileCalls, reportRowCalls } from '../report/calls.ts';
import { resourceFileCalls, resourceRowCalls } from '../resources/calls.ts';
import type { OpenedWorkspace } from '../sqlite/connection.ts';
import { entityRowCalls, strategyRowCalls } from '../strategy/calls.ts';
import { workspaceFileCalls, workspaceRowCalls } from '../workspace/calls.ts';
import { AppStateStore } from './app-state.ts';
import type { FileContext, FileHandler, Handlers, RowHandler } from './calls.ts';
import type { CallContext } from './context.ts';
import { closeBatch, openBatch } from './history.ts';
import type { HostServices } from './host-services.ts';
import { readSettings } from './queries.ts';
import { type DemoLanguage, type Session, WorkspaceSessions } from './sessions.ts';

export type { HostServices } from './host-services.ts';

/** Every feature's calls, as the feature modules list them (a test checks none overlap). */
export const callTables = {
  workspaceRowCalls,
  workspaceFileCalls,
  strategyRowCalls,
  entityRowCalls,
  monitoringRowCalls,
  monitoringFileCalls,
  networkRowCalls,
  networkFileCalls,
  historyRowCalls,
  evaluationRowCalls,
  evaluationFileCalls,
  resourceRowCalls,
  resourceFileCalls,
  reportRowCalls,
  reportFileCalls,
} as const;

const fileHandlers = {
  ...workspaceFileCalls,
  ...monitoringFileCalls,
  ...evaluationFileCalls,
  ...resourceFileCalls,
  ...reportFileCalls,
  ...networkFileCalls,
};

/** One handler per contract call: a call without one, or one without a call, does not compile. */
export const handlers: Handlers = {
  ...workspaceRowCalls,
  ...strategyRowCalls,
  ...entityRowCalls,
  ...monitoringRowCalls,
  ...networkRowCalls,
  ...historyRowCalls,
  ...evaluationRowCalls,
  ...resourceRowCalls,
  ...reportRowCalls,
  ...fileHandlers,
};

/** Calls that work on files: async, not wrapped in a row transaction. */
export const fileCallNames: ReadonlySet<string> = new Set(Object.keys(fileHandlers));

export interface BackendOptions {
  readonly workspacePath: string;
  readonly dataDir: string;
  readonly now?: () => Date;
  /** Check every answer against the contract's output schema (tests turn this on). */
  readonly validateOutputs?: boolean;
  readonly log?: (message: string, error: unknown) => void;
  /** Passed to openWorkspace (tests simulate read-only files with it). */
  readonly canWrite?: (file: string) => boolean;
  readonly host?: HostServices;
  /**
   * A workspace file that does not exist yet is created with the demo cluster in this language;
   * 'ui': in the language the renderer shows, once it says so (workspace.start).
   */
  readonly demoForNewWorkspace?: DemoLanguage | 'ui' | null;
  /** Opened instead when `workspacePath` cannot be opened; the failure is reported in workspace.info. */
  readonly fallbackWorkspacePath?: string;
}

/** What a host relays to: calls in, results and events out. */
export interface BackendService {
  call(name: unknown, input: unknown): Promise<Result<unknown>>;
  /**
   * A call as the web host received it, JSON text as bytes: read and checked by the backend
   * (in its worker thread, so a large import's body is never parsed on the host's thread).
   */
  callJson(body: Uint8Array): Promise<{ readonly status: number; readonly result: Result<unknown> }>;
  onEvent(listener: (event: BackendEvent) => void): () => void;
  close(): void | Promise<void>;
}

/** The backend in this thread, with the open workspace at hand (tests, the worker). */
export interface Backend extends BackendService {
  readonly workspace: OpenedWorkspace;
  close(): void;
}

const MAX_EVENT_CHANGES = 200;

export async function createBackend(options: BackendOptions): Promise<Backend> {
  const appState = new AppStateStore(options.dataDir);
  const listeners = new Set<(event: BackendEvent) => void>();
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message, error) => console.error(message, error));
  const osUser = systemUserName();
  const emit = (event: BackendEvent) => {
    for (const listener of listeners) listener(event);
  };

  const sessions = await WorkspaceSessions.open({
    workspacePath: options.workspacePath,
    fallbackWorkspacePath: options.fallbackWorkspacePath,
    dataDir: options.dataDir,
    appState,
    now,
    log,
    emit,
    canWrite: options.canWrite,
    demoForNewWorkspace: options.demoForNewWorkspace ?? null,
  });

  /** What a handler gets on the current session; `pending` collects its events. */
  function contextFor(
    session: Session,
    pending: BackendEvent[],
    batchId: number,
    userName: () => string,
  ): CallContext {
    const { db } = session.ws;
    return {
      // Read only when a write needs it: reads stay close to a raw prepared statement.
      get user() {
        return userName();
      },
      q: session.q,
      db,
      schema: session.schema,
      appState,
      dataDir: options.dataDir,
      workspacePath: session.ws.path,
      readOnly: session.ws.readOnly,
      schemaVersion: session.ws.schemaVersion,
      batchId,
      now: () => now().toISOString(),
      emit: (event) => pending.push(event),
      setReason: (reason) => {
        if (batchId === 0) throw new Error('A reason belongs to a write call.');
        db.prepare('update audit_batch set reason = ? where id = ?').run(reason, batchId);
      },
    };
  }

  function dispatch(name: CallName, input: unknown, handler: RowHandler<CallName>): Result<unknown> {
    const spec = contract[name] as CallSpec;
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success)
      return fail({ kind: 'validation', issues: toValidationIssues(parsed.error.issues, input ?? {}) });
    const session = sessions.current;
    const audited = spec.writes && !appStateCalls.has(name);
    if (audited && session.ws.readOnly) return fail({ kind: 'forbidden', reason: 'readOnly' });

    const pending: BackendEvent[] = [];
    const { db } = session.ws;
    let user: string | undefined;
    const makeContext = (batchId: number): CallContext =>
      contextFor(session, pending, batchId, () => {
        user ??= readSettings(db).userName || osUser;
        return user;
      });

    let data: unknown;
    if (audited) {
      const at = now().toISOString();
      const result = db
        .transaction(() => {
          user ??= readSettings(db).userName || osUser;
          const batchId = openBatch(db, at, user, name);
          const value = handler(parsed.data as never, makeContext(batchId));
          const changes = closeBatch(db, batchId);
          const kind =
            (db.prepare('select kind from audit_batch where id = ?').pluck().get(batchId) as string) ??
            'edit';
          return { value, changes, batchId, kind };
        })
        .immediate();
      data = result.value;
      if (result.changes.length > 0) {
        pending.push({
          type: 'changed',
          batchId: result.batchId,
          kind: result.kind as 'edit',
          label: name,
          at,
          entities: [...new Set(result.changes.map((c) => c.entity))],
          changes: result.changes
            .slice(0, MAX_EVENT_CHANGES)
            .map(({ entity, entityId, action, label }) => ({ entity, id: entityId, action, label })),
          truncated: result.changes.length > MAX_EVENT_CHANGES,
        });
      }
    } else {
      data = handler(parsed.data as never, makeContext(0));
    }
    return finish(name, data, pending);
  }

  function finish(name: CallName, data: unknown, pending: readonly BackendEvent[]): Result<unknown> {
    if (options.validateOutputs) {
      const checked = (contract[name] as CallSpec).output.safeParse(data);
      if (!checked.success) {
        return fail({
          kind: 'internal',
          message: `Output of ${name} breaks the contract: ${checked.error.message}`,
        });
      }
    }
    for (const event of pending) emit(event);
    return ok(data);
  }

  const fileContext: FileContext = {
    sessions,
    host: options.host,
    dataDir: options.dataDir,
    now,
    runAudited: (name, input, body) =>
      // The body's output type is the call's; the dispatcher is generic over all calls.
      dispatch(name, input, body as RowHandler<CallName>) as never,
    read: (body) => {
      const session = sessions.current;
      let user: string | undefined;
      return body(
        contextFor(session, [], 0, () => {
          user ??= readSettings(session.ws.db).userName || osUser;
          return user;
        }),
      );
    },
  };

  async function run(name: unknown, input: unknown): Promise<Result<unknown>> {
    if (!isCallName(name))
      return fail({
        kind: 'notFound',
        entity: 'call',
        id: typeof name === 'string' ? name.slice(0, 100) : typeof name,
      });
    try {
      if (fileCallNames.has(name)) {
        const parsed = (contract[name] as CallSpec).input.safeParse(input ?? {});
        if (!parsed.success)
          return fail({ kind: 'validation', issues: toValidationIssues(parsed.error.issues, input ?? {}) });
        const handler = handlers[name] as FileHandler<CallName>;
        return finish(name, await handler(parsed.data as never, fileContext), []);
      }
      return dispatch(name, input, handlers[name] as RowHandler<CallName>);
    } catch (error) {
      return fail(toApiError(error, name, log));
    }
  }

  // One call at a time: better-sqlite3 is synchronous anyway, and the file calls must not
  // interleave with calls on the workspace they are replacing.
  let queue: Promise<unknown> = Promise.resolve();
  const call = (name: unknown, input: unknown): Promise<Result<unknown>> => {
    const next = queue.then(() => run(name, input));
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    get workspace() {
      return sessions.current.ws;
    },
    call,
    async callJson(body) {
      const read = readEnvelope(new TextDecoder().decode(body));
      if (!read.ok) return { status: read.status, result: read.result };
      return { status: 200, result: await call(read.envelope.name, read.envelope.input) };
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      sessions.close();
    },
  };
}

function toApiError(error: unknown, name: string, log: NonNullable<BackendOptions['log']>): ApiError {
  if (error instanceof ApiFailure) return error.error;
  const code = (error as { code?: unknown }).code;
  // The period lock's trigger (migration 3): a value in a locked period changed without a reason.
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT') && /lockedPeriod/.test(String(error)))
    return { kind: 'conflict', code: 'lockedPeriod', path: ['reason'] };
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT'))
    return { kind: 'conflict', code: 'constraint' };
  if (code === 'SQLITE_READONLY') return { kind: 'forbidden', reason: 'readOnly' };
  if (code === 'SQLITE_FULL') return { kind: 'conflict', code: 'diskFull' };
  if (code === 'SQLITE_BUSY') return { kind: 'conflict', code: 'busy' };
  // A file the operating system would not read or write (Node's errors carry codes like EACCES).
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return { kind: 'conflict', code: 'cannotWrite' };
  log(`Call ${name} failed`, error);
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
}
