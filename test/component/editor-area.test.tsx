// The editor area finds every editor through the registry the features fill: each kind of tab
// shows its editor, icon and title (as before the registry), and an unknown kind says so.
import { screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { useWorkbench } from '../../renderer/stores/workbench.ts';
import type { EditorInput } from '../../shared/contract/schemas.ts';
import { seedChain } from '../support/fixtures.ts';
import { mountWorkbench, settle } from '../support/workbench-harness.tsx';

it('shows each kind of editor with its tab icon and title', async () => {
  let chain!: Awaited<ReturnType<typeof seedChain>>;
  await mountWorkbench(async (b) => {
    chain = await seedChain(b);
  });
  const c = chain.cluster.id;
  const cases: [EditorInput, string, string, string][] = [
    [{ kind: 'welcome' }, 'home', 'Welcome', 'heading'],
    [{ kind: 'cluster', id: c }, 'organization', 'Testcluster', 'form'],
    [{ kind: 'entity', entity: 'strategy', id: chain.strategy.id }, 'target', 'Strategie 2026–2030', 'form'],
    [{ kind: 'entity', entity: 'goal', id: chain.goal.id }, 'flag', 'Zusammenarbeit stärken', 'form'],
    [{ kind: 'entity', entity: 'indicator', id: chain.indicator.id }, 'graph-line', 'Mitglieder', 'form'],
    [
      { kind: 'entity', entity: 'milestone', id: chain.milestone.id },
      'milestone',
      'Erster Photonik-Tag',
      'form',
    ],
    [
      { kind: 'entity', entity: 'breakPoint', id: chain.breakPoint.id },
      'debug-breakpoint-conditional',
      'Mindestens 60 Mitglieder',
      'form',
    ],
    [{ kind: 'guide', clusterId: c }, 'compass', 'Strategy Guide – Testcluster', 'navigation'],
    [{ kind: 'dashboard', clusterId: c }, 'dashboard', 'Dashboard – Testcluster', 'heading'],
    [
      { kind: 'measurements', clusterId: c, indicatorId: null },
      'table',
      'Measurements – Testcluster',
      'grid',
    ],
    [
      { kind: 'measurements', clusterId: c, indicatorId: chain.indicator.id },
      'table',
      'Measurements – Mitglieder',
      'grid',
    ],
    [{ kind: 'dueEntry', clusterId: c }, 'checklist', 'Measurements due – Testcluster', 'grid'],
    [{ kind: 'import', clusterId: c }, 'cloud-upload', 'Import measurements – Testcluster', 'heading'],
    [{ kind: 'timeline', clusterId: c }, 'calendar', 'Milestone timeline – Testcluster', 'heading'],
    [{ kind: 'help', topic: 'status' }, 'question', 'How statuses are computed', 'heading'],
  ];
  for (const [input, icon, title, role] of cases) {
    useWorkbench.getState().openEditor(input);
    await settle(60);
    const tab = screen.getByRole('tab', { name: title, selected: true });
    expect(tab.querySelector('.tab-icon')?.className, title).toContain(`codicon-${icon}`);
    const panel = screen.getByRole('tabpanel', { name: title });
    expect(within(panel).getAllByRole(role).length, title).toBeGreaterThan(0);
  }
});
