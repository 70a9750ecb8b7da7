// Switching the UI language never changes a value or dirties an editor: a value on screen is
// read in the language it was formatted or typed in, never the current one.
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend/backend.ts';
import { usePrefs } from '../../renderer/stores/prefs.ts';
import { useWorkbench } from '../../renderer/stores/workbench.ts';
import type { Language } from '../../shared/contract/schemas.ts';
import { type Chain, must, seedChain } from '../support/fixtures.ts';
import { mountWorkbench, settle } from '../support/workbench-harness.tsx';

let chain: Chain;
async function mount(language: Language): Promise<Backend> {
  const { backend } = await mountWorkbench(async (b) => {
    chain = await seedChain(b);
    await must(b, 'indicators.update', {
      id: chain.indicator.id,
      baselineValue: 2.125,
      toleranceAtRisk: 0.125,
    });
    await must(b, 'preferences.update', { language });
  });
  return backend;
}

const labels = {
  en: { baseline: 'Baseline value', tolerance: 'Tolerance “at risk” (% of plan)', save: 'Save' },
  de: { baseline: 'Ausgangswert', tolerance: 'Toleranz „gefährdet“ (% des Plans)', save: 'Speichern' },
} as const;
const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const dirty = () => Object.values(useWorkbench.getState().dirty).some(Boolean);

async function openIndicator() {
  useWorkbench.getState().openEditor({ kind: 'entity', entity: 'indicator', id: chain.indicator.id });
  await settle(80);
}
async function switchTo(language: Language) {
  await usePrefs.getState().setLanguage(language);
  await settle(80);
}
const stored = async (backend: Backend) =>
  must<{ baselineValue: number; toleranceAtRisk: number }>(backend, 'indicators.get', {
    id: chain.indicator.id,
  });

