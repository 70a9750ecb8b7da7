// The built-in commands. Titles are message keys, so the palette follows the UI language.
import { editorTitle } from '../base/editor-registry.ts';
import { focusNextPart, focusPanel } from '../base/parts.ts';
import { describeError, firstMessage } from '../i18n/errors.ts';
import { t } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import {
  type CloseScope,
  confirmDialog,
  editorsToClose,
  saveEditor,
  showDialog,
  useWorkbench,
} from '../stores/workbench.ts';
import { clusterById, useWorkspace } from '../stores/workspace.ts';
import { registerCommand, runCommand } from './registry.ts';

const wb = () => useWorkbench.getState();
const hasEditor = () => wb().active !== null;
const hasClusters = () => useWorkspace.getState().clusters.length > 0;

async function closeEditor(key: string): Promise<boolean> {
  const tab = wb().editors.find((e) => e.key === key);
  if (!tab) return true;
  if (wb().dirty[key]) {
    wb().activateEditor(key);
    const choice = await showDialog({
      title: t('dialog.unsaved.title', { name: editorTitle(tab.input) }),
      detail: t('dialog.unsaved.detail'),
      buttons: [
        { id: 'save', label: t('dialog.save'), primary: true },
        { id: 'discard', label: t('dialog.dontSave') },
        { id: 'cancel', label: t('dialog.cancel') },
      ],
      cancelId: 'cancel',
    });
    if (choice === 'cancel') return false;
    if (choice === 'save' && !(await saveEditor(key))) return false;
  }
  wb().removeEditor(key);
  return true;
}

/**
 * Closes several tabs: those without changes at once; the unsaved ones with one question for all
 * of them, as VS Code asks (Save All, Don't Save, Cancel), or the single question for one. An
 * editor whose save is refused stays open and in front, with the refusal beside its field.
 */
async function closeEditors(keys: readonly string[]): Promise<void> {
  const dirty = wb().dirty;
  for (const key of keys.filter((k) => !dirty[k])) wb().removeEditor(key);
  const unsaved = keys.filter((k) => dirty[k]);
  if (unsaved.length <= 1) {
    if (unsaved[0]) await closeEditor(unsaved[0]);
    return;
  }
  const titles = unsaved.flatMap((key) => {
    const tab = wb().editors.find((e) => e.key === key);
    return tab ? [editorTitle(tab.input)] : [];
  });
  const choice = await showDialog({
    title: t('dialog.unsavedMany.title', { count: unsaved.length }),
    items: titles,
    detail: t('dialog.unsaved.detail'),
    buttons: [
      { id: 'save', label: t('dialog.saveAll'), primary: true },
      { id: 'discard', label: t('dialog.dontSave') },
      { id: 'cancel', label: t('dialog.cancel') },
    ],
    cancelId: 'cancel',
  });
  if (choice === 'cancel') return;
  for (const key of unsaved) {
    if (choice === 'save' && !(await saveEditor(key))) {
      wb().activateEditor(key);
      continue;
    }
    wb().removeEditor(key);
  }
}

/** A close action of the tab strip, on the tab it was invoked on (the active one from the palette). */
async function closeScope(scope: CloseScope, given?: unknown): Promise<void> {
  const { editors, dirty, active } = wb();
  const key = typeof given === 'string' ? given : active;
  const keys = editorsToClose(editors, dirty, scope, key);
  // The tab the action was invoked on stays in front (VS Code activates it, too).
  if (key && scope !== 'all' && wb().editors.some((e) => e.key === key)) wb().activateEditor(key);
  await closeEditors(keys);
  if (key && scope !== 'all' && wb().editors.some((e) => e.key === key)) wb().activateEditor(key);
}

