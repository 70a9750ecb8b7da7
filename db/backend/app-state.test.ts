import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../test/support/temp.ts';
import { AppStateStore } from './app-state.ts';

const newDir = tempDirs();

describe('AppStateStore', () => {
  it('starts from defaults when the file is missing, damaged or of the wrong shape', () => {
    for (const content of [null, '{ not json', JSON.stringify({ preferences: { language: 'fr' } })]) {
      const dir = newDir();
      if (content !== null) fs.writeFileSync(path.join(dir, 'state.json'), content);
      expect(new AppStateStore(dir).preferences).toEqual({
        language: null,
        theme: 'system',
        autoSave: false,
        enablePreview: true,
      });
    }
  });

  it('writes atomically and reads back what it wrote, per workspace', () => {
    const dir = newDir();
    const store = new AppStateStore(dir);
    store.updatePreferences({ theme: 'dark' });
    const state = {
      editors: [],
      activeEditor: null,
      sideView: null,
      sideBarWidth: 250,
      panel: null,
      expanded: [],
    };
    store.saveViewState('/a.clusterpilot', state);
    expect(fs.readdirSync(dir)).toEqual(['state.json']);
    const again = new AppStateStore(dir);
    expect(again.preferences.theme).toBe('dark');
    expect(again.viewState('/a.clusterpilot')).toEqual(state);
    expect(again.viewState('/b.clusterpilot')).toBeNull();
  });
});
