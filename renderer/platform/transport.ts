// Chooses the transport once at start-up: the Electron bridge when the preload exposed it,
// otherwise the web host that served this page (its token comes in the URL fragment once and
// is kept for reloads in session storage, never in the address bar).
import { bridgeGlobalName, type ClusterPilotBridge } from '../../shared/contract/bridge.ts';
import type { Transport } from '../../shared/contract/client.ts';
import { httpTransport } from './http-transport.ts';
import { ipcTransport } from './ipc-transport.ts';

const TOKEN_KEY = 'clusterpilot.token';

export function createTransport(): Transport {
  const bridge = (window as unknown as Record<string, ClusterPilotBridge | undefined>)[bridgeGlobalName];
  if (bridge) return ipcTransport(bridge);

  const params = new URLSearchParams(window.location.hash.slice(1));
  const fromHash = params.get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    // The token leaves the address bar; what else the fragment says (#meeting=3) stays.
    params.delete('token');
    const rest = params.toString();
    history.replaceState(
      null,
      '',
      window.location.pathname + window.location.search + (rest ? `#${rest}` : ''),
    );
  }
  return httpTransport(window.location.origin, sessionStorage.getItem(TOKEN_KEY) ?? '');
}

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
