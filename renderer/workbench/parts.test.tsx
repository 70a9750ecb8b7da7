// The keyboard between and inside the workbench's parts, in jsdom on a real backend: F6 and
// Shift+F6 cycle through the visible parts and land on each part's own element, the activity
// bar is one tab stop with a roving tab index, and Show Problems puts focus into the panel.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mountWorkbench, settle } from '../../test/support/workbench-harness.tsx';
import { nextPart, type Part, partOf } from '../base/parts.ts';
import { rovingIndex } from '../base/roving.ts';
import { runCommand } from '../commands/registry.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkbench } from '../stores/workbench.ts';

async function withClusters(...names: string[]) {
  return mountWorkbench(async (backend) => {
    for (const name of names) await backend.call('clusters.create', { name });
  });
}

const f6 = async (shiftKey = false) => {
  fireEvent.keyDown(document.activeElement ?? window, { key: 'F6', shiftKey });
  await settle();
};
const focusedPart = () => partOf(document.activeElement);
const activityItem = (name: string) =>
  within(screen.getByRole('toolbar', { name: 'Views' })).getByRole('button', { name });
const tabStops = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('button')].filter((b) => b.tabIndex === 0);

describe('the order of parts', () => {
  const all: Part[] = ['activitybar', 'sidebar', 'editor', 'panel', 'statusbar'];

  it('steps forward and back through the visible parts and wraps around', () => {
    expect(nextPart('activitybar', all, 1)).toBe('sidebar');
    expect(nextPart('statusbar', all, 1)).toBe('activitybar');
    expect(nextPart('activitybar', all, -1)).toBe('statusbar');
    expect(nextPart('panel', all, -1)).toBe('editor');
  });

  it('skips hidden parts, also from a part that has just been hidden', () => {
    const noPanel: Part[] = ['activitybar', 'sidebar', 'editor', 'statusbar'];
    expect(nextPart('editor', noPanel, 1)).toBe('statusbar');
    expect(nextPart('statusbar', noPanel, -1)).toBe('editor');
    expect(nextPart('panel', noPanel, 1)).toBe('statusbar');
    expect(nextPart('activitybar', ['activitybar', 'editor', 'statusbar'], 1)).toBe('editor');
  });

  it('starts at the first part, or the last going back, when focus is in none', () => {
    expect(nextPart(null, all, 1)).toBe('activitybar');
    expect(nextPart(null, all, -1)).toBe('statusbar');
    expect(nextPart(null, [], 1)).toBeNull();
  });
});

describe('roving index', () => {
  it('moves with either arrow pair, wraps, and jumps with Home and End', () => {
    expect(rovingIndex('ArrowDown', 0, 3)).toBe(1);
    expect(rovingIndex('ArrowRight', 2, 3)).toBe(0);
    expect(rovingIndex('ArrowUp', 0, 3)).toBe(2);
    expect(rovingIndex('ArrowLeft', 1, 3)).toBe(0);
    expect(rovingIndex('Home', 2, 3)).toBe(0);
    expect(rovingIndex('End', 0, 3)).toBe(2);
    expect(rovingIndex('ArrowDown', -1, 3)).toBe(0);
    expect(rovingIndex('ArrowUp', -1, 3)).toBe(2);
    expect(rovingIndex('Enter', 0, 3)).toBeNull();
    expect(rovingIndex('ArrowDown', 0, 0)).toBeNull();
  });
});

