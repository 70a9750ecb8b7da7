// The actors' network in the workbench on a real backend: the register filters, changes several
// actors at once and refuses a bad cell next to it; the network view says plainly when there is
// no WebGL (as in jsdom) and still gives the indicators; endorsements are changed and removed in
// the guide; an actor's relationships are added and removed from its editor.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../renderer/commands/registry.ts';
import { usePrefs } from '../../renderer/stores/prefs.ts';
import { useWorkbench } from '../../renderer/stores/workbench.ts';
import { must } from '../support/fixtures.ts';
import { mountWorkbench, settle } from '../support/workbench-harness.tsx';

async function seed(backend: Parameters<NonNullable<Parameters<typeof mountWorkbench>[0]>>[0]) {
  const cluster = await must<{ id: number }>(backend, 'clusters.create', { name: 'Photonik' });
  const add = (name: string, actorGroup: string, subtype: string, size: string | null = null) =>
    must<{ id: number }>(backend, 'actors.create', {
      clusterId: cluster.id,
      name,
      actorGroup,
      subtype,
      size,
      memberSince: '2024-01-01',
    });
  const optik = await add('Optik GmbH', 'business', 'supplier', 'sme');
  const laser = await add('Laser AG', 'business', 'end_producer', 'large');
  const uni = await add('TH Brandenburg', 'research', 'university');
  const types = await must<{ id: number; key: string }[]>(backend, 'relationshipTypes.list', {});
  await must(backend, 'relationships.create', {
    clusterId: cluster.id,
    fromActorId: optik.id,
    toActorId: uni.id,
    typeId: types.find((t) => t.key === 'joint_rnd')!.id,
    startedOn: '2025-01-01',
  });
  return { cluster, optik, laser, uni };
}

