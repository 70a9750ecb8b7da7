// The backend: one implementation of the contract over one open workspace. Transports (Electron
// IPC, the loopback web host) hand it a call name and an untrusted input; it validates, runs the
// handler (each write call in one audited transaction), and answers with a result, never a
// throw. Calls run one at a time, so a workspace switch never interleaves with another call.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  appStateCalls,
  type CallName,
  type CallSpec,
  contract,
  isCallName,
} from '../../shared/contract/contract.ts';
import type { BackendEvent } from '../../shared/contract/events.ts';
import type { ImportInput } from '../../shared/contract/monitoring.ts';
import { type ApiError, ApiFailure, fail, ok, type Result } from '../../shared/contract/result.ts';
import type { Backup, WorkspaceInfo } from '../../shared/contract/schemas.ts';
import { toValidationIssues } from '../../shared/contract/validation.ts';
import {
  type BackupReason,
  createBackup,
  isBackupOf,
  listBackups,
  pruneBackups,
  tidyBackups,
} from '../backup/backups.ts';
import { writeDemo } from '../demo/demo.ts';
import { exportCsv, exportXlsx } from '../monitoring/export.ts';
import { analyseImport, readTable } from '../monitoring/import.ts';
import { clusterIndicators, upsertMeasurements } from '../monitoring/measurements.ts';
import {
  type OpenedWorkspace,
  openPlaceholder,
  openWorkspace,
  WorkspaceOpenError,
} from '../sqlite/connection.ts';
import { QueryRunner } from '../sqlite/query.ts';
import { AppStateStore } from './app-state.ts';
import type { CallContext } from './context.ts';
import { SchemaInfo } from './entity-store.ts';
import type { Handler } from './handlers.ts';
import { handlers } from './handlers.ts';
import { closeBatch, openBatch } from './history.ts';
import { readSettings } from './queries.ts';

/** What only the hosting shell can do: native file dialogs, showing a file in the file manager. */
export interface HostServices {
  choosePath?(
    purpose: 'open' | 'new' | 'saveCopy' | 'exportCsv' | 'exportXlsx',
    current: string,
    suggestedName?: string,
  ): Promise<string | null>;
  reveal?(file: string): void;
}

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
  /** A workspace file that does not exist yet is created with the demo cluster in this language. */
  readonly demoForNewWorkspace?: 'de' | 'en' | null;
  /** Opened instead when `workspacePath` cannot be opened; the failure is reported in workspace.info. */
  readonly fallbackWorkspacePath?: string;
}

export interface Backend {
  call(name: unknown, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: BackendEvent) => void): () => void;
  readonly workspace: OpenedWorkspace;
  close(): void;
}

const DAY = 86_400_000;
const MAX_EVENT_CHANGES = 200;

interface Session {
  readonly ws: OpenedWorkspace;
  readonly q: QueryRunner;
  readonly schema: SchemaInfo;
}

