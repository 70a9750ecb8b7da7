// Commands on the workspace file (new, open, recent, copy, reveal, close), its backups, and the
// undo/redo history. Native file dialogs come from the host (Electron); where there is none (the
// web host), the path is asked for in the quick input.
import type { ApiError } from '../../shared/contract/result.ts';
import type { Backup } from '../../shared/contract/schemas.ts';
import { formatDateTime, formatNumber } from '../../shared/i18n/i18n.ts';
import { batchTitle } from '../base/activity-title.ts';
import { describeError, firstMessage } from '../i18n/errors.ts';
import { t } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { confirmDialog, showDialog, useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { registerCommand, runCommand } from './registry.ts';

const wb = () => useWorkbench.getState();
const message = (error: ApiError) =>
  firstMessage(describeError(error, t, { path: 'workspace.prompt.openPath' }));

/** Asks for a file path: the native dialog where the host has one, else a quick input prompt. */
async function choosePath(
  purpose: 'open' | 'new' | 'saveCopy',
  prompt: 'workspace.prompt.openPath' | 'workspace.prompt.newPath' | 'workspace.prompt.copyPath',
  accept: (path: string) => Promise<string | null>,
): Promise<void> {
  const chosen = await client().call('workspace.choosePath', { purpose });
  if (chosen.ok && chosen.data.supported) {
    if (!chosen.data.path) return;
    const error = await accept(chosen.data.path);
    if (error)
      await showDialog({
        title: error,
        buttons: [{ id: 'ok', label: t('dialog.ok'), primary: true }],
        cancelId: 'ok',
      });
    return;
  }
  const current = useWorkspace.getState().info?.path ?? '';
  wb().setQuickInput({
    mode: 'prompt',
    title: t(prompt),
    initial: purpose === 'open' ? current : current.replace(/[^/\\]+$/, ''),
    accept,
  });
}

async function openPath(path: string): Promise<string | null> {
  const result = await client().call('workspace.open', { path });
  if (result.ok) return null;
  if (result.error.kind === 'conflict' && result.error.code.startsWith('open.')) {
    await offerRestore(path, message(result.error));
    return null;
  }
  return message(result.error);
}

/** After a file failed to open: say why, and offer its latest backup if there is one. */
export async function offerRestore(path: string, reason: string, offerNew = false): Promise<void> {
  const backups = await client().call('backups.list', { path });
  const latest = backups.ok ? backups.data[0] : undefined;
  const name = path.split(/[/\\]/).pop() ?? path;
  const choice = await showDialog({
    title: t('workspace.openError.title', { name }),
    detail: `${reason} ${t('workspace.openError.untouched')}`,
    buttons: [
      ...(latest ? [{ id: 'restore', label: t('workspace.openError.restore'), primary: true }] : []),
      ...(offerNew ? [{ id: 'new', label: t('workspace.openError.newWorkspace'), primary: !latest }] : []),
      { id: 'ok', label: t('dialog.ok'), primary: !latest && !offerNew },
    ],
    cancelId: 'ok',
  });
  if (choice === 'new') await runCommand('workspace.new');
  if (choice === 'restore' && latest) {
    const restored = await client().call('backups.restore', { file: latest.file, path });
    if (restored.ok)
      wb().notify(
        t('backups.restored', { date: formatDateTime(usePrefs.getState().language, latest.takenAt) }),
      );
  }
}

function backupLabel(backup: Backup): string {
  const language = usePrefs.getState().language;
  const reason = `backups.reason.${backup.reason}`;
  return `${formatDateTime(language, backup.takenAt)} — ${t(reason as 'backups.reason.daily')}`;
}

export function registerWorkspaceCommands(): void {
  registerCommand({
    id: 'workspace.new',
    title: 'command.newWorkspace',
    category: 'category.file',
    run: () =>
      wb().setQuickInput({
        mode: 'pick',
        title: t('workspace.pick.content'),
        items: (['none', 'de', 'en'] as const).map((id) => ({
          id,
          label: t(id === 'none' ? 'workspace.content.empty' : `workspace.content.${id}`),
        })),
        pick: (item) =>
          void choosePath('new', 'workspace.prompt.newPath', async (path) => {
            const result = await client().call('workspace.new', {
              path,
              demo: item.id as 'none' | 'de' | 'en',
            });
            return result.ok ? null : message(result.error);
          }),
      }),
  });
  registerCommand({
    id: 'workspace.open',
    title: 'command.openWorkspace',
    category: 'category.file',
    keybinding: 'CtrlCmd+O',
    run: () => choosePath('open', 'workspace.prompt.openPath', openPath),
  });
  registerCommand({
    id: 'workspace.openRecent',
    title: 'command.openRecent',
    category: 'category.file',
    keybinding: 'CtrlCmd+R',
    run: async () => {
      const recent = await client().call('workspace.recent', {});
      const current = useWorkspace.getState().info?.path;
      const items = recent.ok ? recent.data.filter((r) => r.path !== current) : [];
      wb().setQuickInput({
        mode: 'pick',
        title: items.length ? t('workspace.recent.pick') : t('workspace.recent.none'),
        items: items.map((r) => ({ id: r.path, label: r.fileName, description: r.path, icon: 'database' })),
        pick: (item) => void openPath(item.id),
      });
    },
  });
  registerCommand({
    id: 'workspace.saveCopy',
    title: 'command.saveCopy',
    category: 'category.file',
    keybinding: 'CtrlCmd+Shift+S',
    run: () =>
      choosePath('saveCopy', 'workspace.prompt.copyPath', async (path) => {
        const result = await client().call('workspace.saveCopy', { path });
        if (!result.ok) return message(result.error);
        wb().notify(t('copy.done', { path: result.data.path }));
        return null;
      }),
  });
  registerCommand({
    id: 'workspace.reveal',
    title: 'command.reveal',
    category: 'category.file',
    run: async () => {
      const result = await client().call('workspace.reveal', {});
      if (result.ok && !result.data.revealed) {
        wb().notify(t('reveal.unsupported', { path: useWorkspace.getState().info?.path ?? '' }));
      }
    },
  });
  registerCommand({
    id: 'workspace.close',
    title: 'command.closeWorkspace',
    category: 'category.file',
    run: async () => {
      await client().call('workspace.openDefault', {});
    },
  });
  registerCommand({
    id: 'backups.create',
    title: 'command.backupNow',
    category: 'category.file',
    run: async () => {
      const result = await client().call('backups.create', {});
      if (result.ok) {
        const kb = formatNumber(usePrefs.getState().language, Math.round(result.data.bytes / 1024));
        wb().notify(t('backups.done', { size: `${kb} KB` }));
      }
    },
  });
  registerCommand({
    id: 'backups.restore',
    title: 'command.restoreBackup',
    category: 'category.file',
    when: () => !useWorkspace.getState().info?.readOnly,
    run: async () => {
      const backups = await client().call('backups.list', {});
      const list = backups.ok ? backups.data : [];
      wb().setQuickInput({
        mode: 'pick',
        title: list.length ? t('backups.pick') : t('backups.none'),
        items: list.map((b) => ({ id: b.file, label: backupLabel(b), icon: 'history' })),
        pick: async (item) => {
          const backup = list.find((b) => b.file === item.id);
          if (!backup) return;
          const date = formatDateTime(usePrefs.getState().language, backup.takenAt);
          const confirmed = await confirmDialog({
            title: t('backups.restoreConfirm.title', { date }),
            detail: t('backups.restoreConfirm.detail'),
            confirm: t('backups.restore'),
            cancel: t('dialog.cancel'),
          });
          if (!confirmed) return;
          const result = await client().call('backups.restore', { file: backup.file });
          if (result.ok) wb().notify(t('backups.restored', { date }));
        },
      });
    },
  });
  for (const [kind, keybinding] of [
    ['undo', 'CtrlCmd+Z'],
    ['redo', 'CtrlCmd+Shift+Z'],
  ] as const) {
    registerCommand({
      id: `edit.${kind}`,
      title: `command.${kind}`,
      category: 'category.edit',
      keybinding,
      textInput: false,
      run: async () => {
        const result = await client().call(`history.${kind}`, {});
        if (!result.ok) return wb().notify(message(result.error));
        const label = result.data ? batchTitle(t, { label: result.data.label, kind: 'edit' }) : null;
        wb().notify(
          label
            ? t(kind === 'undo' ? 'history.undone' : 'history.redone', { label })
            : t(kind === 'undo' ? 'history.nothingToUndo' : 'history.nothingToRedo'),
        );
      },
    });
  }
  registerCommand({
    id: 'workspace.startEmpty',
    title: 'command.startEmpty',
    category: 'category.file',
    when: () => useWorkspace.getState().clusters.length > 0,
    run: async () => {
      const clusters = useWorkspace.getState().clusters;
      const confirmed = await confirmDialog({
        title: t('startEmpty.title', { count: clusters.length }),
        detail: t('startEmpty.detail'),
        confirm: t('startEmpty.confirm'),
        cancel: t('dialog.cancel'),
      });
      if (!confirmed) return;
      for (const cluster of clusters) await client().call('clusters.delete', { id: cluster.id });
    },
  });
}