describe('switching the UI language in an open editor', () => {
  it.each([
    // The tolerance is stored as a fraction (0.125) and shown as a percentage (12.5 %).
    ['en', 'de', '2,125', '12,5', '3.5', '3,5'],
    ['de', 'en', '2.125', '12.5', '1.234,5', '1234.5'],
  ] as const)(
    'from %s to %s: shows the same numbers, stays clean, and saves what was typed as typed',
    async (from, to, baseline, tolerance, typed, shown) => {
      const backend = await mount(from);
      await openIndicator();
      expect(field(labels[from].baseline).value).toBe(from === 'en' ? '2.125' : '2,125');
      await switchTo(to);
      expect(dirty()).toBe(false);
      expect(field(labels[to].baseline).value).toBe(baseline);
      expect(field(labels[to].tolerance).value).toBe(tolerance);
      fireEvent.blur(field(labels[to].baseline));
      fireEvent.click(screen.getByRole('button', { name: labels[to].save }));
      await settle();
      expect(screen.queryByRole('alert')).toBeNull();
      expect(await stored(backend)).toMatchObject({ baselineValue: 2.125, toleranceAtRisk: 0.125 });

      // A number typed before the switch is read in the language it was typed in.
      await switchTo(from);
      fireEvent.change(field(labels[from].baseline), { target: { value: typed } });
      await switchTo(to);
      expect(field(labels[to].baseline).value).toBe(shown);
      expect(dirty()).toBe(true);
      fireEvent.keyDown(window, { key: 's', code: 'KeyS', ctrlKey: true });
      await settle();
      expect(screen.queryByRole('alert')).toBeNull();
      expect(await stored(backend)).toMatchObject({
        baselineValue: from === 'en' ? 3.5 : 1234.5,
        toleranceAtRisk: 0.125,
      });
      expect(dirty()).toBe(false);
    },
  );

  it('takes a tolerance typed as a percentage and stores the fraction', async () => {
    const backend = await mount('de');
    await openIndicator();
    fireEvent.change(field(labels.de.tolerance), { target: { value: '7,5' } });
    fireEvent.keyDown(window, { key: 's', code: 'KeyS', ctrlKey: true });
    await settle();
    expect(screen.queryByRole('alert')).toBeNull();
    expect((await stored(backend)).toleranceAtRisk).toBeCloseTo(0.075, 12);
    expect(field(labels.de.tolerance).value).toBe('7,5');
  });

  it('refuses a tolerance above its bound in percent, naming the field, and saves nothing', async () => {
    const backend = await mount('de');
    await openIndicator();
    fireEvent.change(field(labels.de.tolerance), { target: { value: '1200' } });
    fireEvent.keyDown(window, { key: 's', code: 'KeyS', ctrlKey: true });
    await settle();
    expect(screen.getByRole('alert').textContent).toContain('höchstens 1.000 %');
    expect((await stored(backend)).toleranceAtRisk).toBe(0.125);
  });

  it('keeps a target typed before the switch at the value typed', async () => {
    const backend = await mount('en');
    await openIndicator();
    fireEvent.click(screen.getByRole('button', { name: 'Add Target' }));
    await settle();
    fireEvent.change(screen.getByLabelText('Date 1'), { target: { value: '2027-12-31' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Value 1' }), { target: { value: '0.5' } });
    await switchTo('de');
    const value = screen.getByRole('textbox', { name: 'Wert 1' }) as HTMLInputElement;
    expect(value.value).toBe('0,5');
    fireEvent.keyDown(window, { key: 's', code: 'KeyS', ctrlKey: true });
    await settle(80);
    expect(await must(backend, 'targets.list', { indicatorId: chain.indicator.id })).toEqual([
      expect.objectContaining({ date: '2027-12-31', value: 0.5 }),
    ]);
  });

  it('keeps a break-point threshold typed before the switch at the value typed', async () => {
    const backend = await mount('en');
    useWorkbench.getState().openEditor({ kind: 'entity', entity: 'breakPoint', id: chain.breakPoint.id });
    await settle(80);
    fireEvent.click(screen.getByRole('button', { name: 'Add Condition' }));
    await settle(80);
    fireEvent.change(screen.getByRole('textbox', { name: 'Threshold 1' }), { target: { value: '2.5' } });
    await switchTo('de');
    const threshold = screen.getByRole('textbox', { name: 'Schwellenwert 1' }) as HTMLInputElement;
    expect(threshold.value).toBe('2,5');
    fireEvent.keyDown(window, { key: 's', code: 'KeyS', ctrlKey: true });
    await settle(80);
    const conditions = await must<{ node: string; threshold: number | null }[]>(
      backend,
      'breakPointConditions.list',
      { breakPointId: chain.breakPoint.id },
    );
    expect(conditions.find((c) => c.node === 'compare')?.threshold).toBe(2.5);
  });

  it('keeps a date typed into a new grid row before the switch', async () => {
    const backend = await mount('en');
    useWorkbench
      .getState()
      .openEditor({ kind: 'measurements', clusterId: chain.cluster.id, indicatorId: chain.indicator.id });
    await settle(80);
    const grid = () => screen.getByRole('grid');
    const type = async (text: string) => {
      fireEvent.keyDown(grid(), { key: text[0]! });
      const input = screen.getByRole('textbox');
      fireEvent.change(input, { target: { value: text } });
      fireEvent.keyDown(input, { key: 'Enter' });
      await settle(40);
    };
    await type('03/31/2026');
    await switchTo('de');
    expect(document.querySelector('.new-row [aria-colindex="1"]')?.textContent).toBe('31.03.2026');
    fireEvent.mouseDown(document.querySelector('.new-row [aria-colindex="2"]')!);
    await type('2,5');
    await settle(80);
    expect(
      await must(backend, 'measurements.ofCluster', {
        clusterId: chain.cluster.id,
        indicatorId: chain.indicator.id,
      }),
    ).toEqual([expect.objectContaining({ date: '2026-03-31', value: 2.5 })]);
  });
});
