// Mounts the real workbench on a real backend (temp workspace file) in-process. The transport
// clones every message as Electron's IPC does, so nothing but JSON-safe data crosses.
import path from 'node:path';
import { act, render } from '@testing-library/react';
import { afterEach } from 'vitest';
import { type Backend, type BackendOptions, createBackend } from '../../db/backend/backend.ts';
import { preloadLazyComponents } from '../../renderer/base/lazy.tsx';
import { initialize } from '../../renderer/bootstrap.ts';
import { useActivity } from '../../renderer/stores/activity.ts';
import { usePrefs } from '../../renderer/stores/prefs.ts';
import { useWorkbench } from '../../renderer/stores/workbench.ts';
import { useWorkspace } from '../../renderer/stores/workspace.ts';
import { Workbench } from '../../renderer/workbench/Workbench.tsx';
import { createClient } from '../../shared/contract/client.ts';
import { tempDirs } from './temp.ts';

const newDir = tempDirs('clusterpilot-component-');
const initialStates = [useWorkbench, useWorkspace, usePrefs, useActivity].map(
  (store) => [store, store.getState()] as const,
);
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanups.splice(0)) fn();
  for (const [store, state] of initialStates)
    (store as { setState: (s: unknown, replace: true) => void }).setState(state, true);
});

export interface Mounted {
  readonly backend: Backend;
  readonly view: ReturnType<typeof render>;
}

export async function mountWorkbench(
  seed?: (backend: Backend) => Promise<void>,
  options: Partial<BackendOptions> & { prepare?: (dir: string) => Partial<BackendOptions> } = {},
): Promise<Mounted> {
  const dir = newDir();
  const { prepare, ...rest } = options;
  const backend = await createBackend({
    workspacePath: path.join(dir, 'component.clusterpilot'),
    dataDir: dir,
    validateOutputs: true,
    ...rest,
    ...prepare?.(dir),
  });
  await seed?.(backend);
  const client = createClient({
    call: async (name, input) => structuredClone(await backend.call(name, structuredClone(input))),
    listen: (listener) => backend.onEvent((event) => listener(structuredClone(event))),
  });
  const stop = await initialize(client, 0);
  cleanups.push(stop, () => backend.close());
  // Editors off the first screen load on first use (renderer/base/lazy.tsx, tested there): here
  // they are loaded up front, so an editor opened in a test renders within the tick.
  await preloadLazyComponents();
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(<Workbench />);
  });
  return { backend, view };
}

/** Lets pending backend calls, events and re-renders settle. */
export async function settle(ms = 20): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}
