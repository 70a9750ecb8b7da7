// The sandboxed preload, bundled to CommonJS with nothing but 'electron' external: it exposes
// exactly one function to call and one to listen, over the fixed channel names.
import { contextBridge, ipcRenderer } from 'electron';
import type { ClusterPilotBridge } from '../shared/contract/bridge.ts';
import { bridgeGlobalName } from '../shared/contract/bridge.ts';
import type { BackendEvent } from '../shared/contract/events.ts';
import { ipcChannels } from '../shared/contract/events.ts';

const bridge: ClusterPilotBridge = {
  call: (name, input) => ipcRenderer.invoke(ipcChannels.call, name, input),
  listen: (listener) => {
    const handler = (_event: unknown, backendEvent: BackendEvent) => listener(backendEvent);
    ipcRenderer.on(ipcChannels.event, handler);
    return () => {
      ipcRenderer.removeListener(ipcChannels.event, handler);
    };
  },
};

contextBridge.exposeInMainWorld(bridgeGlobalName, bridge);
