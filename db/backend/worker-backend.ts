// Starts the backend in its own worker thread and relays to it: the host's thread (Electron
// main, the web host) only passes calls, results and events along, so it stays responsive while
// the worker is busy. Calls queue in the worker in order, one at a time, as in-process.
import { Worker } from 'node:worker_threads';
import type { BackendEvent } from '../../shared/contract/events.ts';
import { fail, type Result } from '../../shared/contract/result.ts';
import type { BackendOptions, BackendService } from './backend.ts';
import type { FromWorker, ToWorker, WorkerData } from './worker-protocol.ts';

export interface WorkerBackendOptions extends Omit<BackendOptions, 'log' | 'now' | 'canWrite'> {
  readonly log?: (message: string, error: string) => void;
  /**
   * The worker's entry: db/backend/worker.ts when running from source (worker-source.ts), the
   * bundled backend-worker.cjs in the packaged app.
   */
  readonly workerEntry: string | URL;
}

export async function startBackendWorker(options: WorkerBackendOptions): Promise<BackendService> {
  const { host, log, workerEntry, ...rest } = options;
  const data: WorkerData = {
    options: rest,
    hostServices: [
      ...(host?.choosePath ? (['choosePath'] as const) : []),
      ...(host?.reveal ? (['reveal'] as const) : []),
      ...(host?.openFile ? (['openFile'] as const) : []),
      ...(host?.openWindow ? (['openWindow'] as const) : []),
      ...(host?.printReport ? (['printReport'] as const) : []),
    ],
  };
  const worker = new Worker(workerEntry, { workerData: data });
  const listeners = new Set<(event: BackendEvent) => void>();
  const pending = new Map<number, (result: Result<unknown>, status?: number) => void>();
  let nextId = 1;
  let closed: (() => void) | null = null;
  let exited = false;

  const send = (message: ToWorker) => worker.postMessage(message);
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (message: FromWorker) => {
      switch (message.type) {
        case 'ready':
          resolve();
          break;
        case 'result':
          pending.get(message.id)?.(message.result, message.status);
          pending.delete(message.id);
          break;
        case 'event':
          for (const listener of listeners) listener(message.event);
          break;
        case 'log':
          (log ?? ((m, e) => console.error(m, e)))(message.message, message.error);
          break;
        case 'closed':
          closed?.();
          break;
        case 'host':
          void answerHost(message);
          break;
      }
    });
  });
  worker.on('exit', () => {
    exited = true;
    // Nothing waits forever on a worker that is gone.
    for (const resolve of pending.values())
      resolve(fail({ kind: 'internal', message: 'The backend stopped.' }));
    pending.clear();
    closed?.();
  });

  async function answerHost(request: Extract<FromWorker, { type: 'host' }>): Promise<void> {
    let value: unknown = null;
    try {
      if (request.service === 'choosePath') value = (await host?.choosePath?.(...request.args)) ?? null;
      else if (request.service === 'printReport')
        value = { ok: true, pdf: (await host?.printReport?.(...request.args)) ?? null };
      else if (request.service === 'openWindow') host?.openWindow?.(...request.args);
      else if (request.service === 'openFile') host?.openFile?.(...request.args);
      else host?.reveal?.(...request.args);
    } catch (error) {
      (log ?? ((m, e) => console.error(m, e)))(`Host service ${request.service} failed`, String(error));
      // A failed print is answered as such: the call that asked ends with a clear error.
      if (request.service === 'printReport')
        value = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    send({ type: 'hostAnswer', id: request.id, value });
  }

  await ready;
  return {
    call(name, input) {
      if (exited) return Promise.resolve(fail({ kind: 'internal', message: 'The backend stopped.' }));
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        try {
          send({ type: 'call', id, name: name as string, input });
        } catch (error) {
          // An input structured clone cannot copy (a function, a symbol): refused like bad JSON.
          pending.delete(id);
          resolve(fail({ kind: 'validation', issues: [{ path: ['input'], code: 'invalidType' }] }));
          void error;
        }
      });
    },
    callJson(body) {
      if (exited)
        return Promise.resolve({
          status: 500,
          result: fail({ kind: 'internal', message: 'The backend stopped.' }),
        });
      const id = nextId++;
      // The body moves to the worker without a copy (its memory is transferred, not cloned);
      // a small body that shares a pooled buffer is copied first (a pool cannot move).
      const own =
        body.byteOffset === 0 && body.byteLength === body.buffer.byteLength && body.byteLength > 8192
          ? body
          : new Uint8Array(body);
      return new Promise((resolve) => {
        pending.set(id, (result, status) => resolve({ status: status ?? 200, result }));
        worker.postMessage({ type: 'callJson', id, body: own } satisfies ToWorker, [
          own.buffer as ArrayBuffer,
        ]);
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
      if (exited) return;
      const done = new Promise<void>((resolve) => {
        closed = resolve;
      });
      send({ type: 'close' });
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 5000))]);
      await worker.terminate();
    },
  };
}

/**
 * The backend while its worker is still starting: calls, event listeners and close wait for
 * `starting`. The web host serves its page meanwhile, so the browser loads the renderer while the
 * worker loads the backend (most of the host's start), instead of one after the other. The
 * worker handles calls in the order they were sent, as before.
 */
export function whenStarted(starting: Promise<BackendService>): BackendService {
  return {
    call: async (name, input) => (await starting).call(name, input),
    callJson: async (body) => (await starting).callJson(body),
    onEvent(listener) {
      let unsubscribe: (() => void) | null = null;
      let cancelled = false;
      starting.then(
        (backend) => {
          if (!cancelled) unsubscribe = backend.onEvent(listener);
        },
        () => undefined,
      );
      return () => {
        cancelled = true;
        unsubscribe?.();
      };
    },
    close: async () => {
      const backend = await starting.catch(() => null);
      await backend?.close();
    },
  };
}
