// What the Electron preload exposes on window.clusterPilot: one function to call, one to listen.
import type { BackendEvent } from './events.ts';
import type { Result } from './result.ts';

export interface ClusterPilotBridge {
  call(name: string, input: unknown): Promise<Result<unknown>>;
  listen(listener: (event: BackendEvent) => void): () => void;
}

export const bridgeGlobalName = 'clusterPilot';