describe('F6 between parts', () => {
  it('cycles activity bar, side bar, editor, panel, status bar and back, each on its own element', async () => {
    await withClusters('Automotive', 'Photonik');
    fireEvent.keyDown(screen.getAllByRole('treeitem')[1]!, { key: 'Enter' });
    await settle();
    useWorkbench.getState().showPanel('problems');
    await settle();
    const name = screen.getByRole('textbox', { name: 'Name' });
    name.focus();

    await f6();
    expect(focusedPart()).toBe('panel');
    expect(document.activeElement?.closest('[role="tabpanel"]')?.id).toBe('panel-problems');
    await f6();
    expect(focusedPart()).toBe('statusbar');
    await f6();
    expect(document.activeElement).toBe(activityItem('Explorer'));
    await f6();
    expect(document.activeElement?.getAttribute('role')).toBe('treeitem');
    await f6();
    // Back in the editor: where focus was last, the cluster's name field.
    expect(document.activeElement).toBe(name);

    await f6(true);
    expect(focusedPart()).toBe('sidebar');
    await f6(true);
    expect(focusedPart()).toBe('activitybar');
    await f6(true);
    expect(focusedPart()).toBe('statusbar');
    await f6(true);
    expect(focusedPart()).toBe('panel');
  });

  it('skips the hidden panel and side bar, and stops on the empty editor area', async () => {
    await withClusters('Automotive');
    useWorkbench.getState().removeEditor('welcome');
    useWorkbench.getState().toggleSideBar();
    await settle();
    activityItem('Explorer').focus();
    await f6();
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Editors' }));
    await f6();
    expect(focusedPart()).toBe('statusbar');
    await f6(true);
    await f6(true);
    expect(focusedPart()).toBe('activitybar');
  });

  it('is in the palette with its key binding, in both languages', async () => {
    await withClusters('Automotive');
    fireEvent.keyDown(window, { key: 'P', code: 'KeyP', ctrlKey: true, shiftKey: true });
    await settle();
    const option = (start: string) =>
      screen.getAllByRole('option').find((o) => o.textContent?.startsWith(start))?.textContent;
    expect(option('View: Focus Next Part')).toContain('F6');
    expect(option('View: Focus Previous Part')).toContain('Shift+F6');
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Escape' });
    await usePrefs.getState().setLanguage('de');
    fireEvent.keyDown(window, { key: 'P', code: 'KeyP', ctrlKey: true, shiftKey: true });
    await settle();
    expect(option('Ansicht: Fokus auf nächsten Teil')).toContain('F6');
    expect(option('Ansicht: Fokus auf vorherigen Teil')).toContain('Shift+F6');
  });
});

describe('the activity bar', () => {
  it('is one tab stop, held by the active view, and the arrows, Home and End move along it', async () => {
    await withClusters('Automotive');
    const toolbar = screen.getByRole('toolbar', { name: 'Views' });
    expect(tabStops(toolbar)).toEqual([activityItem('Explorer')]);
    activityItem('Explorer').focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await settle();
    expect(document.activeElement).toBe(activityItem('Search'));
    expect(tabStops(toolbar)).toEqual([activityItem('Search')]);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await settle();
    expect(document.activeElement).toBe(activityItem('Settings'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    await settle();
    expect(document.activeElement).toBe(activityItem('Explorer'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    await settle();
    expect(document.activeElement).toBe(activityItem('Settings'));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    await settle();
    expect(document.activeElement).toBe(activityItem('Explorer'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await settle();
    // Activating (Enter or Space click a button) shows the view, whose item then holds the stop.
    fireEvent.click(document.activeElement!);
    await settle();
    expect(useWorkbench.getState().sideView).toBe('search');
    fireEvent.blur(activityItem('Search'), { relatedTarget: document.body });
    await settle();
    expect(tabStops(toolbar)).toEqual([activityItem('Search')]);
  });

  it('gives the tab stop back to the active view when focus leaves after moving', async () => {
    await withClusters('Automotive');
    const toolbar = screen.getByRole('toolbar', { name: 'Views' });
    activityItem('Explorer').focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await settle();
    expect(tabStops(toolbar)).toEqual([activityItem('Dashboard')]);
    screen.getAllByRole('treeitem')[0]!.focus();
    await settle();
    expect(tabStops(toolbar)).toEqual([activityItem('Explorer')]);
  });
});

describe('commands that open the panel', () => {
  it('Show Problems and the status bar’s problems item put focus on the first problem', async () => {
    await withClusters('Automotive');
    await runCommand('workbench.action.showProblems');
    await settle(50);
    const problems = screen.getByRole('tabpanel', { name: /Problems/ });
    expect(document.activeElement).toBe(within(problems).getAllByRole('button')[0]);

    useWorkbench.getState().togglePanel();
    await settle();
    // jsdom's name leaves out the spaces before the visually hidden words (Chromium keeps them).
    fireEvent.click(screen.getByRole('button', { name: /^\d+ ?errors?, \d+ ?warnings?/ }));
    await settle(50);
    expect(document.activeElement?.closest('[role="tabpanel"]')?.id).toBe('panel-problems');
  });

  it('Show Activity puts focus on the newest entry', async () => {
    await withClusters('Automotive');
    fireEvent.keyDown(screen.getAllByRole('treeitem')[0]!, { key: 'Enter' });
    await settle();
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Automotive Süd' } });
    fireEvent.keyDown(window, { key: 's', code: 'KeyS', ctrlKey: true });
    await settle();
    await runCommand('workbench.action.showActivity');
    await settle(100);
    expect(document.activeElement?.tagName).toBe('SUMMARY');
    expect(document.activeElement?.closest('[role="tabpanel"]')?.id).toBe('panel-activity');
  });
});