/** Asks which cluster, unless the caller named one or exactly one exists. */
export function withCluster(run: (id: number) => void, given?: unknown): void {
  const clusters = useWorkspace.getState().clusters;
  const active = wb().active;
  const fromEditor = active
    ? /^(?:cluster|dashboard|dueEntry|import|timeline|measurements|guide|budget|financingPlan|staff|activityProfile|readiness|importBudget|importBenchmark|importLabelIndicators|actors|network|events|networkImport):(\d+)/.exec(
        active,
      )
    : null;
  const id =
    typeof given === 'number'
      ? given
      : fromEditor
        ? Number(fromEditor[1])
        : clusters.length === 1
          ? clusters[0]!.id
          : null;
  if (id !== null) {
    run(id);
    return;
  }
  wb().setQuickInput({
    mode: 'pick',
    title: t('cluster.pick'),
    items: clusters.map((c) => ({ id: String(c.id), label: c.name, icon: 'organization' })),
    pick: (item) => run(Number(item.id)),
  });
}

/**
 * Asks for a new cluster's name and creates it; then opens its editor, or does `then` (the
 * Strategy Guide on an empty workspace creates the cluster its strategy belongs to first).
 */
export function promptNewCluster(
  then?: (clusterId: number) => void,
  title = t('cluster.prompt.newName'),
): void {
  wb().setQuickInput({
    mode: 'prompt',
    title,
    initial: '',
    accept: async (name) => {
      const result = await client().call('clusters.create', { name });
      if (!result.ok) return firstMessage(describeError(result.error, t, { name: 'cluster.field.name' }));
      await useWorkspace.getState().refreshClusters();
      if (then) then(result.data.id);
      else wb().openEditor({ kind: 'cluster', id: result.data.id }, { field: 'name', select: true });
      return null;
    },
  });
}

export async function renameCluster(id: number, name: string): Promise<string | null> {
  const result = await client().call('clusters.update', { id, name });
  if (!result.ok) return firstMessage(describeError(result.error, t, { name: 'cluster.field.name' }));
  await useWorkspace.getState().refreshClusters();
  return null;
}

export async function confirmDeleteCluster(id: number): Promise<void> {
  const cluster = clusterById(id);
  if (!cluster) return;
  const confirmed = await confirmDialog({
    title: t('cluster.deleteConfirm.title', { name: cluster.name }),
    detail: t('cluster.deleteConfirm.detail'),
    confirm: t('dialog.delete'),
    cancel: t('dialog.cancel'),
  });
  if (!confirmed) return;
  const result = await client().call('clusters.delete', { id });
  if (result.ok) {
    wb().removeEditor(`cluster:${id}`);
    await useWorkspace.getState().refreshClusters();
  }
}

function cycleEditor(step: 1 | -1): void {
  const { editors, active } = wb();
  if (editors.length === 0) return;
  const index = editors.findIndex((e) => e.key === active);
  const next = editors[(index + step + editors.length) % editors.length]!;
  wb().activateEditor(next.key);
}

function moveActiveEditor(step: 1 | -1): void {
  const { editors, active } = wb();
  const index = editors.findIndex((e) => e.key === active);
  if (index !== -1 && active) wb().moveEditor(active, index + step);
}

/**
 * Focuses the view's first control: at once when the view is already on screen (a later focus
 * could steal it from what the user opens next), after the next frame when it must render first.
 */
function focusSideView(view: string): void {
  const find = () => document.querySelector<HTMLElement>(`[data-side-view="${view}"] [data-side-view-focus]`);
  const target = find();
  if (target) target.focus();
  else requestAnimationFrame(() => find()?.focus());
}

/** Opens a panel view with focus in it, so the keyboard user can act on its list at once. */
function showPanelFocused(view: 'problems' | 'activity'): void {
  wb().showPanel(view);
  focusPanel(view);
}

