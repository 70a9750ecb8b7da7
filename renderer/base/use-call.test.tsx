// The one hook views load data with: only the newest call's answer is kept, refusals and
// loading are exposed, a null input answers nothing, a delay waits for typing to pause, and the
// same question asked by several components (or asked ahead) goes out once.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../shared/contract/client.ts';
import type { Result } from '../../shared/contract/result.ts';
import { useChanges } from '../stores/changes.ts';
import { setClient } from '../stores/client.ts';
import { prefetchCall, useCall } from './use-call.ts';

interface Pending {
  readonly input: { text: string };
  readonly answer: (result: Result<unknown>) => void;
}
let pending: Pending[] = [];

beforeEach(() => {
  pending = [];
  setClient(
    createClient({
      call: (_name, input) =>
        new Promise((resolve) => pending.push({ input: input as { text: string }, answer: resolve })),
      listen: () => () => undefined,
    }),
  );
});
afterEach(() => vi.useRealTimers());

const hit = (title: string) => [{ entity: 'goal', id: 1, clusterId: 1, title, snippet: '' }];
const search = (text: string | null, delayMs = 0) =>
  useCall('search.query', text === null ? null : { text, limit: 10 }, { delayMs });

describe('useCall', () => {
  it('keeps the newest answer when an older one arrives late', async () => {
    const { result, rerender } = renderHook(({ text }) => search(text), { initialProps: { text: 'a' } });
    expect(result.current).toEqual({ data: null, error: null, loading: true });
    rerender({ text: 'ab' });
    expect(pending.map((p) => p.input.text)).toEqual(['a', 'ab']);
    await act(async () => pending[1]!.answer({ ok: true, data: hit('newest') }));
    await act(async () => pending[0]!.answer({ ok: true, data: hit('late') }));
    expect(result.current).toEqual({ data: hit('newest'), error: null, loading: false });
  });

  it('shows the last answer while the next one loads, and a refusal once it comes', async () => {
    const { result, rerender } = renderHook(({ text }) => search(text), { initialProps: { text: 'a' } });
    await act(async () => pending[0]!.answer({ ok: true, data: hit('first') }));
    rerender({ text: 'b' });
    expect(result.current).toEqual({ data: hit('first'), error: null, loading: true });
    const error = { kind: 'internal', message: 'down' } as const;
    await act(async () => pending[1]!.answer({ ok: false, error }));
    expect(result.current).toEqual({ data: hit('first'), error, loading: false });
  });

  it('asks nothing for a null input and forgets the last answer', async () => {
    const { result, rerender } = renderHook(({ text }: { text: string | null }) => search(text), {
      initialProps: { text: 'a' as string | null },
    });
    await act(async () => pending[0]!.answer({ ok: true, data: hit('first') }));
    rerender({ text: null });
    expect(result.current).toEqual({ data: null, error: null, loading: false });
    rerender({ text: 'b' });
    expect(result.current.data).toBeNull();
    expect(pending).toHaveLength(2);
  });

  it('waits for the delay after the last change before asking', async () => {
    vi.useFakeTimers();
    const { rerender } = renderHook(({ text }) => search(text, 120), { initialProps: { text: 'a' } });
    rerender({ text: 'ab' });
    act(() => vi.advanceTimersByTime(100));
    rerender({ text: 'abc' });
    act(() => vi.advanceTimersByTime(100));
    expect(pending).toHaveLength(0);
    act(() => vi.advanceTimersByTime(30));
    expect(pending.map((p) => p.input.text)).toEqual(['abc']);
  });

  it('asks once for components that ask the same while it is on its way, and again afterwards', async () => {
    const first = renderHook(() => search('a'));
    const second = renderHook(() => search('a'));
    expect(pending).toHaveLength(1);
    await act(async () => pending[0]!.answer({ ok: true, data: hit('shared') }));
    expect(first.result.current.data).toEqual(hit('shared'));
    expect(second.result.current.data).toEqual(hit('shared'));
    renderHook(() => search('a'));
    expect(pending).toHaveLength(2);
  });

  it('takes an answer asked ahead with the same reload key while it is kept, and asks again after', async () => {
    vi.useFakeTimers();
    const ask = (reload: number) =>
      renderHook(() => useCall('search.query', { text: 'x', limit: 10 }, { reload }));
    prefetchCall('search.query', { text: 'x', limit: 10 }, 3);
    const ahead = ask(3);
    expect(pending).toHaveLength(1);
    await act(async () => pending[0]!.answer({ ok: true, data: hit('ahead') }));
    expect(ahead.result.current).toEqual({ data: hit('ahead'), error: null, loading: false });
    act(() => vi.advanceTimersByTime(999));
    const later = ask(3);
    await act(async () => undefined);
    expect(later.result.current.data).toEqual(hit('ahead'));
    expect(pending).toHaveLength(1);
    act(() => vi.advanceTimersByTime(1));
    ask(3);
    expect(pending).toHaveLength(2);
  });

  it('asks again for another reload key or after a switch to another workspace, never sharing across', async () => {
    const ask = (reload: number) =>
      renderHook(() => useCall('search.query', { text: 'y', limit: 10 }, { reload }));
    prefetchCall('search.query', { text: 'y', limit: 10 }, 1);
    ask(2).unmount();
    expect(pending).toHaveLength(2);
    const before = ask(1);
    expect(pending).toHaveLength(2);
    await act(async () => pending[0]!.answer({ ok: true, data: hit('workspace A') }));
    expect(before.result.current.data).toEqual(hit('workspace A'));
    act(() => useChanges.getState().switched());
    // The component shown before the switch asks again; one mounted after it does not share A's answer.
    expect(pending).toHaveLength(3);
    ask(1);
    expect(pending).toHaveLength(3);
    await act(async () => pending[2]!.answer({ ok: true, data: hit('workspace B') }));
    expect(before.result.current.data).toEqual(hit('workspace B'));
  });
});
