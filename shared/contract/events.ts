// Events the backend pushes to the renderer over the same transport as the calls, so caches
// invalidate without polling. JSON-safe like every DTO.
export type EntityKind = 'cluster';

export type BackendEvent =
  | {
      readonly type: 'changed';
      readonly entity: EntityKind;
      readonly action: 'created' | 'updated' | 'deleted';
      readonly id: number;
      /** The item's display name after the change (before it, for deletions). */
      readonly label: string;
      readonly at: string;
    }
  | { readonly type: 'preferencesChanged' };

/** The fixed channel names of the Electron transport; the preload exposes nothing else. */
export const ipcChannels = {
  call: 'clusterpilot:call',
  event: 'clusterpilot:event',
} as const;
