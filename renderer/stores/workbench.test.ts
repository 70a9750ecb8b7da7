import { afterEach, describe, expect, it } from 'vitest';
import { editorKey, useWorkbench } from './workbench.ts';

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