export function registerWorkbenchCommands(): void {
  registerCommand({
    id: 'workbench.action.showCommands',
    title: 'command.showCommands',
    category: 'category.view',
    keybinding: 'CtrlCmd+Shift+P',
    run: () => wb().setQuickInput({ mode: 'quickOpen', initial: '>' }),
  });
  registerCommand({
    id: 'workbench.action.quickOpen',
    title: 'command.quickOpen',
    category: 'category.view',
    keybinding: 'CtrlCmd+P',
    run: () => wb().setQuickInput({ mode: 'quickOpen', initial: '' }),
  });
  registerCommand({
    id: 'workbench.action.closeActiveEditor',
    title: 'command.closeEditor',
    category: 'category.view',
    keybinding: 'CtrlCmd+W',
    when: hasEditor,
    run: async (key?: unknown) => {
      const target = typeof key === 'string' ? key : wb().active;
      if (target) await closeEditor(target);
    },
  });
  registerCommand({
    id: 'workbench.action.closeAllEditors',
    title: 'command.closeAllEditors',
    category: 'category.view',
    when: hasEditor,
    run: () => closeScope('all'),
  });
  registerCommand({
    id: 'workbench.action.closeOtherEditors',
    title: 'command.closeOtherEditors',
    category: 'category.view',
    when: hasEditor,
    run: (key?: unknown) => closeScope('others', key),
  });
  registerCommand({
    id: 'workbench.action.closeEditorsToTheRight',
    title: 'command.closeEditorsToTheRight',
    category: 'category.view',
    when: hasEditor,
    run: (key?: unknown) => closeScope('right', key),
  });
  registerCommand({
    id: 'workbench.action.closeUnmodifiedEditors',
    title: 'command.closeSavedEditors',
    category: 'category.view',
    when: hasEditor,
    run: (key?: unknown) => closeScope('saved', key),
  });
  registerCommand({
    id: 'workbench.action.keepEditor',
    title: 'command.keepEditor',
    category: 'category.view',
    when: () => wb().preview !== null,
    run: (key?: unknown) => {
      const target = typeof key === 'string' ? key : wb().active;
      if (target) wb().pinEditor(target);
    },
  });
  registerCommand({
    id: 'workbench.action.nextEditor',
    title: 'command.nextEditor',
    category: 'category.view',
    keybinding: 'Ctrl+Tab',
    when: hasEditor,
    run: () => cycleEditor(1),
  });
  registerCommand({
    id: 'workbench.action.previousEditor',
    title: 'command.previousEditor',
    category: 'category.view',
    keybinding: 'Ctrl+Shift+Tab',
    when: hasEditor,
    run: () => cycleEditor(-1),
  });
  registerCommand({
    id: 'workbench.action.moveEditorLeft',
    title: 'command.moveEditorLeft',
    category: 'category.view',
    keybinding: 'Ctrl+Shift+PageUp',
    when: hasEditor,
    run: () => moveActiveEditor(-1),
  });
  registerCommand({
    id: 'workbench.action.moveEditorRight',
    title: 'command.moveEditorRight',
    category: 'category.view',
    keybinding: 'Ctrl+Shift+PageDown',
    when: hasEditor,
    run: () => moveActiveEditor(1),
  });
  registerCommand({
    id: 'workbench.action.files.save',
    title: 'command.save',
    category: 'category.file',
    keybinding: 'CtrlCmd+S',
    when: hasEditor,
    run: async () => {
      const active = wb().active;
      if (active) await saveEditor(active);
    },
  });
  registerCommand({
    id: 'workbench.action.togglePanel',
    title: 'command.togglePanel',
    category: 'category.view',
    keybinding: 'CtrlCmd+J',
    run: () => wb().togglePanel(),
  });
  registerCommand({
    id: 'workbench.action.toggleSidebarVisibility',
    title: 'command.toggleSideBar',
    category: 'category.view',
    keybinding: 'CtrlCmd+B',
    run: () => wb().toggleSideBar(),
  });
  const views = [
    ['explorer', 'command.showExplorer', 'CtrlCmd+Shift+E'],
    ['search', 'command.showSearch', 'CtrlCmd+Shift+F'],
    ['dashboard', 'command.showDashboard', 'CtrlCmd+Shift+D'],
    ['evaluation', 'command.showEvaluation', 'CtrlCmd+Shift+V'],
    ['resources', 'command.showResources', 'CtrlCmd+Shift+B'],
    ['reports', 'command.showReports', 'CtrlCmd+Shift+R'],
    ['settings', 'command.showSettings', 'CtrlCmd+,'],
  ] as const;
  for (const [view, title, keybinding] of views) {
    registerCommand({
      id: `workbench.view.${view}`,
      title,
      category: 'category.view',
      keybinding,
      run: () => {
        wb().showSideView(view);
        focusSideView(view);
      },
    });
  }
  registerCommand({
    id: 'workbench.action.showProblems',
    title: 'command.showProblems',
    category: 'category.view',
    keybinding: 'CtrlCmd+Shift+M',
    run: () => showPanelFocused('problems'),
  });
  registerCommand({
    id: 'workbench.action.showActivity',
    title: 'command.showActivity',
    category: 'category.view',
    run: () => showPanelFocused('activity'),
  });
  registerCommand({
    id: 'workbench.action.focusNextPart',
    title: 'command.focusNextPart',
    category: 'category.view',
    keybinding: 'F6',
    textInput: true,
    run: () => focusNextPart(1),
  });
  registerCommand({
    id: 'workbench.action.focusPreviousPart',
    title: 'command.focusPreviousPart',
    category: 'category.view',
    keybinding: 'Shift+F6',
    textInput: true,
    run: () => focusNextPart(-1),
  });
  registerCommand({
    id: 'workbench.action.openWelcome',
    title: 'command.welcome',
    category: 'category.help',
    run: () => wb().openEditor({ kind: 'welcome' }),
  });
  registerCommand({
    id: 'guide.open',
    title: 'command.openGuide',
    category: 'category.strategy',
    run: (given?: unknown) => {
      const clusters = useWorkspace.getState().clusters;
      const open = (clusterId: number) => wb().openEditor({ kind: 'guide', clusterId });
      if (typeof given === 'number') return open(given);
      // An empty workspace: the guide's strategy needs a cluster, so it asks for one first.
      if (clusters.length === 0) return promptNewCluster(open, t('guide.prompt.firstCluster'));
      const active = wb().active;
      if (active?.startsWith('cluster:')) return open(Number(active.slice('cluster:'.length)));
      if (clusters.length === 1) return open(clusters[0]!.id);
      wb().setQuickInput({
        mode: 'pick',
        title: t('guide.pickCluster'),
        items: clusters.map((c) => ({ id: String(c.id), label: c.name, icon: 'organization' })),
        pick: (item) => open(Number(item.id)),
      });
    },
  });
  registerCommand({
    id: 'cluster.new',
    title: 'command.newCluster',
    category: 'category.cluster',
    run: () => promptNewCluster(),
  });
  registerCommand({
    id: 'cluster.rename',
    title: 'command.renameCluster',
    category: 'category.cluster',
    when: hasClusters,
    run: (given?: unknown) =>
      withCluster((id) => {
        const cluster = clusterById(id);
        if (!cluster) return;
        wb().setQuickInput({
          mode: 'prompt',
          title: t('cluster.prompt.rename', { name: cluster.name }),
          initial: cluster.name,
          accept: (name) => renameCluster(id, name),
        });
      }, given),
  });
  registerCommand({
    id: 'explorer.renameItem',
    title: 'command.renameItem',
    category: 'category.explorer',
    keybinding: 'F2',
    when: hasClusters,
    run: (key?: unknown) => {
      const target = typeof key === 'string' ? key : wb().active;
      if (!target?.startsWith('cluster:')) return void runCommand('cluster.rename');
      wb().showSideView('explorer');
      wb().setRenaming(target);
    },
  });
  registerCommand({
    id: 'cluster.delete',
    title: 'command.deleteCluster',
    category: 'category.cluster',
    when: hasClusters,
    run: (given?: unknown) => withCluster((id) => void confirmDeleteCluster(id), given),
  });
  registerCommand({
    id: 'preferences.language.de',
    title: 'command.languageGerman',
    category: 'category.preferences',
    run: () => usePrefs.getState().setLanguage('de'),
  });
  registerCommand({
    id: 'preferences.language.en',
    title: 'command.languageEnglish',
    category: 'category.preferences',
    run: () => usePrefs.getState().setLanguage('en'),
  });
  for (const [theme, title] of [
    ['light', 'command.themeLight'],
    ['dark', 'command.themeDark'],
    ['system', 'command.themeSystem'],
  ] as const) {
    registerCommand({
      id: `preferences.theme.${theme}`,
      title,
      category: 'category.preferences',
      run: () => usePrefs.getState().setTheme(theme),
    });
  }
}

export { runCommand };
