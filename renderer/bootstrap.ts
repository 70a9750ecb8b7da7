// Start-up of the renderer, shared by the app entry and the component tests: connect the client,
// register commands and what each feature contributes (editors, side views, status items), load
// preferences, the workspace and its view state, then follow backend events and save the layout
// as it changes.
import type { ContractClient } from '../shared/contract/client.ts';
import type { BackendEvent } from '../shared/contract/events.ts';
import type { EditorInput } from '../shared/contract/schemas.ts';
import { registerItemCommands } from './commands/item-commands.ts';
import { registerMonitoringCommands } from './commands/monitoring-commands.ts';
import { registerResourceCommands } from './commands/resources-commands.ts';
import { registerWorkbenchCommands } from './commands/workbench-commands.ts';
import { offerRestore, registerWorkspaceCommands } from './commands/workspace-commands.ts';
import { registerEditorContributions } from './editors/contributions.tsx';
import { registerEvaluationContributions } from './evaluation/contributions.tsx';
import { t } from './i18n/useT.ts';
import { registerMonitoringContributions } from './monitoring/contributions.tsx';
import { registerNetworkContributions } from './network/contributions.tsx';
import { registerReportContributions } from './report/contributions.tsx';
import { registerResourceContributions } from './resources/contributions.tsx';
import { useActivity } from './stores/activity.ts';
import { useChanges } from './stores/changes.ts';
import { setClient } from './stores/client.ts';
import { usePrefs } from './stores/prefs.ts';
import { useWorkbench } from './stores/workbench.ts';
import { useWorkspace } from './stores/workspace.ts';
import { registerWorkbenchContributions } from './workbench/contributions.tsx';

/** Loads the open workspace's data and its saved layout (at start-up and after a switch). */
async function reloadWorkspace(client: ContractClient): Promise<void> {
  const [viewState] = await Promise.all([client.call('viewState.get', {}), useWorkspace.getState().load()]);
  const clusters = useWorkspace.getState().clusters;
  const exists = (input: EditorInput) =>
    input.kind === 'cluster'
      ? clusters.some((c) => c.id === input.id)
      : !('clusterId' in input) || clusters.some((c) => c.id === input.clusterId);
  useWorkbench.getState().restore(viewState.ok ? viewState.data : null, exists);
  if (useWorkbench.getState().panel === 'activity') await useActivity.getState().refresh();
}

export async function initialize(client: ContractClient, saveDelayMs = 250): Promise<() => void> {
  setClient(client);
  registerWorkbenchCommands();
  registerWorkspaceCommands();
  registerItemCommands();
  registerMonitoringCommands();
  registerWorkbenchContributions();
  registerEditorContributions();
  registerMonitoringContributions();
  registerEvaluationContributions();
  registerResourceCommands();
  registerResourceContributions();
  registerReportContributions();
  registerNetworkContributions();
  // On a first start the default workspace is created now, with the demo in the language shown
  // (the stored preference, which the backend knows, else this system language): asked beside the
  // preferences, so start-up waits for two round trips in all, not four.
  const [preferences] = await Promise.all([
    client.call('preferences.get', {}),
    client.call('workspace.start', { language: usePrefs.getState().language }),
  ]);
  if (preferences.ok) usePrefs.getState().apply(preferences.data);
  await reloadWorkspace(client);
  const info = useWorkspace.getState().info;
  if (info?.openError) {
    const { path, reason } = info.openError;
    const noWorkspace = info.readOnlyReason === 'noWorkspace';
    void offerRestore(
      path,
      `${t(`workspace.error.${reason}`, { value: path.split(/[/\\]/).pop() ?? path })} ${t(
        noWorkspace ? 'workspace.openError.noWorkspace' : 'workspace.openError.fallback',
      )}`,
      noWorkspace,
    );
  }

  const unlisten = client.listen((event) => onBackendEvent(event, client));

  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = JSON.stringify(useWorkbench.getState().persistent());
  const unsubscribe = useWorkbench.subscribe((state) => {
    const next = JSON.stringify(state.persistent());
    if (next === last) return;
    last = next;
    clearTimeout(timer);
    timer = setTimeout(() => void client.call('viewState.save', JSON.parse(next)), saveDelayMs);
  });

  return () => {
    clearTimeout(timer);
    unlisten();
    unsubscribe();
  };
}

function onBackendEvent(event: BackendEvent, client: ContractClient): void {
  if (event.type === 'changed') {
    // Editors of deleted items close, also when a cascade took them (a goal with its sub-goals).
    const editorPrefix: Record<string, string> = {
      cluster: 'cluster',
      strategy: 'strategy',
      goal: 'goal',
      indicator: 'indicator',
      milestone: 'milestone',
      break_point: 'breakPoint',
    };
    for (const change of event.changes) {
      const prefix = editorPrefix[change.entity];
      if (prefix && change.action === 'delete')
        useWorkbench.getState().removeEditor(`${prefix}:${change.id}`);
    }
    useChanges.getState().bump(event.entities);
    void useWorkspace.getState().refresh(event.entities);
    if (useWorkbench.getState().panel === 'activity') void useActivity.getState().refresh();
  } else if (event.type === 'workspaceChanged') {
    // Another file (a switch, a restore): every open view reads again, whatever table it shows.
    useChanges.getState().switched();
    void reloadWorkspace(client);
  } else if (event.type === 'preferencesChanged') {
    void client.call('preferences.get', {}).then((r) => {
      if (r.ok) usePrefs.getState().apply(r.data);
    });
  }
}
