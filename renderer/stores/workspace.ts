// The workspace's data as the renderer sees it: the file, its clusters, the explorer outline and
// the undo/redo state, loaded at start-up and refreshed when the backend pushes a change.
import { create } from 'zustand';
import type {
  Cluster,
  EditableEntity,
  HistoryState,
  Outline,
  ProblemFacts,
  WorkspaceInfo,
} from '../../shared/contract/schemas.ts';
import { localToday } from '../../shared/time/today.ts';
import { client } from './client.ts';

interface WorkspaceState {
  readonly info: WorkspaceInfo | null;
  readonly clusters: readonly Cluster[];
  readonly outline: Outline;
  readonly history: HistoryState;
  /** What the Problems rules read; null until loaded. */
  readonly facts: ProblemFacts | null;
  readonly loaded: boolean;
  /** Set when the backend cannot be reached or refused the call. */
  readonly error: string | null;
  load(): Promise<void>;
  /** Re-reads what a change to these tables can affect. */
  refresh(entities?: readonly string[]): Promise<void>;
  refreshClusters(): Promise<void>;
}

const emptyOutline: Outline = { clusters: [] };
const outlineTables = new Set([
  'cluster',
  'strategy',
  'goal',
  'indicator',
  'indicator_goal',
  'milestone',
  'break_point',
  'evaluation',
]);
const factTables = new Set([
  ...outlineTables,
  'target',
  'break_point_condition',
  'milestone_dependency',
  'endorsement',
  'assessment',
  // resources: the public share against the financing plan
  'funding_source',
  'budget_line',
  'financing_plan',
]);

export const useWorkspace = create<WorkspaceState>()((set, get) => ({
  info: null,
  clusters: [],
  outline: emptyOutline,
  history: { undo: null, redo: null },
  facts: null,
  loaded: false,
  error: null,
  load: async () => {
    // The file's facts and its contents are asked together (one round trip at start-up).
    const [info] = await Promise.all([client().call('workspace.info', {}), get().refresh()]);
    if (!info.ok) {
      set({ error: JSON.stringify(info.error), loaded: true });
      return;
    }
    set({ info: info.data, loaded: true });
  },
  refresh: async (entities) => {
    const touchesOutline = !entities || entities.some((e) => outlineTables.has(e));
    const touchesFacts = !entities || entities.some((e) => factTables.has(e));
    const [clusters, outline, history, facts] = await Promise.all([
      !entities || entities.includes('cluster') ? client().call('clusters.list', {}) : null,
      touchesOutline ? client().call('workspace.outline', {}) : null,
      client().call('history.state', {}),
      touchesFacts ? client().call('workspace.problemFacts', { today: localToday() }) : null,
    ]);
    const failed = [clusters, outline, history, facts].find((r) => r && !r.ok);
    if (failed && !failed.ok) {
      set({ error: JSON.stringify(failed.error) });
      return;
    }
    set({
      error: null,
      ...(clusters?.ok ? { clusters: clusters.data } : {}),
      ...(outline?.ok ? { outline: outline.data } : {}),
      ...(history.ok ? { history: history.data } : {}),
      ...(facts?.ok ? { facts: facts.data } : {}),
    });
  },
  refreshClusters: () => get().refresh(['cluster']),
}));

export function clusterById(id: number): Cluster | undefined {
  return useWorkspace.getState().clusters.find((c) => c.id === id);
}

/** The title of an item as the explorer shows it (from the outline). */
export function outlineTitle(entity: EditableEntity, id: number): string | undefined {
  const { outline } = useWorkspace.getState();
  for (const cluster of outline.clusters) {
    if (entity === 'evaluation') {
      const found = cluster.evaluations.find((e) => e.id === id);
      if (found) return found.title;
    }
    if (entity === 'indicator') {
      const found = cluster.indicators.find((i) => i.id === id);
      if (found) return found.title;
    }
    for (const strategy of cluster.strategies) {
      if (entity === 'strategy' && strategy.id === id) return strategy.title;
      const list =
        entity === 'goal'
          ? strategy.goals
          : entity === 'milestone'
            ? strategy.milestones
            : entity === 'breakPoint'
              ? strategy.breakPoints
              : [];
      const found = list.find((i) => i.id === id);
      if (found) return found.title;
    }
  }
  return undefined;
}
