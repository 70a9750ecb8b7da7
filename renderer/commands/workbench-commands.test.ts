// The tab strip's close actions: the tabs without changes close at once, each unsaved one asks
// as closing it alone does, and Cancel keeps it.
import { afterEach, beforeAll, expect, it } from 'vitest';
import { useWorkbench } from '../stores/workbench.ts';
import { runCommand } from './registry.ts';
import { registerWorkbenchCommands } from './workbench-commands.ts';

const initial = useWorkbench.getState();
const wb = () => useWorkbench.getState();
const keys = () => wb().editors.map((e) => e.key);

beforeAll(() => registerWorkbenchCommands());
afterEach(() => useWorkbench.setState(initial, true));

/** Tabs a, b (unsaved), c, d as clusters 1–4. */
function openFour(): void {
  for (const id of [1, 2, 3, 4]) wb().openEditor({ kind: 'cluster', id });
  wb().setDirty('cluster:2', true);
}

it('closes the others, asks for the unsaved one and keeps it on Cancel', async () => {
  openFour();
  const done = runCommand('workbench.action.closeOtherEditors', 'cluster:3');
  expect(keys()).toEqual(['cluster:2', 'cluster:3']);
  expect(wb().dialog?.buttons.map((b) => b.id)).toEqual(['save', 'discard', 'cancel']);
  wb().dialog!.resolve('cancel');
  await done;
  expect(keys()).toEqual(['cluster:2', 'cluster:3']);
  expect(wb().active).toBe('cluster:3');
});

it('closes the tabs to the right, an unsaved one only when its changes are discarded', async () => {
  openFour();
  const done = runCommand('workbench.action.closeEditorsToTheRight', 'cluster:1');
  expect(keys()).toEqual(['cluster:1', 'cluster:2']);
  wb().dialog!.resolve('discard');
  await done;
  expect(keys()).toEqual(['cluster:1']);
  expect(wb().active).toBe('cluster:1');
});

it('closes the saved tabs without asking and keeps the unsaved one', async () => {
  openFour();
  await runCommand('workbench.action.closeUnmodifiedEditors');
  expect(wb().dialog).toBeNull();
  expect(keys()).toEqual(['cluster:2']);
  expect(wb().active).toBe('cluster:2');
});

it('closes all from the palette, asking for the unsaved one', async () => {
  openFour();
  const done = runCommand('workbench.action.closeAllEditors');
  expect(keys()).toEqual(['cluster:2']);
  wb().dialog!.resolve('discard');
  await done;
  expect(keys()).toEqual([]);
});
