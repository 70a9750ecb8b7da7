// The strategy editors in the workbench, on a real backend.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../db/backend/backend.ts';
import { runCommand } from '../../renderer/commands/registry.ts';
import { client } from '../../renderer/stores/client.ts';
import { usePrefs } from '../../renderer/stores/prefs.ts';
import { useWorkbench } from '../../renderer/stores/workbench.ts';
import { type Chain, must, seedChain } from '../support/fixtures.ts';
import { mountWorkbench, settle } from '../support/workbench-harness.tsx';

let chain: Chain;
async function mount(): Promise<Backend> {
  const { backend } = await mountWorkbench(async (b) => {
    chain = await seedChain(b);
  });
  return backend;
}
const open = async (entity: 'goal' | 'indicator' | 'breakPoint' | 'strategy' | 'milestone', id: number) => {
  useWorkbench.getState().openEditor({ kind: 'entity', entity, id });
  await settle(60);
};

describe('entity editors', () => {
  it('edit a goal like a VS Code editor: dirty marker, Ctrl+S, saved', async () => {
    const backend = await mount();
    await open('goal', chain.objective.id);
    expect(screen.getByRole('heading', { name: 'Goal', level: 1 })).toBeTruthy();
    const parent = screen.getByRole('combobox', { name: 'Strategic goal (parent)' }) as HTMLSelectElement;
    expect(
      within(parent)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['—', 'Zusammenarbeit stärken']);
    fireEvent.change(screen.getByRole('textbox', { name: 'Owner' }), { target: { value: 'Vorstand' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Perspective' }), { target: { value: 'finance' } });
    await settle();
    expect(screen.getByRole('tab', { name: 'Mehr Projekte, unsaved' })).toBeTruthy();
    fireEvent.keyDown(window, { key: 's', code: 'KeyS', ctrlKey: true });
    await settle();
    expect(await must(backend, 'goals.get', { id: chain.objective.id })).toMatchObject({
      owner: 'Vorstand',
      perspective: 'finance',
    });
    expect(screen.getByRole('tab', { name: 'Mehr Projekte' })).toBeTruthy();
  });

  it('refuses text in a number field next to the field, in the current language, and saves nothing', async () => {
    const backend = await mount();
    await open('indicator', chain.indicator.id);
    const baseline = screen.getByRole('textbox', { name: 'Baseline value' });
    fireEvent.change(baseline, { target: { value: 'viele' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('Baseline value must be a number.');
    expect(baseline.getAttribute('aria-invalid')).toBe('true');
    await usePrefs.getState().setLanguage('de');
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('Ausgangswert muss eine Zahl sein.');
    expect(await must(backend, 'indicators.get', { id: chain.indicator.id })).toMatchObject({
      baselineValue: 40,
    });
    fireEvent.change(baseline, { target: { value: '1.234,5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    await settle();
    expect(await must(backend, 'indicators.get', { id: chain.indicator.id })).toMatchObject({
      baselineValue: 1234.5,
    });
  });

  it('shows a refusal from the backend next to its field (period ends before it starts)', async () => {
    await mount();
    await open('strategy', chain.strategy.id);
    fireEvent.change(screen.getByLabelText('Period to'), { target: { value: '2025-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await settle();
    expect(screen.getByRole('alert').textContent).toBe(
      'Period to does not fit the other items it is linked to.',
    );
  });

  it('saves targets with the indicator’s Save, as its fields, and draws the trajectory while typing', async () => {
    const backend = await mount();
    await open('indicator', chain.indicator.id);
    const saveButton = screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
    expect(saveButton.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Add Target' }));
    await settle();
    fireEvent.change(screen.getByLabelText('Date 1'), { target: { value: '2027-12-31' } });
    const value = screen.getByRole('textbox', { name: 'Value 1' });
    fireEvent.change(value, { target: { value: 'sechzig' } });
    fireEvent.blur(value);
    await settle();
    // Leaving the row saves nothing: the editor is unsaved until Save.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(saveButton.disabled).toBe(false);
    expect(useWorkbench.getState().dirty[`indicator:${chain.indicator.id}`]).toBe(true);
    fireEvent.click(saveButton);
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('Value must be a number.');
    expect(await must(backend, 'targets.list', { indicatorId: chain.indicator.id })).toEqual([]);
    fireEvent.change(value, { target: { value: '60' } });
    fireEvent.click(saveButton);
    await settle();
    expect(await must(backend, 'targets.list', { indicatorId: chain.indicator.id })).toEqual([
      expect.objectContaining({ date: '2027-12-31', value: 60 }),
    ]);
    expect(saveButton.disabled).toBe(true);
    // Removing a row waits for Save as well; one undo step brings it back.
    fireEvent.click(screen.getByRole('button', { name: 'Remove target of 12/31/2027' }));
    await settle();
    expect(await must(backend, 'targets.list', { indicatorId: chain.indicator.id })).toHaveLength(1);
    fireEvent.click(saveButton);
    await settle();
    expect(await must(backend, 'targets.list', { indicatorId: chain.indicator.id })).toEqual([]);
    await must(backend, 'history.undo', {});
    await settle(80);
    expect(await must(backend, 'targets.list', { indicatorId: chain.indicator.id })).toHaveLength(1);
    expect((screen.getByRole('textbox', { name: 'Value 1' }) as HTMLInputElement).value).toBe('60');
    expect(
      screen.getByRole('img', { name: 'Planned trajectory from 40 (12/31/2025) to 60 (12/31/2027)' }),
    ).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Baseline value' }), { target: { value: '30' } });
    await settle();
    expect(
      screen.getByRole('img', { name: 'Planned trajectory from 30 (12/31/2025) to 60 (12/31/2027)' }),
    ).toBeTruthy();
  });

  it('builds a rule, reads it back as a sentence while typing, and saves it with the break-point', async () => {
    const backend = await mount();
    await open('breakPoint', chain.breakPoint.id);
    const conditions = () =>
      must<{ node: string; comparator: string | null; threshold: number | null }[]>(
        backend,
        'breakPointConditions.list',
        { breakPointId: chain.breakPoint.id },
      );
    expect(screen.getByText('The rule is not complete yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add Condition' }));
    await settle(80);
    fireEvent.change(screen.getByRole('textbox', { name: 'Threshold 1' }), { target: { value: '60' } });
    await settle();
    expect(
      screen.getByText('If on 12/31/2028 the indicator “Mitglieder” is below 60, the strategy is revised.'),
    ).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Comparison 1' }), { target: { value: 'le' } });
    await settle(80);
    expect(
      screen.getByText('If on 12/31/2028 the indicator “Mitglieder” is above 60, the strategy is revised.'),
    ).toBeTruthy();
    // Nothing is saved until Save: the editor is unsaved, as with its fields.
    expect(await conditions()).toEqual([]);
    expect(useWorkbench.getState().dirty[`breakPoint:${chain.breakPoint.id}`]).toBe(true);
    fireEvent.keyDown(window, { key: 's', code: 'KeyS', ctrlKey: true });
    await settle(80);
    expect((await conditions()).map((c) => [c.node, c.comparator, c.threshold])).toEqual([
      ['all', null, null],
      ['compare', 'le', 60],
    ]);
    expect(useWorkbench.getState().dirty[`breakPoint:${chain.breakPoint.id}`]).toBe(false);
    // A threshold that is no number is refused beside it on Save, and nothing is written.
    fireEvent.change(screen.getByRole('textbox', { name: 'Threshold 1' }), { target: { value: 'viel' } });
    fireEvent.keyDown(window, { key: 's', code: 'KeyS', ctrlKey: true });
    await settle(80);
    expect(screen.getByRole('alert').textContent).toBe('Threshold must be a number.');
    expect((await conditions()).map((c) => c.threshold)).toEqual([null, 60]);
  });

  it('opens an item from the Problems panel with the field to fix focused', async () => {
    const backend = await mount();
    await must(backend, 'indicators.update', { id: chain.indicator.id, owner: '' });
    await runCommand('workbench.action.showProblems');
    await settle(80);
    fireEvent.click(screen.getByRole('button', { name: /Indicator “Mitglieder” has no owner\./ }));
    await settle(80);
    expect(useWorkbench.getState().active).toBe(`indicator:${chain.indicator.id}`);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Owner' }));
  });
});

describe('loading an editor', () => {
  it('asks its sections’ data beside its own, not after it, and each once', async () => {
    const backend = await mount();
    const original = backend.call.bind(backend);
    const log: string[] = [];
    vi.spyOn(backend, 'call').mockImplementation(async (name, input) => {
      log.push(`ask ${name}`);
      const result = await original(name, input);
      log.push(`answer ${name}`);
      return result;
    });
    await open('indicator', chain.indicator.id);
    expect(screen.getByRole('heading', { name: 'Targets' })).toBeTruthy();
    const sectionCalls = ['targets.list', 'indicatorGoals.list', 'measurements.ofCluster'];
    const own = log.indexOf('answer indicators.get');
    expect(own).toBeGreaterThan(-1);
    for (const name of sectionCalls) {
      expect(log.indexOf(`ask ${name}`), name).toBeGreaterThan(-1);
      expect(log.indexOf(`ask ${name}`), name).toBeLessThan(own);
      expect(log.filter((entry) => entry === `ask ${name}`)).toHaveLength(1);
    }
  });
});

describe('links in editors', () => {
  it('ticks the goals an indicator measures, and refuses a milestone dependency cycle with a message', async () => {
    const backend = await mount();
    await open('indicator', chain.indicator.id);
    const goals = screen.getByRole('group', { name: 'Measures the goals' });
    fireEvent.click(within(goals).getByRole('checkbox', { name: /Mehr Projekte/ }));
    await settle(80);
    expect(await must(backend, 'indicatorGoals.list', { indicatorId: chain.indicator.id })).toEqual([
      { indicatorId: chain.indicator.id, goalId: chain.objective.id },
    ]);
    fireEvent.click(within(goals).getByRole('checkbox', { name: /Mehr Projekte/ }));
    await settle(80);
    expect(await must(backend, 'indicatorGoals.list', { indicatorId: chain.indicator.id })).toEqual([]);

    const later = await must<{ id: number }>(backend, 'milestones.create', {
      strategyId: chain.strategy.id,
      title: 'Später',
      dueDate: '2027-01-01',
    });
    await must(backend, 'milestoneDependencies.link', {
      milestoneId: later.id,
      dependsOnId: chain.milestone.id,
    });
    await open('milestone', chain.milestone.id);
    const deps = screen.getByRole('group', { name: 'Depends on' });
    fireEvent.click(within(deps).getByRole('checkbox', { name: /Später/ }));
    await settle(80);
    expect(within(deps).getByRole('alert').textContent).toBe(
      'Depends on does not fit the other items it is linked to.',
    );
    expect((within(deps).getByRole('checkbox', { name: /Später/ }) as HTMLInputElement).checked).toBe(false);
  });
});

describe('autosave', () => {
  it('saves an edited field by itself a second after the last change, when switched on', async () => {
    const backend = await mount();
    await usePrefs.getState().setAutoSave(true);
    await open('goal', chain.goal.id);
    fireEvent.change(screen.getByRole('textbox', { name: 'Owner' }), { target: { value: 'Vorstand' } });
    await settle(300);
    expect(await must(backend, 'goals.get', { id: chain.goal.id })).toMatchObject({ owner: '' });
    await settle(1000);
    expect(await must(backend, 'goals.get', { id: chain.goal.id })).toMatchObject({ owner: 'Vorstand' });
    expect(await must(backend, 'preferences.get', {})).toMatchObject({ autoSave: true });
  });

  it('saves a target the same way: a second after the last change, with the indicator', async () => {
    const backend = await mount();
    await usePrefs.getState().setAutoSave(true);
    await open('indicator', chain.indicator.id);
    fireEvent.click(screen.getByRole('button', { name: 'Add Target' }));
    await settle();
    fireEvent.change(screen.getByLabelText('Date 1'), { target: { value: '2027-12-31' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Value 1' }), { target: { value: '75' } });
    await settle(300);
    expect(await must(backend, 'targets.list', { indicatorId: chain.indicator.id })).toEqual([]);
    await settle(1000);
    expect(await must(backend, 'targets.list', { indicatorId: chain.indicator.id })).toEqual([
      expect.objectContaining({ date: '2027-12-31', value: 75 }),
    ]);
    expect(useWorkbench.getState().dirty[`indicator:${chain.indicator.id}`]).toBe(false);
  });
});

describe('sections that save with the editor', () => {
  /** Many short waits: each lets React apply what the last one started (one long act() would not). */
  const wait = async (ms: number) => {
    for (let waited = 0; waited < ms; waited += 200) await settle(200);
  };

  it('saves changed fields and targets with one Save as one undo step; a refused field shows beside it', async () => {
    const backend = await mount();
    await open('indicator', chain.indicator.id);
    fireEvent.change(screen.getByRole('textbox', { name: 'Owner' }), { target: { value: 'Vorstand' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add Target' }));
    await settle();
    fireEvent.change(screen.getByLabelText('Date 1'), { target: { value: '2027-12-31' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Value 1' }), { target: { value: '60' } });
    fireEvent.keyDown(window, { key: 's', code: 'KeyS', ctrlKey: true });
    await wait(400);
    expect(await must(backend, 'indicators.get', { id: chain.indicator.id })).toMatchObject({
      owner: 'Vorstand',
    });
    expect(await must(backend, 'targets.list', { indicatorId: chain.indicator.id })).toHaveLength(1);
    expect(useWorkbench.getState().dirty[`indicator:${chain.indicator.id}`]).toBe(false);
    await must(backend, 'history.undo', {});
    expect(await must(backend, 'indicators.get', { id: chain.indicator.id })).toMatchObject({ owner: '' });
    expect(await must(backend, 'targets.list', { indicatorId: chain.indicator.id })).toEqual([]);
    await wait(400);
    // A band without its bounds is refused beside the fields, and the target is not saved either.
    fireEvent.change(screen.getByRole('combobox', { name: 'Direction' }), { target: { value: 'band' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add Target' }));
    await settle();
    fireEvent.change(screen.getByLabelText('Date 1'), { target: { value: '2027-12-31' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Value 1' }), { target: { value: '60' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await wait(400);
    expect(screen.getAllByRole('alert').length).toBeGreaterThan(0);
    expect(await must(backend, 'targets.list', { indicatorId: chain.indicator.id })).toEqual([]);
    expect(await must(backend, 'indicators.get', { id: chain.indicator.id })).toMatchObject({
      direction: 'increase',
    });
  });

  it('does not try a refused target save again and again under autosave', async () => {
    await mount();
    await usePrefs.getState().setAutoSave(true);
    await open('indicator', chain.indicator.id);
    const calls = vi.spyOn(client(), 'call');
    for (const n of [1, 2]) {
      fireEvent.click(screen.getByRole('button', { name: 'Add Target' }));
      await settle();
      fireEvent.change(screen.getByLabelText(`Date ${n}`), { target: { value: '2027-12-31' } });
      fireEvent.change(screen.getByRole('textbox', { name: `Value ${n}` }), { target: { value: String(n) } });
    }
    await wait(3200);
    expect(calls.mock.calls.filter(([name]) => name === 'targets.save')).toHaveLength(1);
    expect(screen.getByRole('alert').textContent).toMatch(/2027/);
    calls.mockRestore();
  });

  it('opens clean when a stored value has more decimals than it shows, and saves it unrounded', async () => {
    const backend = await mount();
    await must(backend, 'targets.create', {
      indicatorId: chain.indicator.id,
      date: '2027-12-31',
      value: 1 / 3,
    });
    await open('indicator', chain.indicator.id);
    expect(useWorkbench.getState().dirty[`indicator:${chain.indicator.id}`]).toBeFalsy();
    fireEvent.click(screen.getByRole('button', { name: 'Add Target' }));
    await settle();
    fireEvent.change(screen.getByLabelText('Date 2'), { target: { value: '2028-12-31' } });
    const value = screen.getByRole('textbox', { name: 'Value 2' });
    fireEvent.change(value, { target: { value: '2' } });
    value.focus();
    fireEvent.keyDown(window, { key: 's', code: 'KeyS', ctrlKey: true });
    await wait(400);
    const stored = await must<{ value: number }[]>(backend, 'targets.list', {
      indicatorId: chain.indicator.id,
    });
    expect(stored.map((t) => t.value)).toEqual([1 / 3, 2]);
    // The new row keeps its place on screen: the value being typed keeps the focus.
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Value 2' }));
  });

  it('shows a rule with groups inside groups as its sentence, without offering to change it', async () => {
    const backend = await mount();
    const top = await must<{ id: number }>(backend, 'breakPointConditions.create', {
      breakPointId: chain.breakPoint.id,
      node: 'all',
    });
    await must(backend, 'breakPointConditions.create', {
      breakPointId: chain.breakPoint.id,
      parentId: top.id,
      node: 'compare',
      indicatorId: chain.indicator.id,
      comparator: 'ge',
      threshold: 60,
    });
    const inner = await must<{ id: number }>(backend, 'breakPointConditions.create', {
      breakPointId: chain.breakPoint.id,
      parentId: top.id,
      node: 'any',
    });
    for (const threshold of [10, 20])
      await must(backend, 'breakPointConditions.create', {
        breakPointId: chain.breakPoint.id,
        parentId: inner.id,
        node: 'compare',
        indicatorId: chain.indicator.id,
        comparator: 'le',
        threshold,
      });
    await open('breakPoint', chain.breakPoint.id);
    expect(screen.getByText(/groups inside groups/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add Condition' })).toBeNull();
    expect(screen.getByText(/below 60 or .*above 10 and .*above 20/)).toBeTruthy();
  });
});

describe('fields that depend on others', () => {
  it('shows the band only for band indicators', async () => {
    await mount();
    await open('indicator', chain.indicator.id);
    expect(screen.queryByRole('textbox', { name: 'Band from' })).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Direction' }), { target: { value: 'band' } });
    await settle();
    expect(screen.getByRole('textbox', { name: 'Band from' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await settle();
    // Saving a band direction without a band is refused, and the fields stay to be filled in.
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      'Band from is required.',
      'Band to is required.',
    ]);
  });
});
