// Creating and deleting strategy items from the explorer, and undoing a deletion.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../renderer/commands/registry.ts';
import { usePrefs } from '../../renderer/stores/prefs.ts';
import { useWorkbench } from '../../renderer/stores/workbench.ts';
import { type Chain, must, seedChain } from '../support/fixtures.ts';
import { mountWorkbench, settle } from '../support/workbench-harness.tsx';

let chain: Chain;

async function mount() {
  const { backend } = await mountWorkbench(async (b) => {
    chain = await seedChain(b);
  });
  return backend;
}

async function expandTo(...labels: string[]) {
  for (const label of labels) {
    const item = screen.getByRole('treeitem', { name: label });
    if (item.getAttribute('aria-expanded') === 'false') {
      item.focus();
      fireEvent.keyDown(item, { key: 'ArrowRight' });
      await settle();
    }
  }
}

async function contextMenu(label: string) {
  fireEvent.contextMenu(screen.getByRole('treeitem', { name: label }));
  await settle();
  return screen.getByRole('menu');
}

describe('explorer: strategy items', () => {
  it('creates a goal and an indicator for it from the context menu, each opening in its editor', async () => {
    const backend = await mount();
    await expandTo('Testcluster');
    let menu = await contextMenu('Strategie 2026–2030');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((m) => m.textContent),
    ).toEqual(['New Goal', 'New Goal for a Field of Action…', 'New Milestone', 'New Break-point', 'Delete…']);
    fireEvent.click(within(menu).getByRole('menuitem', { name: 'New Goal' }));
    await settle(80);
    const goals = await must<{ id: number; title: string }[]>(backend, 'goals.list', {
      strategyId: chain.strategy.id,
    });
    const created = goals.find((g) => g.title === 'New goal')!;
    expect(useWorkbench.getState().active).toBe(`goal:${created.id}`);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Title' }));

    await expandTo('Strategie 2026–2030');
    menu = await contextMenu('New goal');
    fireEvent.click(within(menu).getByRole('menuitem', { name: 'New Indicator' }));
    await settle(80);
    const indicators = await must<{ id: number; name: string }[]>(backend, 'indicators.list', {
      clusterId: chain.cluster.id,
    });
    const indicator = indicators.find((i) => i.name === 'New indicator')!;
    expect(await must(backend, 'indicatorGoals.list', { indicatorId: indicator.id })).toEqual([
      { indicatorId: indicator.id, goalId: created.id },
    ]);
    expect(useWorkbench.getState().active).toBe(`indicator:${indicator.id}`);
  });

  it('deletes a goal after asking, closes its editors, and undo restores it with its sub-goal and indicator link', async () => {
    const backend = await mount();
    await must(backend, 'indicatorGoals.link', {
      indicatorId: chain.indicator.id,
      goalId: chain.objective.id,
    });
    useWorkbench.getState().openEditor({ kind: 'entity', entity: 'goal', id: chain.objective.id });
    await settle();
    await expandTo('Testcluster', 'Strategie 2026–2030');
    const goal = screen.getByRole('treeitem', { name: 'Zusammenarbeit stärken' });
    goal.focus();
    fireEvent.keyDown(goal, { key: 'Delete' });
    await settle();
    fireEvent.click(
      within(screen.getByRole('alertdialog', { name: 'Delete Goal “Zusammenarbeit stärken”?' })).getByRole(
        'button',
        { name: 'Delete' },
      ),
    );
    await settle(80);
    expect(await must(backend, 'goals.list', { strategyId: chain.strategy.id })).toEqual([]);
    expect(useWorkbench.getState().editors.map((e) => e.key)).not.toContain(`goal:${chain.objective.id}`);

    await runCommand('edit.undo');
    await settle(80);
    expect(
      (await must<{ title: string }[]>(backend, 'goals.list', { strategyId: chain.strategy.id })).map(
        (g) => g.title,
      ),
    ).toEqual(['Zusammenarbeit stärken', 'Mehr Projekte']);
    expect(await must(backend, 'indicatorGoals.list', { goalId: chain.objective.id })).toEqual([
      { indicatorId: chain.indicator.id, goalId: chain.objective.id },
    ]);
    expect(screen.getByRole('treeitem', { name: 'Zusammenarbeit stärken' })).toBeTruthy();
  });

  it('inserts an indicator from the catalogue and a goal from a field of action, in the UI language', async () => {
    const backend = await mount();
    await usePrefs.getState().setLanguage('de');
    await expandTo('Testcluster');
    let menu = await contextMenu('Strategie 2026–2030');
    fireEvent.click(within(menu).getByRole('menuitem', { name: /Neues Ziel für ein Handlungsfeld/ }));
    await settle(80);
    const pick = screen.getByRole('combobox', { name: 'Handlungsfeld des neuen Ziels wählen' });
    fireEvent.change(pick, { target: { value: 'internat' } });
    await settle();
    fireEvent.keyDown(pick, { key: 'Enter' });
    await settle(80);
    const goals = await must<{ id: number; title: string; fieldOfActionId: number | null }[]>(
      backend,
      'goals.list',
      { strategyId: chain.strategy.id },
    );
    expect(goals.find((g) => g.title === 'Internationalisierung')).toMatchObject({
      fieldOfActionId: expect.any(Number),
    });

    menu = await contextMenu('Testcluster');
    fireEvent.click(within(menu).getByRole('menuitem', { name: /Neuer Indikator aus dem Katalog/ }));
    await settle(80);
    const catalogue = screen.getByRole('combobox', { name: 'Indikator aus dem Katalog wählen' });
    expect(screen.getAllByRole('option').length).toBeGreaterThanOrEqual(30);
    fireEvent.change(catalogue, { target: { value: 'privater finanzierungsanteil' } });
    await settle();
    fireEvent.keyDown(catalogue, { key: 'Enter' });
    await settle(80);
    const indicators = await must<{ name: string; unit: string; derived: string | null }[]>(
      backend,
      'indicators.list',
      { clusterId: chain.cluster.id },
    );
    expect(indicators.find((i) => i.name === 'Privater Finanzierungsanteil')).toMatchObject({
      unit: '%',
      derived: 'private_cofunding_share',
    });
    expect(screen.getByRole('heading', { name: 'Indikator', level: 1 })).toBeTruthy();
  });

  it('selects several items with Ctrl+click, deletes them in one action, and one undo restores them; duplicates an item', async () => {
    const backend = await mount();
    const second = await must<{ id: number }>(backend, 'milestones.create', {
      strategyId: chain.strategy.id,
      title: 'Messe',
      dueDate: '2026-10-01',
    });
    await runCommand('workbench.view.explorer');
    await expandTo('Testcluster', 'Strategie 2026–2030');
    await settle(80);
    await expandTo('Milestones');
    fireEvent.click(screen.getByRole('treeitem', { name: 'Erster Photonik-Tag' }));
    fireEvent.click(screen.getByRole('treeitem', { name: 'Messe' }), { ctrlKey: true });
    await settle();
    expect(screen.getByRole('tree').getAttribute('aria-multiselectable')).toBe('true');
    expect(
      screen
        .getAllByRole('treeitem')
        .filter((i) => i.getAttribute('aria-selected') === 'true')
        .map((i) => i.getAttribute('aria-label')),
    ).toEqual(['Erster Photonik-Tag', 'Messe']);
    fireEvent.keyDown(screen.getByRole('treeitem', { name: 'Messe' }), { key: 'Delete' });
    await settle();
    fireEvent.click(
      within(screen.getByRole('alertdialog', { name: 'Delete 2 items?' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    await settle(80);
    expect(await must(backend, 'milestones.list', { strategyId: chain.strategy.id })).toEqual([]);
    await runCommand('edit.undo');
    await settle(80);
    expect(
      (await must<{ id: number }[]>(backend, 'milestones.list', { strategyId: chain.strategy.id }))
        .map((m) => m.id)
        .sort(),
    ).toEqual([chain.milestone.id, second.id].sort());

    const menu = await contextMenu('Messe');
    fireEvent.click(within(menu).getByRole('menuitem', { name: 'Duplicate' }));
    await settle(80);
    expect(
      (await must<{ title: string }[]>(backend, 'milestones.list', { strategyId: chain.strategy.id })).map(
        (m) => m.title,
      ),
    ).toContain('Messe (copy)');
  });
});
