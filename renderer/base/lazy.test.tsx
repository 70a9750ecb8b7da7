// Editors off the first screen load when first shown: nothing flashes while a fast load runs,
// a slow one says so in the current language, and the loaded editor gets its props.
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePrefs } from '../stores/prefs.ts';
import { LOADING_DELAY_MS, lazyComponent } from './lazy.tsx';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}

const Editor = ({ clusterId }: { clusterId: number }) => <h2>Editor of cluster {clusterId}</h2>;

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  usePrefs.setState({ language: 'en' });
});

describe('lazyComponent', () => {
  it('loads its module only when first rendered, once, and passes the props through', async () => {
    const load = vi.fn(async () => Editor);
    const Lazy = lazyComponent(load);
    expect(load).not.toHaveBeenCalled();
    render(<Lazy clusterId={7} />);
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(screen.getByRole('heading').textContent).toBe('Editor of cluster 7');
    render(<Lazy clusterId={8} />);
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows nothing during a fast load and “Loading…” once it takes longer', async () => {
    const module = deferred<typeof Editor>();
    const Lazy = lazyComponent(() => module.promise);
    const { container } = render(<Lazy clusterId={1} />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(LOADING_DELAY_MS - 50);
    });
    expect(container.textContent).toBe('');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    expect(container.textContent).toBe('Loading…');
    await act(async () => module.resolve(Editor));
    expect(container.textContent).toBe('Editor of cluster 1');
  });

  it('says so in German, and a status-bar item waits without a message', async () => {
    usePrefs.setState({ language: 'de' });
    const Lazy = lazyComponent(() => deferred<typeof Editor>().promise);
    const Quiet = lazyComponent(() => deferred<typeof Editor>().promise, 'none');
    const { container } = render(
      <>
        <div data-testid="editor">
          <Lazy clusterId={1} />
        </div>
        <div data-testid="status">
          <Quiet clusterId={1} />
        </div>
      </>,
    );
    await act(async () => {
      await vi.advanceTimersByTimeAsync(LOADING_DELAY_MS + 50);
    });
    expect(screen.getByTestId('editor').textContent).toBe('Wird geladen…');
    expect(screen.getByTestId('status').textContent).toBe('');
    expect(container.querySelectorAll('p')).toHaveLength(1);
  });
});
