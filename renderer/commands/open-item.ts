// Opens an item by its explorer key ("goal:3", "cluster:1/indicator:7", …): in its editor where
// it has one (focused, optionally on one field), otherwise shown in the explorer.
import type { EditableEntity, EditorInput } from '../../shared/contract/schemas.ts';
import { usePrefs } from '../stores/prefs.ts';
import { type OpenOptions, useWorkbench } from '../stores/workbench.ts';

/**
 * How a tree or list opens its item: a single click in the reusable preview tab (unless the
 * "Preview editors" setting is off), a double-click, Enter or Space as a tab that stays.
 */
export function openMode(via: 'click' | 'keyboard' | 'doubleClick'): OpenOptions {
  return { preview: via === 'click' && usePrefs.getState().enablePreview };
}

export function editorForKey(key: string): EditorInput | null {
  const network = /^cluster:(\d+)\/(actors|network|events)$/.exec(key);
  if (network) return { kind: network[2] as 'actors' | 'network' | 'events', clusterId: Number(network[1]) };
  const actor = /^actor:(\d+)$/.exec(key);
  if (actor) return { kind: 'actor', id: Number(actor[1]) };
  const cluster = /^cluster:(\d+)$/.exec(key);
  if (cluster) return { kind: 'cluster', id: Number(cluster[1]) };
  const indicator = /(?:^|\/)indicator:(\d+)$/.exec(key);
  if (indicator) return { kind: 'entity', entity: 'indicator', id: Number(indicator[1]) };
  const financing = /^financing:(\d+)$/.exec(key);
  if (financing) return { kind: 'financingPlan', clusterId: Number(financing[1]) };
  const entity = /^(strategy|goal|milestone|breakPoint|evaluation):(\d+)$/.exec(key);
  if (entity) return { kind: 'entity', entity: entity[1] as EditableEntity, id: Number(entity[2]) };
  return null;
}

export function openItem(key: string, field?: string, options: OpenOptions = {}): boolean {
  const wb = useWorkbench.getState();
  const input = editorForKey(key);
  if (!input) {
    wb.setReveal(key);
    return false;
  }
  wb.openEditor(input, { ...options, ...(field ? { field } : {}) });
  return true;
}
