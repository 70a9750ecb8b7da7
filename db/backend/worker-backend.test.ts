// whenStarted: the web host serves its page while the backend's worker starts; what the page asks
// meanwhile waits for the worker instead of failing, and nothing is lost or answered twice.
import { describe, expect, it } from 'vitest';
import type { BackendEvent } from '../../shared/contract/events.ts';
import type { BackendService } from './backend.ts';
import { whenStarted } from './worker-backend.ts';

function fakeBackend() {
  const listeners = new Set<(event: BackendEvent) => void>();
  const calls: string[] = [];
  let closed = 0;
  const backend: BackendService = {
    call: async (name) => {
      calls.push(String(name));
      return { ok: true, data: name };
    },
    callJson: async (body) => ({ status: 200, result: { ok: true, data: new TextDecoder().decode(body) } }),
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => {
      closed++;
    },
  };
  const emit = (event: BackendEvent) => {
    for (const listener of listeners) listener(event);
  };
  return { backend, calls, emit, closed: () => closed };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const changed: BackendEvent = { type: 'preferencesChanged' } as BackendEvent;

describe('whenStarted', () => {
  it('answers calls made before the worker is ready once it is, in the order they were made', async () => {
    const fake = fakeBackend();
    const starting = deferred<BackendService>();
    const backend = whenStarted(starting.promise);
    let answered = false;
    const first = backend.call('workspace.info', {}).then((r) => {
      answered = true;
      return r;
    });
    const second = backend.callJson(new TextEncoder().encode('{"name":"clusters.list"}'));
    await Promise.resolve();
    expect(answered).toBe(false);
    starting.resolve(fake.backend);
    expect(await first).toEqual({ ok: true, data: 'workspace.info' });
    expect(await second).toEqual({ status: 200, result: { ok: true, data: '{"name":"clusters.list"}' } });
    expect(fake.calls).toEqual(['workspace.info']);
  });

  it('passes events to listeners added before the start, and not to one removed before it', async () => {
    const fake = fakeBackend();
    const starting = deferred<BackendService>();
    const backend = whenStarted(starting.promise);
    const kept: BackendEvent[] = [];
    const dropped: BackendEvent[] = [];
    backend.onEvent((e) => kept.push(e));
    const unsubscribe = backend.onEvent((e) => dropped.push(e));
    unsubscribe();
    starting.resolve(fake.backend);
    await starting.promise;
    await Promise.resolve();
    fake.emit(changed);
    expect(kept).toEqual([changed]);
    expect(dropped).toEqual([]);
  });

  it('closes the backend once it has started, and a failed start fails the calls without hanging', async () => {
    const fake = fakeBackend();
    const starting = deferred<BackendService>();
    const closing = whenStarted(starting.promise).close();
    starting.resolve(fake.backend);
    await closing;
    expect(fake.closed()).toBe(1);

    const failing = Promise.reject(new Error('no worker'));
    const broken = whenStarted(failing);
    await expect(broken.call('workspace.info', {})).rejects.toThrow('no worker');
    await expect(broken.close()).resolves.toBeUndefined();
  });
});
