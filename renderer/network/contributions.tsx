// What the actors' network brings to the workbench: the actor register, one actor, the network
// view, the events log, the imports and the help on the network indicators as editors, and their
// commands (palette, explorer).
import type { EditorInput } from '../../shared/contract/schemas.ts';
import { registerEditor } from '../base/editor-registry.ts';
import { lazyComponent } from '../base/lazy.tsx';
import { registerCommand } from '../commands/registry.ts';
import { withCluster } from '../commands/workbench-commands.ts';
import { t } from '../i18n/useT.ts';
import { useWorkbench } from '../stores/workbench.ts';
import { clusterById } from '../stores/workspace.ts';
import { actorName } from './actor-names.ts';

const ActorEditor = lazyComponent(() => import('./ActorEditor.tsx').then((m) => m.ActorEditor));
const ActorsEditor = lazyComponent(() => import('./ActorsEditor.tsx').then((m) => m.ActorsEditor));
const EventsEditor = lazyComponent(() => import('./EventsEditor.tsx').then((m) => m.EventsEditor));
const NetworkHelp = lazyComponent(() => import('./NetworkHelp.tsx').then((m) => m.NetworkHelp));
const NetworkImportEditor = lazyComponent(() =>
  import('./NetworkImportEditor.tsx').then((m) => m.NetworkImportEditor),
);

const ofCluster = (title: Parameters<typeof t>[0]) => (input: { clusterId: number }) =>
  `${t(title)} – ${clusterById(input.clusterId)?.name ?? ''}`;

const open = (input: (clusterId: number) => EditorInput) => (given?: unknown) =>
  withCluster((clusterId) => useWorkbench.getState().openEditor(input(clusterId)), given);

// The network view brings sigma.js and graphology: loaded when a network view first opens, not
// at start-up.
const NetworkEditor = lazyComponent(() => import('./NetworkEditor.tsx').then((m) => m.NetworkEditor));

export function registerNetworkContributions(): void {
  registerEditor({
    kind: 'actors',
    component: ({ input }) => <ActorsEditor clusterId={input.clusterId} />,
    icon: () => 'organization',
    focus: '[role="grid"]',
    title: ofCluster('network.actors.title'),
  });
  registerEditor({
    kind: 'actor',
    component: ({ input, editorKey }) => <ActorEditor id={input.id} editorKey={editorKey} />,
    icon: () => 'person',
    title: (input) => actorName(input.id) ?? t('table.actor'),
  });
  registerEditor({
    kind: 'network',
    component: ({ input }) => <NetworkEditor clusterId={input.clusterId} />,
    icon: () => 'type-hierarchy',
    focus: '[role="application"], .network-search input',
    title: ofCluster('network.title'),
  });
  registerEditor({
    kind: 'events',
    component: ({ input }) => <EventsEditor clusterId={input.clusterId} />,
    icon: () => 'calendar',
    title: ofCluster('network.events.title'),
  });
  registerEditor({
    kind: 'networkImport',
    component: ({ input }) => <NetworkImportEditor clusterId={input.clusterId} what={input.what} />,
    icon: () => 'cloud-upload',
    title: (input) => ofCluster(`network.import.${input.what}`)(input),
  });
  registerEditor({
    kind: 'networkHelp',
    component: NetworkHelp,
    icon: () => 'question',
    title: () => t('help.network.title'),
  });

  registerCommand({
    id: 'clusterpilot.openActors',
    title: 'command.openActors',
    category: 'category.network',
    run: open((clusterId) => ({ kind: 'actors', clusterId })),
  });
  registerCommand({
    id: 'clusterpilot.openNetwork',
    title: 'command.openNetwork',
    category: 'category.network',
    run: open((clusterId) => ({ kind: 'network', clusterId })),
  });
  registerCommand({
    id: 'clusterpilot.openEvents',
    title: 'command.openEvents',
    category: 'category.network',
    run: open((clusterId) => ({ kind: 'events', clusterId })),
  });
  registerCommand({
    id: 'clusterpilot.importActors',
    title: 'command.importActors',
    category: 'category.network',
    run: open((clusterId) => ({ kind: 'networkImport', clusterId, what: 'actors' })),
  });
  registerCommand({
    id: 'clusterpilot.importRelationships',
    title: 'command.importRelationships',
    category: 'category.network',
    run: open((clusterId) => ({ kind: 'networkImport', clusterId, what: 'relationships' })),
  });
  registerCommand({
    id: 'clusterpilot.helpNetwork',
    title: 'command.helpNetwork',
    category: 'category.help',
    run: () => useWorkbench.getState().openEditor({ kind: 'networkHelp' }),
  });
}