describe('the actor register', () => {
  it('filters by group, changes the selected actors together, and names a refused cell', async () => {
    let ids!: Awaited<ReturnType<typeof seed>>;
    const { backend } = await mountWorkbench(async (b) => {
      ids = await seed(b);
    });
    await runCommand('clusterpilot.openActors', ids.cluster.id);
    await settle(100);
    const grid = screen.getByRole('grid', { name: 'Actors – Photonik' });
    expect(within(grid).getAllByRole('row')).toHaveLength(1 + 3 + 1); // header, actors, new row
    expect(screen.getByText('3 of 3 actors')).toBeTruthy();

    fireEvent.change(screen.getByRole('combobox', { name: 'Group' }), { target: { value: 'business' } });
    await settle();
    expect(screen.getByText('2 of 3 actors')).toBeTruthy();

    // Select both rows (Shift+Down) and set their size for both in one action.
    fireEvent.keyDown(grid, { key: 'ArrowDown', shiftKey: true });
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Change 2 selected…' }));
    const bulk = screen.getByRole('region', { name: 'Change 2 actors' });
    fireEvent.change(within(bulk).getByRole('combobox', { name: 'Size' }), { target: { value: 'sme' } });
    fireEvent.click(within(bulk).getByRole('button', { name: 'Change 2 actors' }));
    await settle(100);
    const sizes = backend.workspace.db
      .prepare('select size from actor where actor_group = ? order by name')
      .pluck();
    expect(sizes.all('business')).toEqual(['sme', 'sme']);

    // A type of another group is refused next to its cell; nothing is saved.
    fireEvent.keyDown(grid, { key: 'Escape' });
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    fireEvent.keyDown(grid, { key: 'Enter' });
    await settle();
    const input = within(grid).getByRole('textbox');
    fireEvent.change(input, { target: { value: 'Hochschule' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await settle(100);
    expect(screen.getByText(/Not a type of this actor’s group\./)).toBeTruthy();
    expect(
      backend.workspace.db.prepare("select count(*) from actor where subtype = 'university'").pluck().get(),
    ).toBe(1);
  });
});

describe('the network view', () => {
  it('says when the computer has no WebGL, and still gives the indicators at the date', async () => {
    let ids!: Awaited<ReturnType<typeof seed>>;
    await mountWorkbench(async (b) => {
      ids = await seed(b);
    });
    await usePrefs.getState().setLanguage('de');
    await runCommand('clusterpilot.openNetwork', ids.cluster.id);
    await settle(400);
    expect(await screen.findByText(/Dieser Computer bietet kein WebGL/)).toBeTruthy();
    const figures = await screen.findByText('Stand', { exact: false });
    expect(figures).toBeTruthy();
    const row = (term: string) =>
      screen.getByText(term, { selector: 'dt' }).parentElement!.querySelector('dd')!.textContent;
    expect(row('Mitglieder')).toMatch(/^3/);
    expect(row('Dichte')).toMatch(/^33,3/);
    expect(row('KMU mit Beziehung zur Forschung')).toMatch(/^100/);
    expect(row('Isolierte Mitglieder')).toBe('1');
    // Legend and filters are there, with labels.
    expect(screen.getByRole('region', { name: 'Legende' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Akteur suchen' })).toBeTruthy();
  });
});

describe('an actor and consensus', () => {
  it('adds and removes a relationship from the actor editor, each one undo step', async () => {
    let ids!: Awaited<ReturnType<typeof seed>>;
    const { backend } = await mountWorkbench(async (b) => {
      ids = await seed(b);
    });
    useWorkbench.getState().openEditor({ kind: 'actor', id: ids.laser.id });
    await settle(150);
    expect(screen.getByRole('heading', { name: 'Actor: Laser AG' })).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Add relationship' });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Partner' }), {
      target: { value: 'TH Brandenburg' },
    });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Relationship type' }), {
      target: {
        value: String(
          backend.workspace.db.prepare("select id from relationship_type where key = 'supply'").pluck().get(),
        ),
      },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Add relationship' }));
    await settle(150);
    expect(screen.getByRole('button', { name: 'TH Brandenburg' })).toBeTruthy();
    expect(backend.workspace.db.prepare('select count(*) from relationship').pluck().get()).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Remove the relationship with TH Brandenburg' }));
    await settle();
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await settle(150);
    expect(backend.workspace.db.prepare('select count(*) from relationship').pluck().get()).toBe(1);
    await runCommand('edit.undo');
    await settle(150);
    expect(backend.workspace.db.prepare('select count(*) from relationship').pluck().get()).toBe(2);
  });

  it('changes and removes an endorsement in the Strategy Guide', async () => {
    let ids!: Awaited<ReturnType<typeof seed>>;
    const { backend } = await mountWorkbench(async (b) => {
      ids = await seed(b);
      const strategy = await must<{ id: number }>(b, 'strategies.create', {
        clusterId: ids.cluster.id,
        title: 'Strategie',
        periodStart: '2026-01-01',
        periodEnd: '2030-12-31',
      });
      await must(b, 'endorsements.create', {
        strategyId: strategy.id,
        actorId: ids.optik.id,
        date: '2026-02-01',
        form: 'letter_of_intent',
      });
    });
    await runCommand('guide.open', ids.cluster.id);
    await settle(100);
    fireEvent.click(screen.getByRole('button', { name: /^8\. Consensus/ }));
    await settle(100);
    fireEvent.click(screen.getByRole('button', { name: 'Change the endorsement of Optik GmbH' }));
    const form = screen.getByRole('form', { name: 'Endorsement of Optik GmbH' });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Form of endorsement' }), {
      target: { value: 'board_decision' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await settle(150);
    expect(backend.workspace.db.prepare('select form from endorsement').pluck().get()).toBe('board_decision');
    fireEvent.click(screen.getByRole('button', { name: 'Remove the endorsement of Optik GmbH' }));
    await settle();
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await settle(150);
    expect(backend.workspace.db.prepare('select count(*) from endorsement').pluck().get()).toBe(0);
  });
});
