// The workspace's data as the renderer sees it: refreshed from the backend at start-up and
// whenever the backend pushes a change event.
import { create } from 'zustand';
import type { Cluster, WorkspaceInfo } from '../../shared/contract/schemas.ts';
import { client } from './client.ts';

interface WorkspaceState {
  readonly info: WorkspaceInfo | null;
  readonly clusters: readonly Cluster[];
  readonly loaded: boolean;
  /** Set when the backend cannot be reached or refused the call. */
  readonly error: string | null;
  load(): Promise<void>;
  refreshClusters(): Promise<void>;
}

export const useWorkspace = create<WorkspaceState>()((set) => ({
  info: null,
  clusters: [],
  loaded: false,
  error: null,
  load: async () => {
    const [info, clusters] = await Promise.all([
      client().call('workspace.info', {}),
      client().call('clusters.list', {}),
    ]);
    if (!info.ok || !clusters.ok) {
      set({
        error: JSON.stringify(!info.ok ? info.error : !clusters.ok ? clusters.error : null),
        loaded: true,
      });
      return;
    }
    set({ info: info.data, clusters: clusters.data, loaded: true, error: null });
  },
  refreshClusters: async () => {
    const clusters = await client().call('clusters.list', {});
    if (clusters.ok) set({ clusters: clusters.data, error: null });
    else set({ error: JSON.stringify(clusters.error) });
  },
}));

export function clusterById(id: number): Cluster | undefined {
  return useWorkspace.getState().clusters.find((c) => c.id === id);
}
