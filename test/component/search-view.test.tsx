import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../renderer/commands/registry.ts';
import { useWorkbench } from '../../renderer/stores/workbench.ts';
import { seedChain } from '../support/fixtures.ts';
import { mountWorkbench, settle } from '../support/workbench-harness.tsx';

describe('Search view', () => {
  it('finds items as you type, grouped by kind, and opens one with the keyboard', async () => {
    await mountWorkbench(async (backend) => {
      await seedChain(backend);
    });
    await runCommand('workbench.view.search');
    await settle(60);
    const input = screen.getByRole('combobox', { name: 'Search all items' });
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: 'zusammen' } });
    // Busy until the results answer the text typed, then not.
    const view = input.closest('.search-view')!;
    expect(view.getAttribute('aria-busy')).toBe('true');
    await settle(200);
    expect(view.hasAttribute('aria-busy')).toBe(false);
    const results = screen.getByRole('listbox', { name: 'Search all items' });
    expect(within(results).getByRole('group', { name: 'Goal' })).toBeTruthy();
    expect(
      within(results)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Zusammenarbeit stärken']);
    fireEvent.keyDown(input, { key: 'Enter' });
    await settle();
    expect(useWorkbench.getState().active).toBe('goal:1');
    expect(screen.getByRole('tab', { name: 'Zusammenarbeit stärken' }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('says so when nothing matches, and treats query syntax as text', async () => {
    await mountWorkbench(async (backend) => {
      await seedChain(backend);
    });
    await runCommand('workbench.view.search');
    await settle(60);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: '"NOT (x' } });
    await settle(200);
    expect(screen.getByText('No item matches “"NOT (x”.')).toBeTruthy();
  });
});
