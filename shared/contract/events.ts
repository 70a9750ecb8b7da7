// Events the backend pushes to the renderer over the same transport as the calls, so caches
// invalidate without polling. JSON-safe like every DTO.
import type { MeetingState } from './evaluation.ts';

export interface ChangeSummary {
  /** The table of the changed row (e.g. 'cluster', 'goal', 'indicator_goal'). */
  readonly entity: string;
  readonly id: number;
  readonly action: 'insert' | 'update' | 'delete';
  readonly label: string;
}

export type BackendEvent =
  | {
      /** A user action (or undo, redo, import) changed the workspace; one event per action. */
      readonly type: 'changed';
      readonly batchId: number;
      readonly kind: 'edit' | 'undo' | 'redo' | 'import' | 'system';
      /** The call that made the change, e.g. 'clusters.update'. */
      readonly label: string;
      readonly at: string;
      /** Every table touched, even when `changes` is cut short. */
      readonly entities: readonly string[];
      readonly changes: readonly ChangeSummary[];
      readonly truncated: boolean;
    }
  | { readonly type: 'workspaceChanged' }
  | { readonly type: 'preferencesChanged' }
  | { readonly type: 'backupCreated'; readonly file: string }
  /** An evaluation meeting moved to another item: every screen of the meeting follows. */
  | { readonly type: 'meeting'; readonly state: MeetingState };

/** The fixed channel names of the Electron transport; the preload exposes nothing else. */
export const ipcChannels = {
  call: 'clusterpilot:call',
  event: 'clusterpilot:event',
} as const;
