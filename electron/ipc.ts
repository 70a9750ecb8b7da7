// Binds the backend to Electron IPC: one handled channel for calls, one pushed channel for
// events. Every call's sender frame is checked before the backend sees it.
import type { IpcMain, WebContents } from 'electron';
import type { Backend } from '../db/backend/backend.ts';
import { ipcChannels } from '../shared/contract/events.ts';
import { fail } from '../shared/contract/result.ts';
import { isTrustedSender } from './security.ts';

export function bindBackendToIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  backend: Backend,
  targets: () => readonly WebContents[],
): () => void {
  ipcMain.handle(ipcChannels.call, (event, name: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame)) return fail({ kind: 'forbidden', reason: 'untrustedSender' });
    return backend.call(name, input);
  });
  const unsubscribe = backend.onEvent((backendEvent) => {
    for (const contents of targets())
      if (!contents.isDestroyed()) contents.send(ipcChannels.event, backendEvent);
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(ipcChannels.call);
  };
}
