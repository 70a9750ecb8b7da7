// A query's latest answer for a component: called again whenever the input or the reload key
// changes, and only the newest call's answer is kept (an earlier one that arrives late, e.g. the
// reload after an edit that undo has already reverted, is dropped).
import { useEffect, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '../../shared/contract/contract.ts';
import { client } from '../stores/client.ts';

export function useCall<N extends CallName>(
  name: N,
  input: CallInput<N> | null,
  reload: unknown = null,
): CallOutput<N> | null {
  const [answer, setAnswer] = useState<CallOutput<N> | null>(null);
  const key = JSON.stringify(input);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `input`; `reload` is the reload trigger
  useEffect(() => {
    if (input === null) return;
    let current = true;
    void client()
      .call(name, input)
      .then((r) => {
        if (current && r.ok) setAnswer(r.data);
      });
    return () => {
      current = false;
    };
  }, [name, key, reload]);
  return answer;
}
