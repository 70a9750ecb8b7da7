// Values a grid has saved but not yet read back. A save answers before (or after) the reload its
// change event triggers, and the user may type on meanwhile (Tab, then the next cell): each row's
// pending values overlay the stored ones until the reloaded facts hold them, so the next edit of
// the row builds on what was typed, not on the stale row. A refused save drops its values.
import { useCallback, useEffect, useState } from 'react';

export type Values = Readonly<Record<string, unknown>>;

export function usePending<V extends Values>(stored: (key: string) => V | undefined, reloaded: unknown) {
  const [pending, setPending] = useState<ReadonlyMap<string, Partial<V>>>(new Map());
  // biome-ignore lint/correctness/useExhaustiveDependencies: `reloaded` (the facts) is the trigger; `stored` reads them
  useEffect(() => {
    setPending((previous) => {
      if (previous.size === 0) return previous;
      const next = new Map<string, Partial<V>>();
      let changed = false;
      for (const [key, fields] of previous) {
        const current = stored(key);
        const entries = Object.entries(fields);
        const left = entries.filter(([field, value]) => !current || !Object.is(current[field], value));
        if (left.length !== entries.length) changed = true;
        if (left.length > 0)
          next.set(key, left.length === entries.length ? fields : (Object.fromEntries(left) as Partial<V>));
      }
      // Unchanged: the same map, so React skips the render (the trigger may be new on every render).
      return changed ? next : previous;
    });
  }, [reloaded]);
  /** The row's values: stored, overlaid with what was saved since. */
  const merged = useCallback(
    (key: string, base: V): V => {
      const overlay = pending.get(key);
      return overlay ? { ...base, ...overlay } : base;
    },
    [pending],
  );
  const add = useCallback((entries: readonly (readonly [string, Partial<V>])[]) => {
    setPending((previous) => {
      const next = new Map(previous);
      for (const [key, fields] of entries) next.set(key, { ...next.get(key), ...fields });
      return next;
    });
  }, []);
  const drop = useCallback((keys: readonly string[]) => {
    setPending((previous) => {
      const next = new Map(previous);
      for (const key of keys) next.delete(key);
      return next;
    });
  }, []);
  return { merged, add, drop };
}
