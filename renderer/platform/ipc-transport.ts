// The desktop transport: the preload's bridge on window.clusterPilot (Electron IPC underneath).
import type { ClusterPilotBridge } from '../../shared/contract/bridge.ts';
import type { Transport } from '../../shared/contract/client.ts';

export function ipcTransport(bridge: ClusterPilotBridge): Transport {
  return {
    call: (name, input) => bridge.call(name, input),
    listen: (listener) => bridge.listen(listener),
  };
}
