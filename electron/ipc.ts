// Binds the backend to Electron IPC: one handled channel for calls, one pushed channel for
// events. Every call's sender frame is checked before the backend sees it.
import type { IpcMain, WebContents } from 'electron';
import type { BackendService } from '../db/backend/backend.ts';
import { callEnvelope, jsonSizeAtMost, MAX_CALL_BYTES, tooLargeError } from '../shared/contract/envelope.ts';
import { ipcChannels } from '../shared/contract/events.ts';
import { fail } from '../shared/contract/result.ts';
import { toValidationIssues } from '../shared/contract/validation.ts';
import { isTrustedSender } from './security.ts';

export function bindBackendToIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  backend: BackendService,
  targets: () => readonly WebContents[],
): () => void {
  ipcMain.handle(ipcChannels.call, (event, name: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame)) return fail({ kind: 'forbidden', reason: 'untrustedSender' });
    // The same envelope check and size limit as the web host (shared/contract/envelope.ts).
    const envelope = callEnvelope.safeParse({ name, input });
    if (!envelope.success)
      return fail({ kind: 'validation', issues: toValidationIssues(envelope.error.issues, { name, input }) });
    if (jsonSizeAtMost(input, MAX_CALL_BYTES) > MAX_CALL_BYTES) return fail(tooLargeError());
    return backend.call(envelope.data.name, envelope.data.input);
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
