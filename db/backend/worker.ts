// The backend's own thread. Hosts (Electron main, the web host) start it through
// worker-backend.ts and only relay: calls arrive as messages, results and backend events go
// back, so a long call (an import of 100,000 rows, a report) never blocks the window or the host.
// Native dialogs stay with the host: the worker asks for them by message.
import { parentPort, workerData } from 'node:worker_threads';
import type { PrintRequest } from '../../shared/report/print.ts';
import { createBackend } from './backend.ts';
import type { HostServices } from './host-services.ts';
import type { HostRequest, ToWorker, WorkerData } from './worker-protocol.ts';

if (!parentPort) throw new Error('worker.ts runs as a worker thread (see worker-backend.ts).');
const port = parentPort;
const data = workerData as WorkerData;

let nextRequest = 1;
const answers = new Map<number, (value: unknown) => void>();
function ask(request: Omit<HostRequest, 'id' | 'type'>): Promise<unknown> {
  const id = nextRequest++;
  return new Promise((resolve) => {
    answers.set(id, resolve);
    port.postMessage({ type: 'host', id, ...request } as HostRequest);
  });
}
const host: HostServices | undefined = data.hostServices.length
  ? {
      ...(data.hostServices.includes('choosePath')
        ? {
            choosePath: (purpose, current, suggestedName) =>
              ask({ service: 'choosePath', args: [purpose, current, suggestedName] }) as Promise<
                string | null
              >,
          }
        : {}),
      ...(data.hostServices.includes('reveal')
        ? { reveal: (file: string) => void ask({ service: 'reveal', args: [file] }) }
        : {}),
      ...(data.hostServices.includes('openFile')
        ? { openFile: (file: string) => void ask({ service: 'openFile', args: [file] }) }
        : {}),
      ...(data.hostServices.includes('openWindow')
        ? { openWindow: (fragment: string) => void ask({ service: 'openWindow', args: [fragment] }) }
        : {}),
      ...(data.hostServices.includes('printReport')
        ? {
            printReport: async (request: PrintRequest) => {
              const answer = (await ask({ service: 'printReport', args: [request] })) as
                | { ok: true; pdf: Uint8Array | null }
                | { ok: false; message: string };
              if (!answer.ok) throw new Error(answer.message);
              return answer.pdf;
            },
          }
        : {}),
    }
  : undefined;

// No top-level await: the packaged app bundles this file as CommonJS.
async function main(): Promise<void> {
  const backend = await createBackend({
    ...data.options,
    ...(host ? { host } : {}),
    log: (message, error) =>
      port.postMessage({
        type: 'log',
        message,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  });
  backend.onEvent((event) => port.postMessage({ type: 'event', event }));

  port.on('message', (message: ToWorker) => {
    if (message.type === 'call') {
      void backend.call(message.name, message.input).then((result) => {
        port.postMessage({ type: 'result', id: message.id, result });
      });
    } else if (message.type === 'callJson') {
      void backend.callJson(message.body).then(({ status, result }) => {
        port.postMessage({ type: 'result', id: message.id, result, status });
      });
    } else if (message.type === 'hostAnswer') {
      answers.get(message.id)?.(message.value);
      answers.delete(message.id);
    } else if (message.type === 'close') {
      // After the calls already queued: the backend runs calls one at a time.
      void backend.call('workspace.info', {}).finally(() => {
        backend.close();
        port.postMessage({ type: 'closed' });
      });
    }
  });
  port.postMessage({ type: 'ready' });
}

void main();
