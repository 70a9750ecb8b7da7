// The network layout off the window's thread: ForceAtlas2 (shared/network/layout.ts) for a
// cluster's actors, reporting progress, answering with the positions.
import type { ActorGroup } from '../../shared/contract/entities.ts';
import { layoutNetwork, type Position } from '../../shared/network/layout.ts';

export interface LayoutRequest {
  readonly actors: readonly { readonly id: number; readonly actorGroup: ActorGroup }[];
  readonly links: readonly (readonly [number, number, number])[];
  readonly stored: readonly (readonly [number, number, number])[];
  readonly seed: number;
}

export type LayoutMessage =
  | { readonly type: 'progress'; readonly done: number }
  | { readonly type: 'done'; readonly positions: readonly [number, number, number][] };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutMessage): void;
};

scope.onmessage = (event) => {
  const { actors, links, stored, seed } = event.data;
  const positions = layoutNetwork(
    { actors, links, stored: new Map(stored.map(([id, x, y]) => [id, { x, y } satisfies Position])), seed },
    (done) => scope.postMessage({ type: 'progress', done }),
  );
  scope.postMessage({
    type: 'done',
    positions: [...positions].map(([id, p]) => [id, p.x, p.y] as [number, number, number]),
  });
};
