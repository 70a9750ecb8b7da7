// A query's latest answer for a component — the one way views load data. Called again whenever
// the input or the reload key changes; only the newest call's answer is kept (an earlier one that
// arrives late, e.g. the reload after an edit that undo has already reverted, or the results of
// a search the user has typed past, is dropped). A null input asks nothing and answers nothing.
// Components asking the same (call, input, reload key) while it is on its way share one call, and
// an editor can ask its sections' queries ahead (prefetchCall) beside its own, instead of after.
import { useEffect, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '../../shared/contract/contract.ts';
import type { ApiError, Result } from '../../shared/contract/result.ts';
import { useChanges } from '../stores/changes.ts';
import { client } from '../stores/client.ts';

export interface CallOptions {
  /** A primitive whose changes ask again with the same input (e.g. a table's change counter). */
  readonly reload?: unknown;
  /** Waits this long after the last input change before asking (search as you type). */
  readonly delayMs?: number;
}

export interface CallState<T> {
  /** The newest answer so far; it may answer an earlier input while `loading`. */
  readonly data: T | null;
  /** The newest call's refusal, or null when it answered. */
  readonly error: ApiError | null;
  /** True until the call for the current input and reload key has answered. */
  readonly loading: boolean;
}

const nothing: CallState<never> = { data: null, error: null, loading: false };

// Inputs kept in state (e.g. a file to import) are serialised once, not on every render.
const keys = new WeakMap<object, string>();
function keyOf(input: unknown): string {
  if (typeof input !== 'object' || input === null) return JSON.stringify(input);
  let key = keys.get(input);
  if (key === undefined) {
    key = JSON.stringify(input);
    keys.set(input, key);
  }
  return key;
}

/** How long an answer asked ahead waits for the components that will ask for it. */
const PREFETCH_KEPT_MS = 1_000;

/** Calls on their way (and answers asked ahead), per client, by call name, input and reload key. */
const sharedByClient = new WeakMap<object, Map<string, Promise<Result<unknown>>>>();

function ask(key: string, name: CallName, input: unknown, reload: string, ahead: boolean) {
  const current = client();
  const shared = sharedByClient.get(current) ?? new Map<string, Promise<Result<unknown>>>();
  sharedByClient.set(current, shared);
  const id = `${key}#${reload}`;
  // A call on its way serves everyone who asks meanwhile; an answer asked ahead, everyone who asks
  // with the same reload key until it expires (a change since would have bumped the key, another
  // workspace changed its prefix).
  const asked = shared.get(id);
  if (asked) return asked;
  const promise = current.call(name, input as never) as Promise<Result<unknown>>;
  shared.set(id, promise);
  const forget = () => {
    if (shared.get(id) === promise) shared.delete(id);
  };
  const settle = () => (ahead ? void setTimeout(forget, PREFETCH_KEPT_MS) : forget());
  promise.then(settle, settle);
  return promise;
}

/**
 * Asks now what a component about to mount will ask with the same input and reload key (an
 * editor's sections, asked beside the editor's own call instead of after it): the component then
 * takes this answer instead of asking again.
 */
export function prefetchCall<N extends CallName>(name: N, input: CallInput<N>, reload: unknown = null): void {
  void ask(
    `${name}:${keyOf(input)}`,
    name,
    input,
    withWorkspace(useChanges.getState().workspace, reload),
    true,
  );
}

/**
 * The reload key with the workspace it was asked in: after a switch to another file every query
 * asks again, and nothing asked before it (on its way or ahead) is shared, whatever its key.
 */
function withWorkspace(workspace: number, reload: unknown): string {
  return `${workspace}|${typeof reload}:${String(reload)}`;
}

interface Answer<T> {
  readonly key: string;
  readonly reload: unknown;
  readonly data: T | null;
  readonly error: ApiError | null;
}

export function useCall<N extends CallName>(
  name: N,
  input: CallInput<N> | null,
  options: CallOptions = {},
): CallState<CallOutput<N>> {
  const { delayMs = 0 } = options;
  const reload = withWorkspace(
    useChanges((s) => s.workspace),
    options.reload ?? null,
  );
  const [answer, setAnswer] = useState<Answer<CallOutput<N>> | null>(null);
  const key = input === null ? null : `${name}:${keyOf(input)}`;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `input`; `reload` is the reload trigger
  useEffect(() => {
    if (input === null || key === null) {
      setAnswer(null);
      return;
    }
    let current = true;
    const start = () =>
      void ask(key, name, input, reload, false).then((answered) => {
        if (!current) return;
        const r = answered as Result<CallOutput<N>>;
        setAnswer((previous) =>
          r.ok
            ? { key, reload, data: r.data, error: null }
            : { key, reload, data: previous?.data ?? null, error: r.error },
        );
      });
    const timer = delayMs > 0 ? setTimeout(start, delayMs) : undefined;
    if (timer === undefined) start();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [name, key, reload, delayMs]);

  if (key === null) return nothing;
  const answered = answer?.key === key && Object.is(answer.reload, reload);
  return {
    data: answer?.data ?? null,
    error: answered ? answer.error : null,
    loading: !answered,
  };
}
