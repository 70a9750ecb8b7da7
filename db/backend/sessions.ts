// The open workspace and what happens to it as a whole: opening (with the fallback and the
// empty placeholder, so the app always starts), switching to another file, backups (one at a
// time, daily on open, pruned by the workspace's rule) and restoring them. Calls reach the
// current session through here; a switch replaces it between two calls, never during one.
import fs from 'node:fs';
import path from 'node:path';
import type { BackendEvent } from '../../shared/contract/events.ts';
import { ApiFailure } from '../../shared/contract/result.ts';
import type { Backup, WorkspaceInfo } from '../../shared/contract/schemas.ts';
import {
  type BackupReason,
  createBackup,
  isBackupOf,
  listBackups,
  pruneBackups,
  tidyBackups,
} from '../backup/backups.ts';
import { writeDemo } from '../demo/demo.ts';
import {
  type OpenedWorkspace,
  openPlaceholder,
  openWorkspace,
  WorkspaceOpenError,
} from '../sqlite/connection.ts';
import { QueryRunner } from '../sqlite/query.ts';
import type { AppStateStore } from './app-state.ts';
import { SchemaInfo } from './entity-store.ts';
import { readSettings } from './queries.ts';

const DAY = 86_400_000;

export type DemoLanguage = 'de' | 'en';

export interface Session {
  readonly ws: OpenedWorkspace;
  readonly q: QueryRunner;
  readonly schema: SchemaInfo;
}

export interface SessionOptions {
  readonly workspacePath: string;
  readonly fallbackWorkspacePath?: string | undefined;
  readonly dataDir: string;
  readonly appState: AppStateStore;
  readonly now: () => Date;
  readonly log: (message: string, error: unknown) => void;
  readonly emit: (event: BackendEvent) => void;
  readonly canWrite?: ((file: string) => boolean) | undefined;
  /**
   * The demo for a workspace file that does not exist yet: a language, none, or 'ui' to wait
   * for the renderer to say which language it shows (workspace.start) before creating it.
   */
  readonly demoForNewWorkspace: DemoLanguage | 'ui' | null;
}

export class WorkspaceSessions {
  readonly #options: SessionOptions;
  #session!: Session;
  #openError: WorkspaceInfo['openError'] = null;
  /** The default workspace waits for the renderer's language before it is created. */
  #pendingDefault: string | null = null;
  #backups: Promise<unknown> = Promise.resolve();

  private constructor(options: SessionOptions) {
    this.#options = options;
  }

  /**
   * Opens the workspace asked for; else the fallback (the default workspace); else an empty,
   * read-only placeholder. The failure is reported in `info().openError`, where the renderer
   * offers to restore a backup or to create a new workspace.
   */
  static async open(options: SessionOptions): Promise<WorkspaceSessions> {
    const sessions = new WorkspaceSessions(options);
    const primary = path.resolve(options.workspacePath);
    if (options.demoForNewWorkspace === 'ui' && !fs.existsSync(primary)) {
      sessions.#pendingDefault = primary;
      sessions.#session = placeholderSession();
      return sessions;
    }
    const demo = options.demoForNewWorkspace === 'ui' ? null : options.demoForNewWorkspace;
    try {
      sessions.#session = await sessions.#openSession(primary, demo);
    } catch (error) {
      sessions.#openError = describeOpenFailure(primary, error, options.log);
      const fallback = options.fallbackWorkspacePath ? path.resolve(options.fallbackWorkspacePath) : null;
      let opened: Session | null = null;
      if (fallback && fallback !== primary) {
        try {
          opened = await sessions.#openSession(fallback, demo);
        } catch (fallbackError) {
          options.log('The fallback workspace could not be opened either', fallbackError);
        }
      }
      sessions.#session = opened ?? placeholderSession();
    }
    return sessions;
  }

  get current(): Session {
    return this.#session;
  }

  info(): WorkspaceInfo {
    const { ws } = this.#session;
    return {
      path: ws.path,
      fileName: ws.path ? path.basename(ws.path) : '',
      schemaVersion: ws.schemaVersion,
      readOnly: ws.readOnly,
      readOnlyReason: ws.readOnlyReason,
      openError: this.#openError,
    };
  }

  /**
   * The renderer's first call: creates the default workspace, if it is still waiting, with the
   * demo in the language the renderer shows (so a German UI gets the German demo, whatever the
   * host's locale says).
   */
  async start(language: DemoLanguage): Promise<WorkspaceInfo> {
    const pending = this.#pendingDefault;
    if (pending === null) return this.info();
    this.#pendingDefault = null;
    // The demo is in the language shown: the stored preference, else the window's system language
    // (the window asks this beside preferences.get, before it knows the preference).
    const shown = this.#options.appState.preferences.language ?? language;
    try {
      return await this.switchTo(pending, fs.existsSync(pending) ? null : shown);
    } catch (error) {
      this.#openError = describeOpenFailure(pending, error, this.#options.log);
      return this.info();
    }
  }

