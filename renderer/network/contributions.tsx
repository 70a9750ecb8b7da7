// What the actors' network brings to the workbench: the actor register, one actor, the network
// view, the events log, the imports and the help on the network indicators as editors, and their
// commands (palette, explorer).
import { lazy, Suspense } from 'react';
import type { EditorInput } from '../../shared/contract/schemas.ts';
import { registerEditor } from '../base/editor-registry.ts';
import { registerCommand } from '../commands/registry.ts';
import { withCluster } from '../commands/workbench-commands.ts';
import { t } from '../i18n/useT.ts';
import { useWorkbench } from '../stores/workbench.ts';
import { clusterById } from '../stores/workspace.ts';
import { ActorEditor } from './ActorEditor.tsx';
import { ActorsEditor } from './ActorsEditor.tsx';
import { actorName } from './actor-names.ts';
import { EventsEditor } from './EventsEditor.tsx';
import { NetworkHelp } from './NetworkHelp.tsx';
import { NetworkImportEditor } from './NetworkImportEditor.tsx';

const ofCluster = (title: Parameters<typeof t>[0]) => (input: { clusterId: number }) =>
  `${t(title)} – ${clusterById(input.clusterId)?.name ?? ''}`;

const open = (input: (clusterId: number) => EditorInput) => (given?: unknown) =>
  withCluster((clusterId) => useWorkbench.getState().openEditor(input(clusterId)), given);

// The network view brings sigma.js and graphology: loaded when a network view first opens, not
// at start-up.
const NetworkEditor = lazy(() => import('./NetworkEditor.tsx').then((m) => ({ default: m.NetworkEditor })));

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
    component: ({ input }) => (
      <Suspense fallback={<p className="muted editor-message">{t('editor.loading')}</p>}>
        <NetworkEditor clusterId={input.clusterId} />
      </Suspense>
    ),
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