export async function createBackend(options: BackendOptions): Promise<Backend> {
  const appState = new AppStateStore(options.dataDir);
  const listeners = new Set<(event: BackendEvent) => void>();
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message, error) => console.error(message, error));
  const osUser = (() => {
    try {
      return os.userInfo().username;
    } catch {
      return '';
    }
  })();
  const emit = (event: BackendEvent) => {
    for (const listener of listeners) listener(event);
  };

  // Backups run one at a time, so two never race for the same file name.
  let backups: Promise<unknown> = Promise.resolve();
  function queuedBackup(s: Session, reason: BackupReason): Promise<Backup> {
    const next = backups.then(() => createBackup(s.ws.db, options.dataDir, s.ws.path, reason, now()));
    backups = next.catch(() => undefined);
    return next;
  }

  async function openSession(file: string, demo: 'de' | 'en' | null): Promise<Session> {
    const isNew = !fs.existsSync(file);
    // What an interrupted backup of this workspace left behind goes first, so it is never counted.
    tidyBackups(options.dataDir, file);
    const ws = await openWorkspace(file, {
      ...(options.canWrite ? { canWrite: options.canWrite } : {}),
      backupBeforeMigration: (db) => createBackup(db, options.dataDir, file, 'before-migration', now()),
    });
    try {
      if (isNew && demo) writeDemo(ws.db, demo, now());
    } catch (error) {
      ws.close();
      fs.rmSync(file, { force: true });
      throw error;
    }
    appState.touchRecent(ws.path, now().toISOString());
    const session = { ws, q: new QueryRunner(ws.db), schema: new SchemaInfo(ws.db) };
    if (!ws.readOnly && !isNew) void dailyBackup(session);
    return session;
  }

  /** The session the app runs on when no file could be opened: empty, read-only, in memory. */
  function placeholderSession(): Session {
    const ws = openPlaceholder();
    return { ws, q: new QueryRunner(ws.db), schema: new SchemaInfo(ws.db) };
  }

  async function dailyBackup(s: Session): Promise<void> {
    try {
      const newest = listBackups(options.dataDir, s.ws.path)[0];
      if (newest && now().getTime() - Date.parse(newest.takenAt) < DAY) return;
      const backup = await queuedBackup(s, 'daily');
      prune(s);
      emit({ type: 'backupCreated', file: backup.file });
    } catch (error) {
      // A workspace closed meanwhile (switch, shutdown) simply gets its backup next time.
      if (s.ws.db.open) log('Daily backup failed', error);
    }
  }

  function prune(s: Session): void {
    const settings = readSettings(s.ws.db);
    pruneBackups(options.dataDir, s.ws.path, now(), {
      days: settings.backupDays,
      weeks: settings.backupWeeks,
    });
  }

  // The app always starts: on the workspace asked for, else on the fallback (the default
  // workspace), else on an empty placeholder; the failure is reported in workspace.info, where
  // the renderer offers to restore a backup or create a new workspace.
  let openError: WorkspaceInfo['openError'] = null;
  let session: Session;
  const primary = path.resolve(options.workspacePath);
  const demo = options.demoForNewWorkspace ?? null;
  try {
    session = await openSession(primary, demo);
  } catch (error) {
    openError = describeOpenFailure(primary, error, log);
    const fallback = options.fallbackWorkspacePath ? path.resolve(options.fallbackWorkspacePath) : null;
    let opened: Session | null = null;
    if (fallback && fallback !== primary) {
      try {
        opened = await openSession(fallback, demo);
      } catch (fallbackError) {
        log('The fallback workspace could not be opened either', fallbackError);
      }
    }
    session = opened ?? placeholderSession();
  }

  function info(): WorkspaceInfo {
    return {
      path: session.ws.path,
      fileName: session.ws.path ? path.basename(session.ws.path) : '',
      schemaVersion: session.ws.schemaVersion,
      readOnly: session.ws.readOnly,
      readOnlyReason: session.ws.readOnlyReason,
      openError,
    };
  }

  /** Replaces the open workspace; the old one stays open if the new one cannot be opened. */
  async function switchTo(file: string, demo: 'de' | 'en' | null = null): Promise<WorkspaceInfo> {
    let next: Session;
    try {
      next = await openSession(path.resolve(file), demo);
    } catch (error) {
      if (error instanceof WorkspaceOpenError) {
        throw new ApiFailure({
          kind: 'conflict',
          code: `open.${error.reason}`,
          path: ['path'],
          params: { value: file },
        });
      }
      throw error;
    }
    const previous = session;
    session = next;
    openError = null;
    previous.ws.close();
    emit({ type: 'workspaceChanged' });
    return info();
  }

  async function backupNow(reason: 'manual' | 'before-restore' | 'before-import'): Promise<Backup> {
    if (!session.ws.path) throw new ApiFailure({ kind: 'forbidden', reason: 'noWorkspace' });
    const backup = await queuedBackup(session, reason);
    prune(session);
    emit({ type: 'backupCreated', file: backup.file });
    return backup;
  }

  // Calls that work on files rather than rows: async, not wrapped in a row transaction.
  // biome-ignore lint/suspicious/noExplicitAny: inputs are validated against the contract before they arrive
  const fileCalls: Record<string, (input: any) => Promise<unknown>> = {
    'workspace.info': async () => info(),
    'workspace.choosePath': async ({ purpose, suggestedName }) => {
      if (!options.host?.choosePath) return { supported: false, path: null };
      return {
        supported: true,
        path: await options.host.choosePath(purpose, session.ws.path, suggestedName),
      };
    },
    'workspace.new': async ({ path: file, demo }) => {
      const target = path.resolve(withExtension(file));
      // A new workspace never takes over a file that is there already (ours or another program's).
      if (fs.existsSync(file) || fs.existsSync(target))
        throw new ApiFailure({ kind: 'conflict', code: 'exists', path: ['path'], params: { value: file } });
      return switchTo(target, demo === 'none' ? null : demo);
    },
    'workspace.open': async ({ path: file }) => {
      if (!fs.existsSync(file))
        throw new ApiFailure({
          kind: 'conflict',
          code: 'open.missing',
          path: ['path'],
          params: { value: file },
        });
      return switchTo(file);
    },
    'workspace.openDefault': async () => switchTo(path.resolve(options.workspacePath)),
    'workspace.saveCopy': async ({ path: file }) => {
      const target = path.resolve(withExtension(file));
      if (target === session.ws.path || fs.existsSync(target)) {
        throw new ApiFailure({ kind: 'conflict', code: 'exists', path: ['path'], params: { value: file } });
      }
      requireFolder(target, file);
      try {
        await session.ws.db.backup(target);
      } catch (error) {
        fs.rmSync(target, { force: true });
        throw cannotWrite(error, file);
      }
      return { path: target };
    },
    'workspace.reveal': async () => {
      if (!options.host?.reveal || !session.ws.path) return { revealed: false };
      options.host.reveal(session.ws.path);
      return { revealed: true };
    },
    'measurements.importPreview': async (input) => (await analyseFile(input)).preview,
    'measurements.import': async (input) => {
      if (session.ws.readOnly) throw new ApiFailure({ kind: 'forbidden', reason: 'readOnly' });
      const { preview, values } = await analyseFile(input);
      const first = preview.issues[0];
      if (first || preview.columns === null || values.length === 0) {
        throw new ApiFailure({
          kind: 'conflict',
          code: first ? 'import.invalid' : preview.columns === null ? 'import.columns' : 'import.empty',
          params: first
            ? { count: preview.issues.length + preview.moreIssues, row: first.row, column: first.column }
            : {},
        });
      }
      // A backup first, then every row in one audited transaction (one entry, one undo).
      const backup = await backupNow('before-import');
      const result = dispatch('measurements.import', input, (_input, ctx) => {
        upsertMeasurements(ctx.db, values, ctx.user, ctx.now());
        return {
          imported: values.length - preview.replaces,
          replaced: preview.replaces,
          backup: backup.file,
        };
      });
      if (!result.ok) throw new ApiFailure(result.error);
      return result.data;
    },
    'measurements.export': async ({ clusterId, indicatorId, format, language, path: target }) => {
      if (!session.q.getSql('select 1 from cluster where id = ?', [clusterId]))
        throw new ApiFailure({ kind: 'notFound', entity: 'cluster', id: clusterId });
      const content =
        format === 'csv'
          ? exportCsv(session.ws.db, clusterId, indicatorId, language)
          : await exportXlsx(session.ws.db, clusterId, indicatorId, language);
      const stamp = now().toISOString().slice(0, 10);
      const mimeType =
        format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      if (target) {
        const file = path.resolve(
          target.toLowerCase().endsWith(`.${format}`) ? target : `${target}.${format}`,
        );
        requireFolder(file, target);
        try {
          fs.writeFileSync(file, content);
        } catch (error) {
          throw cannotWrite(error, target);
        }
        return { fileName: path.basename(file), mimeType, content: '', path: file };
      }
      return {
        fileName: `measurements-${stamp}.${format}`,
        mimeType,
        content: content.toString('base64'),
        path: null,
      };
    },
    'backups.list': async ({ path: file }) => {
      const of = file ? path.resolve(file) : session.ws.path;
      return of ? listBackups(options.dataDir, of) : [];
    },
    'backups.create': async () => backupNow('manual'),
    'backups.restore': async ({ file, path: into }) => {
      const target = into ? path.resolve(into) : session.ws.path;
      if (!target || !isBackupOf(options.dataDir, target, file)) {
        throw new ApiFailure({ kind: 'notFound', entity: 'backup', id: file });
      }
      if (target !== session.ws.path) return restoreInto(file, target);
      if (session.ws.readOnly) throw new ApiFailure({ kind: 'forbidden', reason: 'readOnly' });
      // The backup must open as a complete workspace of ours before anything is replaced.
      const source = await openBackup(file);
      try {
        // Keep the current state first, then copy the backup into the workspace file through
        // SQLite's backup API, and reopen.
        await backupNow('before-restore');
        session.ws.close();
        await source.db.backup(target);
      } finally {
        source.close();
      }
      session = await openSession(target, null);
      emit({ type: 'workspaceChanged' });
      return info();
    },
  };

  /**
   * Restores a backup into a file other than the open one (one that failed to open). The file
   * there is kept under a new name, never overwritten, and the restored workspace is opened.
   */
  async function restoreInto(file: string, target: string): Promise<WorkspaceInfo> {
    const source = await openBackup(file);
    if (fs.existsSync(target)) {
      const aside = `${target}.unreadable-${now().toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(target, aside);
      for (const suffix of ['-wal', '-shm'])
        if (fs.existsSync(target + suffix)) fs.renameSync(target + suffix, aside + suffix);
    }
    try {
      await source.db.backup(target);
    } finally {
      source.close();
    }
    return switchTo(target);
  }

  /** Opens a backup for reading; one that is not a complete, intact workspace is refused. */
  async function openBackup(file: string): Promise<OpenedWorkspace> {
    try {
      return await openWorkspace(file, { canWrite: () => false, mustBeWorkspace: true });
    } catch (error) {
      if (error instanceof WorkspaceOpenError)
        throw new ApiFailure({ kind: 'conflict', code: `open.${error.reason}`, params: { value: file } });
      throw error;
    }
  }

  /** Reads an import file and checks every row against the cluster's indicators; writes nothing. */
  async function analyseFile(input: ImportInput) {
    const { clusterId, fileName, content, options } = input;
    if (!session.q.getSql('select 1 from cluster where id = ?', [clusterId]))
      throw new ApiFailure({ kind: 'notFound', entity: 'cluster', id: clusterId });
    let table: Awaited<ReturnType<typeof readTable>>;
    try {
      table = await readTable(Buffer.from(content, 'base64'), fileName, options ?? {});
    } catch {
      throw new ApiFailure({ kind: 'conflict', code: 'import.unreadable', params: { value: fileName } });
    }
    // The cluster's stored (indicator, date) pairs, read once: rows that match replace a value.
    const stored = new Map<number, Set<string>>();
    for (const [id, date] of session.ws.db
      .prepare(
        'select indicator_id, date from measurement where indicator_id in (select id from indicator where cluster_id = ?)',
      )
      .raw(true)
      .all(clusterId) as [number, string][]) {
      const dates = stored.get(id) ?? new Set<string>();
      dates.add(date);
      stored.set(id, dates);
    }
    return analyseImport(table, options ?? {}, clusterIndicators(session.ws.db, clusterId), (id, date) =>
      Boolean(stored.get(id)?.has(date)),
    );
  }

  function dispatch(name: CallName, input: unknown, override?: Handler): Result<unknown> {
    const spec = contract[name] as CallSpec;
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success)
      return fail({ kind: 'validation', issues: toValidationIssues(parsed.error.issues, input ?? {}) });
    const audited = spec.writes && !appStateCalls.has(name);
    if (audited && session.ws.readOnly) return fail({ kind: 'forbidden', reason: 'readOnly' });

    const pending: BackendEvent[] = [];
    const { db } = session.ws;
    let user: string | undefined;
    const makeContext = (batchId: number): CallContext => ({
      // Read only when a write needs it: reads stay close to a raw prepared statement.
      get user() {
        user ??= readSettings(db).userName || osUser;
        return user;
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
    });
    const handler = override ?? handlers[name];
    if (!handler) return fail({ kind: 'internal', message: `No handler for ${name}` });

    let data: unknown;
    if (audited) {
      const at = now().toISOString();
      const result = db
        .transaction(() => {
          user ??= readSettings(db).userName || osUser;
          const batchId = openBatch(db, at, user, name);
          const value = handler(parsed.data, makeContext(batchId));
          const changes = closeBatch(db, batchId);
          const kind =
            (db.prepare('select kind from audit_batch where id = ?').pluck().get(batchId) as BackendEvent &
              string) ?? 'edit';
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
      data = handler(parsed.data, makeContext(0));
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

  async function run(name: unknown, input: unknown): Promise<Result<unknown>> {
    if (!isCallName(name))
      return fail({
        kind: 'notFound',
        entity: 'call',
        id: typeof name === 'string' ? name.slice(0, 100) : typeof name,
      });
    try {
      const fileCall = fileCalls[name];
      if (fileCall) {
        const parsed = (contract[name] as CallSpec).input.safeParse(input ?? {});
        if (!parsed.success)
          return fail({ kind: 'validation', issues: toValidationIssues(parsed.error.issues, input ?? {}) });
        return finish(name, await fileCall(parsed.data), []);
      }
      return dispatch(name, input);
    } catch (error) {
      return fail(toApiError(error, name, log));
    }
  }

  // One call at a time: better-sqlite3 is synchronous anyway, and the file calls must not
  // interleave with calls on the workspace they are replacing.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    get workspace() {
      return session.ws;
    },
    call(name, input) {
      const next = queue.then(() => run(name, input));
      queue = next.catch(() => undefined);
      return next;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      session.ws.close();
    },
  };
}

/**
 * A file can only be written into a folder that exists, and only over a regular file (never a
 * folder or a device): typed errors, not raw I/O errors.
 */
function requireFolder(target: string, given: string): void {
  const fail = (code: string) =>
    new ApiFailure({ kind: 'conflict', code, path: ['path'], params: { value: given } });
  if (!fs.existsSync(path.dirname(target)) || !fs.statSync(path.dirname(target)).isDirectory())
    throw fail('folderMissing');
  if (fs.existsSync(target) && !fs.statSync(target).isFile()) throw fail('notAFile');
}

/** A file that could not be written (name too long, no permission, read-only disk): a typed error. */
function cannotWrite(error: unknown, given: string): ApiFailure {
  const code = String((error as { code?: unknown }).code ?? '');
  return new ApiFailure({
    kind: 'conflict',
    code: code === 'ENOSPC' || code === 'SQLITE_FULL' ? 'diskFull' : 'cannotWrite',
    path: ['path'],
    params: { value: given },
  });
}

function describeOpenFailure(
  file: string,
  error: unknown,
  log: NonNullable<BackendOptions['log']>,
): NonNullable<WorkspaceInfo['openError']> {
  if (error instanceof WorkspaceOpenError)
    return { path: file, reason: error.reason, message: error.message };
  log(`Cannot open ${file}`, error);
  return { path: file, reason: 'io', message: error instanceof Error ? error.message : String(error) };
}

function withExtension(file: string): string {
  return file.toLowerCase().endsWith('.clusterpilot') ? file : `${file}.clusterpilot`;
}

function toApiError(error: unknown, name: string, log: NonNullable<BackendOptions['log']>): ApiError {
  if (error instanceof ApiFailure) return error.error;
  const code = (error as { code?: unknown }).code;
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
