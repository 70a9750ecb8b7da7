// The messages between a host and the backend's worker thread (structured clone; JSON-safe
// values only, as on every transport).
import type { BackendEvent } from '../../shared/contract/events.ts';
import type { Result } from '../../shared/contract/result.ts';
import type { PrintRequest } from '../../shared/report/print.ts';
import type { BackendOptions } from './backend.ts';
import type { PathPurpose } from './host-services.ts';

/** What the worker needs to start: the backend's options that can cross a thread. */
export interface WorkerData {
  readonly options: Omit<BackendOptions, 'host' | 'log' | 'now' | 'canWrite'>;
  /** Which host services the host offers (the worker asks for them by message). */
  readonly hostServices: readonly ('choosePath' | 'reveal' | 'openFile' | 'openWindow' | 'printReport')[];
}

export type ToWorker =
  | { readonly type: 'call'; readonly id: number; readonly name: string; readonly input: unknown }
  | { readonly type: 'callJson'; readonly id: number; readonly body: Uint8Array }
  | { readonly type: 'hostAnswer'; readonly id: number; readonly value: unknown }
  | { readonly type: 'close' };

export type HostRequest =
  | {
      readonly type: 'host';
      readonly id: number;
      readonly service: 'choosePath';
      readonly args: [PathPurpose, string, string | undefined];
    }
  | {
      readonly type: 'host';
      readonly id: number;
      readonly service: 'reveal' | 'openFile' | 'openWindow';
      readonly args: [string];
    }
  | {
      readonly type: 'host';
      readonly id: number;
      readonly service: 'printReport';
      readonly args: [PrintRequest];
    };

export type FromWorker =
  | { readonly type: 'ready' }
  | {
      readonly type: 'result';
      readonly id: number;
      readonly result: Result<unknown>;
      readonly status?: number;
    }
  | { readonly type: 'event'; readonly event: BackendEvent }
  | { readonly type: 'log'; readonly message: string; readonly error: string }
  | { readonly type: 'closed' }
  | HostRequest;
