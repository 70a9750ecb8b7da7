// The Strategy Guide on a real backend: it starts where the strategy is incomplete, its steps
// lead to the places to fill in, and it records consensus; progress shows in the status bar.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../renderer/commands/registry.ts';
import { usePrefs } from '../../renderer/stores/prefs.ts';
import { useWorkbench } from '../../renderer/stores/workbench.ts';
import { must } from '../support/fixtures.ts';
import { mountWorkbench, settle } from '../support/workbench-harness.tsx';

describe('Strategy Guide', () => {
  it('walks a new cluster from profile to consensus, in German, with progress in the status bar', async () => {
    const { backend } = await mountWorkbench(async (b) => {
      const cluster = await must<{ id: number }>(b, 'clusters.create', { name: 'Photonik' });
      await must(b, 'actors.create', {
        clusterId: cluster.id,
        name: 'Optik GmbH',
        actorGroup: 'business',
        subtype: 'supplier',
      });
    });
    await usePrefs.getState().setLanguage('de');
    await runCommand('guide.open');
    await settle(80);
    const steps = screen.getByRole('navigation', { name: 'Schritte' });
    expect(within(steps).getByRole('button', { current: 'step' }).textContent).toContain('1. Clusterprofil');
    expect(screen.getByText(/Fördermittelgeber und Mitglieder beurteilen einen Cluster/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Region ist nicht ausgefüllt.' })).toBeTruthy();
    expect(screen.getByText('Strategie-Assistent: 0 von 8 Schritten')).toBeTruthy();

    // A missing field opens the profile with that field focused; fill it in and save.
    fireEvent.click(screen.getByRole('button', { name: 'Region ist nicht ausgefüllt.' }));
    await settle(80);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Region' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Region' }), { target: { value: 'Havelland' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Trägerorganisation' }), {
      target: { value: 'Wirtschaftsförderung' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Branchengruppe' }), {
      target: { value: 'hightech' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Lebenszyklusphase' }), {
      target: { value: 'developing' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Regionale Stärken (eine pro Zeile)' }), {
      target: { value: 'Optische Industrie\nHochschulen' },
    });
    fireEvent.keyDown(window, { key: 's', code: 'KeyS', ctrlKey: true });
    await settle(80);

    useWorkbench.getState().activateEditor('guide:1');
    await settle(80);
    expect(screen.getByText('Strategie-Assistent: 2 von 8 Schritten')).toBeTruthy();
    fireEvent.click(within(steps).getByRole('button', { name: /3\. Vision und Mission/ }));
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Strategie anlegen' }));
    await settle(120);
    const strategies = await must<{ id: number; title: string }[]>(backend, 'strategies.list', {
      clusterId: 1,
    });
    expect(strategies).toHaveLength(1);
    expect(useWorkbench.getState().active).toBe(`strategy:${strategies[0]!.id}`);

    useWorkbench.getState().activateEditor('guide:1');
    await settle(80);
    fireEvent.click(within(steps).getByRole('button', { name: /8\. Konsens/ }));
    await settle(80);
    expect(screen.getByText('Noch kein Akteur hat der Strategie zugestimmt.')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Akteur' }) as HTMLSelectElement).value).not.toBe('');
    fireEvent.change(screen.getByRole('combobox', { name: 'Form der Zustimmung' }), {
      target: { value: 'board_decision' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Zustimmung erfassen' }));
    await settle(120);
    expect(await must(backend, 'endorsements.list', { strategyId: strategies[0]!.id })).toEqual([
      expect.objectContaining({ actorId: 1, form: 'board_decision' }),
    ]);
    expect(screen.getByText('Alles, was dieser Schritt braucht, ist vorhanden.')).toBeTruthy();
    expect(screen.getByText(/Optik GmbH — Vorstandsbeschluss/)).toBeTruthy();
    expect(screen.getByText('Strategie-Assistent: 3 von 8 Schritten')).toBeTruthy();
  });
});
