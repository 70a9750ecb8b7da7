// A query's latest answer for a component — the one way views load data. Called again whenever
// the input or the reload key changes; only the newest call's answer is kept (an earlier one that
// arrives late, e.g. the reload after an edit that undo has already reverted, or the results of
// a search the user has typed past, is dropped). A null input asks nothing and answers nothing.
import { useEffect, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '../../shared/contract/contract.ts';
import type { ApiError } from '../../shared/contract/result.ts';
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
  const { reload = null, delayMs = 0 } = options;
  const [answer, setAnswer] = useState<Answer<CallOutput<N>> | null>(null);
  const key = input === null ? null : `${name}:${keyOf(input)}`;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `input`; `reload` is the reload trigger
  useEffect(() => {
    if (input === null || key === null) {
      setAnswer(null);
      return;
    }
    let current = true;
    const ask = () =>
      void client()
        .call(name, input)
        .then((r) => {
          if (!current) return;
          setAnswer((previous) =>
            r.ok
              ? { key, reload, data: r.data, error: null }
              : { key, reload, data: previous?.data ?? null, error: r.error },
          );
        });
    const timer = delayMs > 0 ? setTimeout(ask, delayMs) : undefined;
    if (timer === undefined) ask();
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
