// The Activity panel's view of the audit trail: the latest user actions with their changes,
// filtered by entity, user or text, reloaded whenever the backend reports a change.
import { create } from 'zustand';
import type { AuditBatch } from '../../shared/contract/schemas.ts';
import { client } from './client.ts';

export interface ActivityFilter {
  readonly entity: string;
  readonly user: string;
  readonly text: string;
}

interface ActivityState {
  readonly batches: readonly AuditBatch[];
  readonly filter: ActivityFilter;
  readonly loaded: boolean;
  setFilter(patch: Partial<ActivityFilter>): void;
  refresh(): Promise<void>;
}

export const useActivity = create<ActivityState>()((set, get) => ({
  batches: [],
  filter: { entity: '', user: '', text: '' },
  loaded: false,
  setFilter: (patch) => {
    set({ filter: { ...get().filter, ...patch } });
    void get().refresh();
  },
  refresh: async () => {
    const { entity, user, text } = get().filter;
    const result = await client().call('audit.list', {
      limit: 100,
      ...(entity ? { entity } : {}),
      ...(user ? { user } : {}),
      ...(text ? { text } : {}),
    });
    if (result.ok) set({ batches: result.data, loaded: true });
  },
}));
