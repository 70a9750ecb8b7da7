// The same backend behind each transport the product has: the Electron IPC adapter (the real
// preload and IPC binding over the in-process stand-in for Electron) and the loopback HTTP host.
// Tests that must hold on both run once per harness.
import { vi } from 'vitest';
import { type Backend, type BackendOptions, createBackend } from '../../db/backend/backend.ts';
import { startWebHost, type WebHost } from '../../db/web/host.ts';
import { bindBackendToIpc } from '../../electron/ipc.ts';
import { httpTransport } from '../../renderer/platform/http-transport.ts';
import { ipcTransport } from '../../renderer/platform/ipc-transport.ts';
import type { ClusterPilotBridge } from '../../shared/contract/bridge.ts';
import { type ContractClient, createClient } from '../../shared/contract/client.ts';
import { createFakeElectron } from './fake-electron.ts';

export interface Harness {
  readonly client: ContractClient;
  /** The raw transport call, for envelopes the typed client would not let through. */
  rawCall(name: unknown, input: unknown): Promise<unknown>;
  readonly backend: Backend;
  /** The web host, for the HTTP harness. */
  readonly host: WebHost | null;
  close(): Promise<void>;
}

export type HarnessFactory = (options: BackendOptions) => Promise<Harness>;

export const ipcHarness: HarnessFactory = async (options) => {
  const backend = await createBackend(options);
  const fake = createFakeElectron();
  vi.resetModules();
  vi.doMock('electron', () => fake.module);
  await import('../../electron/preload.ts');
  const contents = fake.newWebContents();
  const unbind = bindBackendToIpc(fake.module.ipcMain as never, backend, () => [contents as never]);
  const bridge = fake.exposed.clusterPilot as ClusterPilotBridge;
  return {
    client: createClient(ipcTransport(bridge)),
    rawCall: (name, input) => bridge.call(name as string, input),
    backend,
    host: null,
    close: async () => {
      unbind();
      backend.close();
    },
  };
};

export const httpHarness: HarnessFactory = async (options) => {
  const backend = await createBackend(options);
  const host = await startWebHost({ backend, rendererDir: options.dataDir });
  const transport = httpTransport(host.origin, host.token);
  return {
    client: createClient(transport),
    rawCall: async (name, input) => {
      const response = await fetch(`${host.origin}/api/call`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-clusterpilot-token': host.token },
        body: JSON.stringify({ name, input }),
      });
      return response.json();
    },
    backend,
    host,
    close: async () => {
      await host.close();
      backend.close();
    },
  };
};

export const transports: readonly [string, HarnessFactory][] = [
  ['Electron IPC', ipcHarness],
  ['loopback HTTP', httpHarness],
];
