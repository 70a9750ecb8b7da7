// Positions for the network picture: the stored ones, and for actors without one a layout run in
// a Web Worker (ForceAtlas2, seeded; shared/network/layout.ts) that keeps every stored actor
// where it is. New positions are stored (network.saveLayout), so the picture does not jump
// between openings. "Arrange again" lays out everything anew and replaces what was stored.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NetworkGraph } from '../../shared/contract/network.ts';
import { layoutNetwork, type Position } from '../../shared/network/layout.ts';
import { client } from '../stores/client.ts';
import type { LayoutMessage, LayoutRequest } from './layout.worker.ts';
import { buildModel } from './network-model.ts';

export interface LayoutState {
  /** Positions of every actor, or null while the first layout runs. */
  readonly positions: ReadonlyMap<number, Position> | null;
  /** Share done (0 … 1) while a layout runs, else null. */
  readonly progress: number | null;
  /** Lays the network out anew (all actors), replacing the stored positions. */
  readonly arrangeAgain: () => void;
}

function runLayout(
  request: LayoutRequest,
  onProgress: (done: number) => void,
): { promise: Promise<Map<number, Position>>; cancel: () => void } {
  if (typeof Worker === 'undefined') {
    // No workers (component tests): the same computation on this thread.
    const stored = new Map(request.stored.map(([id, x, y]) => [id, { x, y }]));
    return { promise: Promise.resolve(layoutNetwork({ ...request, stored })), cancel: () => undefined };
  }
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  const promise = new Promise<Map<number, Position>>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
      if (event.data.type === 'progress') onProgress(event.data.done);
      else {
        resolve(new Map(event.data.positions.map(([id, x, y]) => [id, { x, y }])));
        worker.terminate();
      }
    };
    worker.onerror = (event) => {
      reject(new Error(event.message));
      worker.terminate();
    };
  });
  worker.postMessage(request);
  return { promise, cancel: () => worker.terminate() };
}

export function useLayout(clusterId: number, dto: NetworkGraph | null, readOnly: boolean): LayoutState {
  const [positions, setPositions] = useState<ReadonlyMap<number, Position> | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const cancel = useRef<() => void>(() => undefined);

  const start = useCallback(
    (graph: NetworkGraph, stored: ReadonlyMap<number, Position>, replace: boolean) => {
      cancel.current();
      const links = buildModel(graph, new Map()).links;
      const request: LayoutRequest = {
        actors: graph.actors.map(([id, , actorGroup]) => ({ id, actorGroup })),
        links,
        stored: [...stored].map(([id, p]) => [id, p.x, p.y] as const),
        seed: graph.seed,
      };
      setProgress(0);
      const run = runLayout(request, setProgress);
      let current = true;
      cancel.current = () => {
        current = false;
        run.cancel();
      };
      void run.promise.then(
        (computed) => {
          if (!current) return;
          setPositions(computed);
          setProgress(null);
          if (readOnly) return;
          const fresh = [...computed]
            .filter(([id]) => replace || !stored.has(id))
            .map(([actorId, p]) => ({ actorId, x: p.x, y: p.y }));
          if (fresh.length > 0)
            void client().call('network.saveLayout', { clusterId, positions: fresh, replace });
        },
        () => {
          if (current) setProgress(null);
        },
      );
    },
    [clusterId, readOnly],
  );

  useEffect(() => {
    if (!dto) return;
    const stored = new Map(dto.positions.map(([id, x, y]) => [id, { x, y }]));
    if (dto.actors.every(([id]) => stored.has(id))) {
      cancel.current();
      setProgress(null);
      setPositions(stored);
    } else {
      // Until the new actors are placed, show the others where they were.
      setPositions((previous) => (previous && stored.size > 0 ? previous : null));
      start(dto, stored, false);
    }
  }, [dto, start]);

  useEffect(() => () => cancel.current(), []);

  const arrangeAgain = useCallback(() => {
    if (dto) start(dto, new Map(), true);
  }, [dto, start]);

  return { positions, progress, arrangeAgain };
}
