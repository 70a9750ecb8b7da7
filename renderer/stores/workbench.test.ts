import { afterEach, describe, expect, it } from 'vitest';
import { editorKey, editorsToClose, useWorkbench } from './workbench.ts';

const initial = useWorkbench.getState();
afterEach(() => useWorkbench.setState(initial, true));
const wb = () => useWorkbench.getState();

describe('workbench store', () => {
  it('opens the welcome editor when a workspace has no saved layout', () => {
    wb().restore(null, () => true);
    expect(wb().editors.map((e) => e.key)).toEqual(['welcome']);
    expect(wb().active).toBe('welcome');
  });

  it('restores saved tabs, dropping those whose items no longer exist', () => {
    wb().restore(
      {
        editors: [{ kind: 'cluster', id: 1 }, { kind: 'cluster', id: 2 }, { kind: 'welcome' }],
        activeEditor: 1,
        sideView: 'search',
        sideBarWidth: 5000,
        panel: 'activity',
        expanded: ['cluster:1'],
      },
      (input) => !(input.kind === 'cluster' && input.id === 2),
    );
    expect(wb().editors.map((e) => e.key)).toEqual(['cluster:1', 'welcome']);
    expect(wb().active).toBe('cluster:1');
    expect(wb().sideBarWidth).toBe(800);
    expect(wb().persistent()).toEqual({
      editors: [{ kind: 'cluster', id: 1 }, { kind: 'welcome' }],
      activeEditor: 0,
      sideView: 'search',
      sideBarWidth: 800,
      panel: 'activity',
      expanded: ['cluster:1'],
    });
  });

  it('activates the most recently used editor when the active one closes', () => {
    wb().openEditor({ kind: 'cluster', id: 1 });
    wb().openEditor({ kind: 'cluster', id: 2 });
    wb().openEditor({ kind: 'cluster', id: 3 });
    wb().activateEditor('cluster:1');
    wb().removeEditor('cluster:1');
    expect(wb().active).toBe('cluster:3');
  });

  it('reorders tabs', () => {
    for (const id of [1, 2, 3]) wb().openEditor({ kind: 'cluster', id });
    wb().moveEditor('cluster:3', 0);
    expect(wb().editors.map((e) => e.key)).toEqual(['cluster:3', 'cluster:1', 'cluster:2']);
    expect(editorKey({ kind: 'cluster', id: 3 })).toBe('cluster:3');
  });
});

describe('preview tabs', () => {
  const keys = () => wb().editors.map((e) => e.key);
  const goal = (id: number) => ({ kind: 'entity', entity: 'goal', id }) as const;

  it('opens a single-clicked item in one preview tab that the next single click replaces in place', () => {
    wb().openEditor({ kind: 'cluster', id: 1 });
    wb().openEditor(goal(1), { preview: true });
    wb().openEditor({ kind: 'cluster', id: 2 });
    expect(wb().preview).toBe('goal:1');
    wb().openEditor(goal(2), { preview: true });
    expect(keys()).toEqual(['cluster:1', 'goal:2', 'cluster:2']);
    expect(wb().preview).toBe('goal:2');
    expect(wb().active).toBe('goal:2');
    expect(wb().mru).not.toContain('goal:1');
  });

  it('keeps the tab when its item is opened again as a tab that stays, or it is double-clicked', () => {
    wb().openEditor(goal(1), { preview: true });
    wb().openEditor(goal(1), { preview: true });
    expect(wb().preview).toBe('goal:1');
    wb().openEditor(goal(1));
    expect(wb().preview).toBeNull();
    wb().openEditor(goal(2), { preview: true });
    wb().pinEditor('goal:2');
    wb().openEditor(goal(3), { preview: true });
    expect(keys()).toEqual(['goal:1', 'goal:2', 'goal:3']);
    expect(wb().preview).toBe('goal:3');
  });

  it('never turns an open tab into the preview, and pins the preview once it has changes', () => {
    wb().openEditor(goal(1));
    wb().openEditor(goal(1), { preview: true });
    expect(wb().preview).toBeNull();
    wb().openEditor(goal(2), { preview: true });
    wb().setDirty('goal:2', true);
    expect(wb().preview).toBeNull();
    wb().openEditor(goal(3), { preview: true });
    expect(keys()).toEqual(['goal:1', 'goal:2', 'goal:3']);
  });

  it('forgets the preview when its tab closes', () => {
    wb().openEditor(goal(1), { preview: true });
    wb().removeEditor('goal:1');
    wb().openEditor(goal(2));
    expect(wb().preview).toBeNull();
  });

  it('saves and restores which tab is the preview', () => {
    wb().openEditor(goal(1));
    wb().openEditor(goal(2), { preview: true });
    wb().activateEditor('goal:1');
    const saved = wb().persistent();
    expect(saved).toMatchObject({ activeEditor: 0, previewEditor: 1 });
    useWorkbench.setState(initial, true);
    wb().restore(saved, () => true);
    expect(wb().preview).toBe('goal:2');
    wb().openEditor(goal(3), { preview: true });
    expect(keys()).toEqual(['goal:1', 'goal:3']);
  });
});

describe('which tabs a close action takes', () => {
  const tabs = ['a', 'b', 'c', 'd'].map((key) => ({ key, input: { kind: 'welcome' } as const }));
  const dirty = { b: true, d: true };

  it('takes the others, those to the right, the saved ones or all, in the strip’s order', () => {
    expect(editorsToClose(tabs, dirty, 'others', 'b')).toEqual(['a', 'c', 'd']);
    expect(editorsToClose(tabs, dirty, 'right', 'b')).toEqual(['c', 'd']);
    expect(editorsToClose(tabs, dirty, 'right', 'd')).toEqual([]);
    expect(editorsToClose(tabs, dirty, 'saved', 'b')).toEqual(['a', 'c']);
    expect(editorsToClose(tabs, dirty, 'all', null)).toEqual(['a', 'b', 'c', 'd']);
    expect(editorsToClose(tabs, dirty, 'others', 'gone')).toEqual([]);
  });
});