  /** Replaces the open workspace; the old one stays open if the new one cannot be opened. */
  async switchTo(file: string, demo: DemoLanguage | null = null): Promise<WorkspaceInfo> {
    let next: Session;
    try {
      next = await this.#openSession(path.resolve(file), demo);
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
    const previous = this.#session;
    this.#session = next;
    this.#openError = null;
    this.#pendingDefault = null;
    previous.ws.close();
    this.#options.emit({ type: 'workspaceChanged' });
    return this.info();
  }

  /** The default workspace (the one the app was started on). */
  get defaultPath(): string {
    return path.resolve(this.#options.workspacePath);
  }

  async backupNow(reason: 'manual' | 'before-restore' | 'before-import'): Promise<Backup> {
    const session = this.#session;
    if (!session.ws.path) throw new ApiFailure({ kind: 'forbidden', reason: 'noWorkspace' });
    const backup = await this.#queuedBackup(session, reason);
    this.#prune(session);
    this.#options.emit({ type: 'backupCreated', file: backup.file });
    return backup;
  }

  listBackups(of?: string): Backup[] {
    const file = of ? path.resolve(of) : this.#session.ws.path;
    return file ? listBackups(this.#options.dataDir, file) : [];
  }

  /**
   * Restores a backup of the open workspace into its file (after backing up the current state),
   * or of another file (one that failed to open) into that file, keeping what is there aside.
   */
  async restore(file: string, into?: string): Promise<WorkspaceInfo> {
    const target = into ? path.resolve(into) : this.#session.ws.path;
    if (!target || !isBackupOf(this.#options.dataDir, target, file)) {
      throw new ApiFailure({ kind: 'notFound', entity: 'backup', id: file });
    }
    if (target !== this.#session.ws.path) return this.#restoreInto(file, target);
    if (this.#session.ws.readOnly) throw new ApiFailure({ kind: 'forbidden', reason: 'readOnly' });
    // The backup must open as a complete workspace of ours before anything is replaced.
    const source = await openBackup(file);
    try {
      await this.backupNow('before-restore');
      this.#session.ws.close();
      await source.db.backup(target);
    } finally {
      source.close();
    }
    this.#session = await this.#openSession(target, null);
    this.#options.emit({ type: 'workspaceChanged' });
    return this.info();
  }

  close(): void {
    this.#session.ws.close();
  }

  async #restoreInto(file: string, target: string): Promise<WorkspaceInfo> {
    const source = await openBackup(file);
    if (fs.existsSync(target)) {
      const aside = `${target}.unreadable-${this.#options.now().toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(target, aside);
      for (const suffix of ['-wal', '-shm'])
        if (fs.existsSync(target + suffix)) fs.renameSync(target + suffix, aside + suffix);
    }
    try {
      await source.db.backup(target);
    } finally {
      source.close();
    }
    return this.switchTo(target);
  }

  async #openSession(file: string, demo: DemoLanguage | null): Promise<Session> {
    const { dataDir, now, appState, canWrite } = this.#options;
    const isNew = !fs.existsSync(file);
    // What an interrupted backup of this workspace left behind goes first, so it is never counted.
    tidyBackups(dataDir, file);
    const ws = await openWorkspace(file, {
      ...(canWrite ? { canWrite } : {}),
      backupBeforeMigration: (db) => createBackup(db, dataDir, file, 'before-migration', now()),
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
    if (!ws.readOnly && !isNew) void this.#dailyBackup(session);
    return session;
  }

  // Backups run one at a time, so two never race for the same file name.
  #queuedBackup(session: Session, reason: BackupReason): Promise<Backup> {
    const { dataDir, now } = this.#options;
    const next = this.#backups.then(() =>
      createBackup(session.ws.db, dataDir, session.ws.path, reason, now()),
    );
    this.#backups = next.catch(() => undefined);
    return next;
  }

  async #dailyBackup(session: Session): Promise<void> {
    const { dataDir, now, emit, log } = this.#options;
    try {
      const newest = listBackups(dataDir, session.ws.path)[0];
      if (newest && now().getTime() - Date.parse(newest.takenAt) < DAY) return;
      const backup = await this.#queuedBackup(session, 'daily');
      this.#prune(session);
      emit({ type: 'backupCreated', file: backup.file });
    } catch (error) {
      // A workspace closed meanwhile (switch, shutdown) simply gets its backup next time.
      if (session.ws.db.open) log('Daily backup failed', error);
    }
  }

  #prune(session: Session): void {
    const settings = readSettings(session.ws.db);
    pruneBackups(this.#options.dataDir, session.ws.path, this.#options.now(), {
      days: settings.backupDays,
      weeks: settings.backupWeeks,
    });
  }
}

/** The session the app runs on when no file could be opened: empty, read-only, in memory. */
function placeholderSession(): Session {
  const ws = openPlaceholder();
  return { ws, q: new QueryRunner(ws.db), schema: new SchemaInfo(ws.db) };
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

function describeOpenFailure(
  file: string,
  error: unknown,
  log: (message: string, error: unknown) => void,
): NonNullable<WorkspaceInfo['openError']> {
  if (error instanceof WorkspaceOpenError)
    return { path: file, reason: error.reason, message: error.message };
  log(`Cannot open ${file}`, error);
  return { path: file, reason: 'io', message: error instanceof Error ? error.message : String(error) };
}
