// The workbench in jsdom on a real backend: explorer keyboard use, inline rename, editors with
// validation messages in both languages, the palette, and tabs.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mountWorkbench, settle } from '../../test/support/workbench-harness.tsx';
import { usePrefs } from '../stores/prefs.ts';

async function withClusters(...names: string[]) {
  return mountWorkbench(async (backend) => {
    for (const name of names) await backend.call('clusters.create', { name });
  });
}

const listNames = async (backend: Awaited<ReturnType<typeof mountWorkbench>>['backend']) => {
  const result = await backend.call('clusters.list', {});
  return result.ok ? (result.data as { name: string }[]).map((c) => c.name) : [];
};

describe('explorer', () => {
  it('is navigable by keyboard: arrows, expand, collapse, open', async () => {
    await withClusters('Automotive', 'Photonik');
    const tree = screen.getByRole('tree');
    const [first, second] = within(tree).getAllByRole('treeitem');
    first!.focus();
    fireEvent.keyDown(first!, { key: 'ArrowDown' });
    await settle();
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second!, { key: 'ArrowRight' });
    await settle();
    expect(second!.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(second!, { key: 'ArrowRight' });
    await settle();
    expect(document.activeElement?.textContent).toContain('No strategy defined yet');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    await settle();
    expect(document.activeElement).toBe(within(tree).getAllByRole('treeitem')[1]);
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    await settle();
    expect(screen.getByRole('tab', { name: /Photonik/ }).getAttribute('aria-selected')).toBe('true');
  });

  it('renames inline with F2 and shows a refused name next to the input', async () => {
    const { backend } = await withClusters('Automotive', 'Photonik');
    const item = screen.getAllByRole('treeitem')[0]!;
    item.focus();
    fireEvent.keyDown(item, { key: 'F2' });
    await settle();
    const input = screen.getByRole('textbox', { name: 'Automotive' });
    fireEvent.change(input, { target: { value: 'photonik' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('Name: “photonik” is already in use.');
    fireEvent.change(input, { target: { value: 'Automotive Südwest' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await settle();
    expect(await listNames(backend)).toEqual(['Automotive Südwest', 'Photonik']);
  });

  it('keeps an open editor in step with a rename in the explorer', async () => {
    await withClusters('Automotive');
    const item = screen.getAllByRole('treeitem')[0]!;
    fireEvent.keyDown(item, { key: 'Enter' });
    await settle();
    item.focus();
    fireEvent.keyDown(item, { key: 'F2' });
    await settle();
    const input = screen.getByRole('textbox', { name: 'Automotive' });
    fireEvent.change(input, { target: { value: 'Automotive Nord' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await settle();
    expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Automotive Nord');
    expect(screen.getByRole('tab', { name: 'Automotive Nord' })).toBeTruthy();
    expect(screen.getByText('All changes saved')).toBeTruthy();
  });

  it('deletes with the Delete key after a confirmation', async () => {
    const { backend } = await withClusters('Automotive', 'Photonik');
    const item = screen.getAllByRole('treeitem')[1]!;
    item.focus();
    fireEvent.keyDown(item, { key: 'Delete' });
    await settle();
    const dialog = screen.getByRole('alertdialog', { name: 'Delete cluster “Photonik”?' });
    // Cancel is the default button, and the dialog says that Undo restores.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(dialog.textContent).toContain('You can undo this (Ctrl+Z).');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await settle();
    expect(await listNames(backend)).toEqual(['Automotive']);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

describe('new items and the explorer', () => {
  it('the Welcome page opens the Strategy Guide on an empty workspace, creating its cluster first', async () => {
    const { backend } = await mountWorkbench();
    fireEvent.click(screen.getByRole('button', { name: 'Open Strategy Guide' }));
    await settle();
    const prompt = screen.getByRole('textbox', { name: /Name the cluster first/ }) as HTMLInputElement;
    fireEvent.change(prompt, { target: { value: 'Wasserstoff Nord' } });
    fireEvent.keyDown(prompt, { key: 'Enter' });
    await settle(60);
    expect(await listNames(backend)).toEqual(['Wasserstoff Nord']);
    expect(screen.getByRole('tab', { name: /Strategy Guide/ }).getAttribute('aria-selected')).toBe('true');
  });

  it('shows a new cluster selected in the explorer while focus stays in its editor', async () => {
    await withClusters('Automotive', 'Photonik');
    fireEvent.click(screen.getAllByRole('button', { name: 'New Cluster…' })[0]!);
    await settle();
    const prompt = screen.getByRole('textbox', { name: 'Name of the new cluster' }) as HTMLInputElement;
    fireEvent.change(prompt, { target: { value: 'Quantentechnik' } });
    fireEvent.keyDown(prompt, { key: 'Enter' });
    await settle(60);
    const item = within(screen.getByRole('tree')).getByRole('treeitem', { name: /Quantentechnik/ });
    expect(item.getAttribute('aria-selected')).toBe('true');
    expect(item.getAttribute('tabindex')).toBe('0');
    expect(screen.getByRole('textbox', { name: 'Name' })).toBe(document.activeElement);
  });
});

describe('cluster editor', () => {
  it('marks unsaved edits, refuses an invalid name next to the field in the current language, and writes nothing', async () => {
    const { backend } = await withClusters('Photonik');
    fireEvent.keyDown(screen.getAllByRole('treeitem')[0]!, { key: 'Enter' });
    await settle();
    const field = screen.getByRole('textbox', { name: 'Name' });
    fireEvent.change(field, { target: { value: 'x'.repeat(121) } });
    await settle();
    expect(screen.getByRole('tab', { name: 'Photonik, unsaved' })).toBeTruthy();
    expect(screen.getByText('1 unsaved')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('Name may have at most 120 characters.');
    expect(field.getAttribute('aria-invalid')).toBe('true');

    await usePrefs.getState().setLanguage('de');
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('Name darf höchstens 120 Zeichen haben.');
    expect(await listNames(backend)).toEqual(['Photonik']);
  });

  it('saves with Ctrl+S and clears the dirty marker', async () => {
    const { backend } = await withClusters('Photonik');
    fireEvent.keyDown(screen.getAllByRole('treeitem')[0]!, { key: 'Enter' });
    await settle();
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Photonik Berlin' } });
    fireEvent.keyDown(window, { key: 's', code: 'KeyS', ctrlKey: true });
    await settle();
    expect(await listNames(backend)).toEqual(['Photonik Berlin']);
    expect(screen.getByRole('tab', { name: 'Photonik Berlin' })).toBeTruthy();
    expect(screen.getByText('All changes saved')).toBeTruthy();
  });

  it('asks before closing a tab with unsaved changes', async () => {
    const { backend } = await withClusters('Photonik');
    fireEvent.keyDown(screen.getAllByRole('treeitem')[0]!, { key: 'Enter' });
    await settle();
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Changed' } });
    fireEvent.keyDown(window, { key: 'w', code: 'KeyW', ctrlKey: true });
    await settle();
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('Do you want to save the changes you made to Photonik?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await settle();
    expect(screen.getByRole('tab', { name: /Photonik/ })).toBeTruthy();
    fireEvent.keyDown(window, { key: 'w', code: 'KeyW', ctrlKey: true });
    await settle();
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Don’t Save' }));
    await settle();
    expect(screen.queryByRole('tab', { name: /Photonik/ })).toBeNull();
    expect(await listNames(backend)).toEqual(['Photonik']);
  });
});

describe('command palette', () => {
  it('lists commands with their shortcuts, filters fuzzily, and runs the chosen one', async () => {
    await withClusters('Photonik');
    fireEvent.keyDown(window, { key: 'P', code: 'KeyP', ctrlKey: true, shiftKey: true });
    await settle();
    const options = screen.getAllByRole('option');
    const togglePanel = options.find((o) => o.textContent?.startsWith('View: Toggle Panel'));
    expect(togglePanel?.textContent).toContain('Ctrl+J');
    const input = screen.getByRole('combobox');
    fireEvent.change(input, { target: { value: '>tgl pnl' } });
    await settle();
    expect(screen.getAllByRole('option')[0]!.textContent).toContain('Toggle Panel');
    fireEvent.keyDown(input, { key: 'Enter' });
    await settle();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByRole('tab', { name: /Problems/ }).getAttribute('aria-selected')).toBe('true');
  });

  it('follows the UI language', async () => {
    await withClusters();
    await usePrefs.getState().setLanguage('de');
    fireEvent.keyDown(window, { key: 'P', code: 'KeyP', ctrlKey: true, shiftKey: true });
    await settle();
    expect(
      screen
        .getAllByRole('option')
        .some((o) => o.textContent?.startsWith('Ansicht: Bereich ein-/ausblenden')),
    ).toBe(true);
  });

  it('creates a cluster from a prompt and shows a refused name under the input', async () => {
    const { backend } = await withClusters('Photonik');
    fireEvent.keyDown(window, { key: 'P', code: 'KeyP', ctrlKey: true, shiftKey: true });
    await settle();
    fireEvent.change(screen.getByRole('combobox'), { target: { value: '>new cluster' } });
    await settle();
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    await settle();
    const prompt = screen.getByRole('textbox', { name: 'Name of the new cluster' });
    fireEvent.keyDown(prompt, { key: 'Enter' });
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('Name is required.');
    fireEvent.change(prompt, { target: { value: 'Optik Jena' } });
    fireEvent.keyDown(prompt, { key: 'Enter' });
    await settle();
    expect(await listNames(backend)).toEqual(['Optik Jena', 'Photonik']);
    expect(screen.getByRole('tab', { name: 'Optik Jena' }).getAttribute('aria-selected')).toBe('true');
  });
});
