// The editor tab strip as in VS Code: a single click in the explorer, the search results or the
// Problems panel opens one reusable preview tab (italic, described as such), a double-click,
// Enter or an edit keeps it; the close button is not inside the tab; the tab's context menu holds
// the close actions; the "Preview editors" setting turns previews off.
import { fireEvent, screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { useWorkbench } from '../../renderer/stores/workbench.ts';
import { mountWorkbench, settle } from '../support/workbench-harness.tsx';

async function withClusters(...names: string[]) {
  return mountWorkbench(async (backend) => {
    for (const name of names) await backend.call('clusters.create', { name });
  });
}
const editorTabs = () => within(screen.getByRole('tablist', { name: 'Editors' }));
const tabNames = () =>
  editorTabs()
    .getAllByRole('tab')
    .map((tab) => tab.getAttribute('aria-label'));
const isPreview = (name: string) => {
  const tab = editorTabs().getByRole('tab', { name });
  const note = tab.getAttribute('aria-describedby');
  return {
    italic: tab.parentElement!.classList.contains('preview'),
    description: note ? document.getElementById(note)?.textContent : null,
  };
};
const treeItem = (name: string) => within(screen.getByRole('tree')).getByRole('treeitem', { name });

it('replaces the preview tab on the next single click and keeps it on double-click', async () => {
  await withClusters('Alpha', 'Beta', 'Gamma');
  fireEvent.click(treeItem('Alpha'));
  await settle();
  expect(isPreview('Alpha')).toEqual({
    italic: true,
    description: 'Preview: the next item opened with a single click replaces it',
  });
  fireEvent.click(treeItem('Beta'));
  await settle();
  expect(editorTabs().queryByRole('tab', { name: 'Alpha' })).toBeNull();
  expect(isPreview('Beta').italic).toBe(true);
  fireEvent.doubleClick(editorTabs().getByRole('tab', { name: 'Beta' }));
  await settle();
  expect(isPreview('Beta')).toEqual({ italic: false, description: null });
  fireEvent.click(treeItem('Gamma'));
  await settle();
  expect(
    editorTabs()
      .getAllByRole('tab')
      .map((t) => t.getAttribute('aria-label')),
  ).toEqual(['Welcome', 'Beta', 'Gamma']);
});

it('keeps a preview tab once its editor is edited, and opens pinned with Enter in the tree', async () => {
  await withClusters('Alpha', 'Beta', 'Gamma');
  fireEvent.click(treeItem('Alpha'));
  await settle(60);
  fireEvent.input(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Alpha 2' } });
  await settle();
  expect(isPreview('Alpha, unsaved').italic).toBe(false);
  fireEvent.keyDown(treeItem('Beta'), { key: 'Enter' });
  await settle();
  expect(isPreview('Beta').italic).toBe(false);
  fireEvent.click(treeItem('Gamma'));
  await settle();
  expect(tabNames()).toEqual(['Welcome', 'Alpha, unsaved', 'Beta', 'Gamma']);
});

it('opens every item as a tab that stays when "Preview editors" is off in the settings', async () => {
  await withClusters('Alpha', 'Beta');
  fireEvent.keyDown(window, { key: ',', code: 'Comma', ctrlKey: true });
  await settle();
  const setting = screen.getByRole('checkbox', { name: /Preview editors/ });
  expect((setting as HTMLInputElement).checked).toBe(true);
  fireEvent.click(setting);
  await settle();
  fireEvent.keyDown(window, { key: 'E', code: 'KeyE', ctrlKey: true, shiftKey: true });
  await settle();
  fireEvent.click(treeItem('Alpha'));
  fireEvent.click(treeItem('Beta'));
  await settle();
  expect(tabNames()).toEqual(['Welcome', 'Alpha', 'Beta']);
  expect(useWorkbench.getState().preview).toBeNull();
});

it('puts the close button beside the tab, not in it, and closes the focused tab with Delete', async () => {
  await withClusters('Alpha');
  fireEvent.keyDown(treeItem('Alpha'), { key: 'Enter' });
  await settle();
  for (const tab of editorTabs().getAllByRole('tab')) {
    expect(tab.querySelector('button, [tabindex="0"]')).toBeNull();
    const close = tab.parentElement!.querySelector('button')!;
    expect(close.parentElement!.getAttribute('role')).toBe('presentation');
    expect([close.tabIndex, close.getAttribute('aria-hidden')]).toEqual([-1, 'true']);
  }
  const alpha = editorTabs().getByRole('tab', { name: 'Alpha' });
  alpha.focus();
  fireEvent.keyDown(alpha, { key: 'Delete' });
  await settle();
  expect(tabNames()).toEqual(['Welcome']);
});

it('offers the close actions in the focused tab’s context menu (Shift+F10)', async () => {
  await withClusters('Alpha', 'Beta', 'Gamma');
  for (const name of ['Alpha', 'Beta', 'Gamma']) fireEvent.keyDown(treeItem(name), { key: 'Enter' });
  await settle();
  const beta = editorTabs().getByRole('tab', { name: 'Beta' });
  fireEvent.click(beta);
  beta.focus();
  fireEvent.keyDown(beta, { key: 'F10', shiftKey: true });
  await settle();
  const menu = screen.getByRole('menu');
  expect(
    within(menu)
      .getAllByRole('menuitem')
      .map((item) => item.firstChild?.textContent),
  ).toEqual(['Close', 'Close Others', 'Close to the Right', 'Close Saved', 'Close All']);
  fireEvent.click(within(menu).getByRole('menuitem', { name: /Close to the Right/ }));
  await settle();
  expect(tabNames()).toEqual(['Welcome', 'Alpha', 'Beta']);
  fireEvent.contextMenu(editorTabs().getByRole('tab', { name: 'Alpha' }));
  await settle();
  fireEvent.click(within(screen.getByRole('menu')).getByRole('menuitem', { name: /Close Others/ }));
  await settle();
  expect(tabNames()).toEqual(['Alpha']);
});

it('opens a clicked search result in the preview tab, and a double-clicked one as a tab that stays', async () => {
  await withClusters('Alpha Nord', 'Beta Nord', 'Gamma Nord');
  fireEvent.keyDown(window, { key: 'F', code: 'KeyF', ctrlKey: true, shiftKey: true });
  await settle(60);
  fireEvent.change(screen.getByRole('combobox', { name: 'Search all items' }), { target: { value: 'Nord' } });
  await settle(200);
  const hit = (name: string) => within(screen.getByRole('listbox')).getByRole('option', { name });
  fireEvent.click(hit('Alpha Nord'));
  await settle();
  fireEvent.click(hit('Beta Nord'));
  await settle();
  expect(tabNames()).toEqual(['Welcome', 'Beta Nord']);
  expect(isPreview('Beta Nord').italic).toBe(true);
  fireEvent.doubleClick(hit('Gamma Nord'));
  await settle();
  expect(tabNames()).toEqual(['Welcome', 'Beta Nord', 'Gamma Nord']);
  expect(isPreview('Gamma Nord').italic).toBe(false);
});

it('opens a clicked problem in the preview tab, and one chosen with the keyboard as a tab that stays', async () => {
  await withClusters('Alpha', 'Beta');
  fireEvent.keyDown(window, { key: 'M', code: 'KeyM', ctrlKey: true, shiftKey: true });
  await settle(100);
  const problem = (name: string) =>
    screen.getByRole('button', { name: new RegExp(`“${name}” has no strategy`) });
  // detail counts the clicks: 1 for the mouse, 0 for Enter or Space on the button.
  fireEvent.click(problem('Alpha'), { detail: 1 });
  await settle();
  fireEvent.click(problem('Beta'), { detail: 1 });
  await settle();
  expect(tabNames()).toEqual(['Welcome', 'Beta']);
  expect(isPreview('Beta').italic).toBe(true);
  fireEvent.click(problem('Alpha'), { detail: 0 });
  await settle();
  expect(tabNames()).toEqual(['Welcome', 'Beta', 'Alpha']);
  expect([isPreview('Beta').italic, isPreview('Alpha').italic]).toEqual([true, false]);
});
