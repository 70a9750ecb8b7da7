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

  it('records what an endorsing actor pledged, refusing text as an amount', async () => {
    const { backend } = await mountWorkbench(async (b) => {
      const cluster = await must<{ id: number }>(b, 'clusters.create', { name: 'Photonik' });
      const actor = await must<{ id: number }>(b, 'actors.create', {
        clusterId: cluster.id,
        name: 'Optik GmbH',
        actorGroup: 'business',
        subtype: 'supplier',
      });
      const strategy = await must<{ id: number }>(b, 'strategies.create', {
        clusterId: cluster.id,
        title: 'S',
        periodStart: '2026-01-01',
        periodEnd: '2030-12-31',
      });
      await must(b, 'endorsements.create', {
        strategyId: strategy.id,
        actorId: actor.id,
        date: '2026-02-01',
        form: 'letter_of_intent',
      });
    });
    await runCommand('guide.open');
    await settle(80);
    fireEvent.click(
      within(screen.getByRole('navigation', { name: 'Steps' })).getByRole('button', {
        name: /8\. Consensus/,
      }),
    );
    await settle(80);
    const amount = screen.getByRole('textbox', { name: 'Amount (€) or hours of Optik GmbH' });
    fireEvent.change(amount, { target: { value: 'viel Geld' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add Commitment' }));
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('Amount (€) or hours of Optik GmbH must be a number.');
    fireEvent.change(amount, { target: { value: '2,500.50' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'What exactly (Optik GmbH)' }), {
      target: { value: 'Beitrag zu Gemeinschaftsprojekten' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add Commitment' }));
    await settle(120);
    expect(await must(backend, 'commitments.list', { endorsementId: 1 })).toEqual([
      expect.objectContaining({
        kind: 'money',
        amountCents: 250050,
        description: 'Beitrag zu Gemeinschaftsprojekten',
      }),
    ]);
    expect(screen.getByText(/Money: €2,500\.50 — Beitrag zu Gemeinschaftsprojekten/)).toBeTruthy();
  });
});
