// The workspace as a whole: which file is open (new, open, default, save a copy, reveal), its
// backups, this computer's preferences, recent files and layout, and the workspace's settings.
import fs from 'node:fs';
import path from 'node:path';
import { ApiFailure } from '../../shared/contract/result.ts';
import type { FileContext, FileHandlers, RowHandlers } from '../backend/calls.ts';
import { readSettings, writeSettings } from '../backend/queries.ts';
import { systemUserName } from '../paths.ts';
import { cannotWrite, requireFolder, withExtension } from './files.ts';

export const workspaceFileCalls = {
  'workspace.info': async (_input, ctx) => ctx.sessions.info(),
  'workspace.start': async ({ language }, ctx) => ctx.sessions.start(language),
  'workspace.choosePath': async ({ purpose, suggestedName }, ctx) => {
    if (!ctx.host?.choosePath) return { supported: false, path: null };
    return {
      supported: true,
      path: await ctx.host.choosePath(purpose, ctx.sessions.current.ws.path, suggestedName),
    };
  },
  'workspace.new': async ({ path: file, demo }, ctx) => {
    const target = path.resolve(withExtension(file));
    // A new workspace never takes over a file that is there already (ours or another program's).
    if (fs.existsSync(file) || fs.existsSync(target))
      throw new ApiFailure({ kind: 'conflict', code: 'exists', path: ['path'], params: { value: file } });
    return ctx.sessions.switchTo(target, demo === 'none' ? null : demo);
  },
  'workspace.open': async ({ path: file }, ctx) => {
    if (!fs.existsSync(file))
      throw new ApiFailure({
        kind: 'conflict',
        code: 'open.missing',
        path: ['path'],
        params: { value: file },
      });
    return ctx.sessions.switchTo(file);
  },
  'workspace.openDefault': async (_input, ctx) => ctx.sessions.switchTo(ctx.sessions.defaultPath),
  'workspace.saveCopy': async ({ path: file }, ctx) => {
    const { ws } = ctx.sessions.current;
    const target = path.resolve(withExtension(file));
    if (target === ws.path || fs.existsSync(target)) {
      throw new ApiFailure({ kind: 'conflict', code: 'exists', path: ['path'], params: { value: file } });
    }
    requireFolder(target, file);
    try {
      await ws.db.backup(target);
    } catch (error) {
      fs.rmSync(target, { force: true });
      throw cannotWrite(error, file);
    }
    return { path: target };
  },
  'workspace.reveal': async (_input, ctx) => {
    const file = ctx.sessions.current.ws.path;
    if (!ctx.host?.reveal || !file) return { revealed: false };
    ctx.host.reveal(file);
    return { revealed: true };
  },
  'workspace.openWindow': async ({ view, evaluationId }, ctx) => {
    if (!ctx.host?.openWindow) return { opened: false };
    ctx.host.openWindow(`${view}=${evaluationId}`);
    return { opened: true };
  },
  'backups.list': async ({ path: file }, ctx) => ctx.sessions.listBackups(file),
  'backups.create': async (_input, ctx: FileContext) => ctx.sessions.backupNow('manual'),
  'backups.restore': async ({ file, path: into }, ctx) => ctx.sessions.restore(file, into),
} satisfies Partial<FileHandlers>;

export const workspaceRowCalls = {
  'workspace.recent': (_input, ctx) => [...ctx.appState.recent],
  'settings.get': (_input, ctx) => ({ ...readSettings(ctx.db), systemUserName: systemUserName() }),
  'settings.update': (patch, ctx) => {
    writeSettings(ctx.db, patch);
    return readSettings(ctx.db);
  },
  'preferences.get': (_input, ctx) => ctx.appState.preferences,
  'preferences.update': (patch, ctx) => {
    const updated = ctx.appState.updatePreferences(
      Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    );
    ctx.emit({ type: 'preferencesChanged' });
    return updated;
  },
  'viewState.get': (_input, ctx) => ctx.appState.viewState(ctx.workspacePath),
  'viewState.save': (state, ctx) => {
    ctx.appState.saveViewState(ctx.workspacePath, state);
    return {};
  },
} satisfies Partial<RowHandlers>;
