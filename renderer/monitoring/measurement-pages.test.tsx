// The grid on rows read in blocks: placeholders until a block arrives (the grid's height known
// from the first answer), Ctrl+End loading the last block, a copy, paste or clear across blocks
// not yet loaded fetching them first, and a change reloading the blocks in view.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useEffect, useMemo, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeasurementRow } from '../../shared/contract/monitoring.ts';
import { type CellEdit, DataGrid, type GridColumn } from '../base/DataGrid.tsx';
import { BLOCK_ROWS, MeasurementBlocks } from './measurement-pages.ts';

const columns: GridColumn[] = [
  { key: 'date', label: 'Date', width: 100, editable: () => true },
  { key: 'value', label: 'Value', width: 100, editable: () => true },
];

const rowAt = (i: number, version = 0): MeasurementRow => ({
  id: i + 1,
  indicatorId: 1,
  date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
  value: i + version * 1_000_000,
  note: '',
  enteredBy: 'Test',
  enteredAt: '2026-01-01T00:00:00.000Z',
});

/** A backend of `total` rows that answers when told to, and records what was asked. */
function fakeBackend(total: number) {
  const asked: [offset: number, limit: number][] = [];
  const waiting: (() => void)[] = [];
  let version = 0;
  const fetchPage = (offset: number, limit: number) => {
    asked.push([offset, limit]);
    const answeredVersion = version;
    return new Promise<{ ok: true; data: { total: number; rows: MeasurementRow[] } }>((resolve) =>
      waiting.push(() => {
        const rows: MeasurementRow[] = [];
        for (let i = offset; i < Math.min(total, offset + limit); i++) rows.push(rowAt(i, answeredVersion));
        resolve({ ok: true, data: { total, rows } });
      }),
    );
  };
  return {
    asked,
    fetchPage,
    change: () => version++,
    /** Answers every call asked so far and lets React render the result. */
    answer: async () => {
      await act(async () => {
        while (waiting.length > 0) {
          for (const reply of waiting.splice(0)) reply();
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      });
    },
  };
}

let blocks: MeasurementBlocks;
function Harness({ backend, log }: { backend: ReturnType<typeof fakeBackend>; log: CellEdit[][] }) {
  const [, setArrivals] = useState(0);
  const source = useMemo(
    () => new MeasurementBlocks(backend.fetchPage, () => setArrivals((n) => n + 1)),
    [backend],
  );
  blocks = source;
  useEffect(() => source.refresh(), [source]);
  if (source.total === null) return <p>Loading</p>;
  return (
    <DataGrid
      id="g"
      label="Measurements"
      columns={columns}
      rowCount={source.total}
      cell={(r, c) => {
        const m = source.row(r);
        return m ? (c === 0 ? m.date : String(m.value)) : '';
      }}
      messages={new Map()}
      drafts={new Map()}
      readOnly={false}
      onEdit={(edits) => log.push([...edits])}
      rowLoaded={(r) => source.loaded(r)}
      onRowsShown={(first, last) => source.show(first, last)}
      loadRows={(top, bottom) => source.ensure(top, bottom)}
    />
  );
}

const grid = () => screen.getByRole('grid', { name: 'Measurements' });
const active = () => document.getElementById(grid().getAttribute('aria-activedescendant')!)!;
const key = (k: string, init: Partial<KeyboardEventInit> = {}) =>
  fireEvent.keyDown(grid(), { key: k, ...init });
const busyRows = () => grid().querySelectorAll('[role="row"][aria-busy="true"]').length;
const scrollTo = (row: number) =>
  act(() => {
    grid().scrollTop = row * 26;
    fireEvent.scroll(grid());
  });

afterEach(() => vi.unstubAllGlobals());

describe('the blocks of rows', () => {
  it('draws a block again that arrives after its rows were drawn as placeholders, before the grid said they are in view', async () => {
    const backend = fakeBackend(100_000);
    const changed = vi.fn();
    const rows = new MeasurementBlocks(backend.fetchPage, changed);
    rows.show(6_600, 6_640);
    await backend.answer();
    // In view: rows 6,700–6,740 (block 33, here); the margin asks for block 34 (rows 6,800–6,999).
    rows.show(6_700, 6_740);
    expect(backend.asked.at(-1)).toEqual([34 * BLOCK_ROWS, BLOCK_ROWS]);
    // A fast scroll: the grid draws rows 6,778–6,816 (6,800 on as placeholders) and tells which
    // rows are in view only after painting; block 34 arrives in between.
    expect(rows.loaded(6_810)).toBe(false);
    changed.mockClear();
    await backend.answer();
    expect(rows.loaded(6_810)).toBe(true);
    expect(changed).toHaveBeenCalled();
  });

  it('does not draw again for a block loaded ahead that nobody saw as a placeholder', async () => {
    const backend = fakeBackend(100_000);
    const changed = vi.fn();
    const rows = new MeasurementBlocks(backend.fetchPage, changed);
    rows.show(0, 30);
    await backend.answer();
    rows.show(150, 180);
    changed.mockClear();
    await backend.answer();
    expect(rows.loaded(250)).toBe(true);
    expect(changed).not.toHaveBeenCalled();
  });
});

describe('the grid on rows read in blocks', () => {
  it('asks only for the first block to open 100,000 rows, then shows placeholders until a block arrives', async () => {
    const backend = fakeBackend(100_000);
    render(<Harness backend={backend} log={[]} />);
    expect(screen.getByText('Loading')).toBeTruthy();
    await backend.answer();
    expect(backend.asked).toEqual([[0, BLOCK_ROWS]]);
    // The full height from the first answer: no jump when later blocks arrive.
    expect(grid().getAttribute('aria-rowcount')).toBe('100001');
    expect(busyRows()).toBe(0);
    expect(active().textContent).toBe('2026-01-01');

    // Scrolling far down shows placeholder rows (no values, same rows) until their block comes.
    scrollTo(50_000);
    expect(busyRows()).toBeGreaterThan(5);
    const placeholder = grid().querySelector('[role="row"][aria-busy="true"] [role="gridcell"]')!;
    expect(placeholder.textContent).toBe('');
    // The block in view and the one above (the margin reaches into it), nothing in between.
    expect(backend.asked.slice(1)).toEqual([
      [49_800, BLOCK_ROWS],
      [50_000, BLOCK_ROWS],
    ]);
    await backend.answer();
    expect(busyRows()).toBe(0);
    expect(grid().querySelector('[aria-rowindex="50002"] [aria-colindex="2"]')?.textContent).toBe('50000');
  });

  it('goes to row 100,000 with Ctrl+End and loads that block', async () => {
    const backend = fakeBackend(100_000);
    render(<Harness backend={backend} log={[]} />);
    await backend.answer();
    key('End', { ctrlKey: true });
    act(() => {
      fireEvent.scroll(grid()); // the scroll the move caused (jsdom does not send it)
    });
    expect(grid().querySelector('[aria-rowindex="100001"]')?.getAttribute('aria-busy')).toBe('true');
    expect(backend.asked).toContainEqual([99_800, BLOCK_ROWS]);
    await backend.answer();
    expect(active().textContent).toBe('99999');
    expect(busyRows()).toBe(0);
    // Editing waits for the row's values: typing on a placeholder starts nothing.
    scrollTo(60_000);
    act(() => {
      fireEvent.mouseDown(grid().querySelector('[role="row"][aria-busy="true"] [aria-colindex="2"]')!);
    });
    key('7');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('copies a range across blocks not yet loaded: fetches them (together), then writes every row', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const backend = fakeBackend(1_000);
    render(<Harness backend={backend} log={[]} />);
    await backend.answer();
    key('ArrowRight');
    key('End', { ctrlKey: true, shiftKey: true }); // rows 1 … 1,000 of the value column
    const setData = vi.fn();
    fireEvent.copy(grid(), { clipboardData: { setData } });
    expect(setData).not.toHaveBeenCalled();
    // Blocks 2 … 5 in one call; the last block, scrolled into view, on its own.
    expect(backend.asked).toContainEqual([BLOCK_ROWS, 4 * BLOCK_ROWS]);
    await backend.answer();
    expect(writeText).toHaveBeenCalledTimes(1);
    const lines = writeText.mock.calls[0]![0].trimEnd().split('\r\n');
    expect(lines).toHaveLength(1_000);
    expect(lines[0]).toBe('0');
    expect(lines[999]).toBe('999');
  });

  it('copies loaded rows at once, through the event, as before', async () => {
    const backend = fakeBackend(1_000);
    render(<Harness backend={backend} log={[]} />);
    await backend.answer();
    key('ArrowDown', { shiftKey: true });
    const copied: Record<string, string> = {};
    fireEvent.copy(grid(), {
      clipboardData: { setData: (type: string, text: string) => (copied[type] = text) },
    });
    expect(copied['text/plain']).toBe('2026-01-01\r\n2026-01-02');
  });

  it('pastes and clears ranges reaching unloaded rows only once they are loaded', async () => {
    const log: CellEdit[][] = [];
    const backend = fakeBackend(1_000);
    render(<Harness backend={backend} log={log} />);
    await backend.answer();
    // Select 150 … 250: block 2 is not loaded.
    for (let i = 0; i < 150; i++) key('ArrowDown');
    for (let i = 0; i < 100; i++) key('ArrowDown', { shiftKey: true });
    await backend.answer(); // the blocks the moves scrolled into view
    blocks.refresh(); // forget what is out of view
    scrollTo(0);
    await backend.answer();
    expect(blocks.loaded(250)).toBe(false);
    key('Delete');
    expect(log).toHaveLength(0);
    await backend.answer();
    expect(log).toHaveLength(1);
    expect(log[0]).toHaveLength(101);
    expect(log[0]!.at(-1)).toEqual({ row: 250, col: 0, text: '' });
  });

  it('reloads the blocks in view after a change and forgets the others', async () => {
    const backend = fakeBackend(100_000);
    render(<Harness backend={backend} log={[]} />);
    await backend.answer();
    scrollTo(10_000);
    await backend.answer();
    scrollTo(0);
    await backend.answer();
    expect(blocks.loaded(10_000)).toBe(true);
    const before = backend.asked.length;
    backend.change();
    act(() => blocks.refresh());
    // The stale values stay on screen until the new ones arrive (no flicker of placeholders).
    expect(busyRows()).toBe(0);
    await backend.answer();
    expect(backend.asked.slice(before)).toEqual([[0, BLOCK_ROWS]]);
    expect(active().textContent).toBe('2026-01-01');
    expect(grid().querySelector('[aria-rowindex="3"] [aria-colindex="2"]')?.textContent).toBe('1000001');
    expect(blocks.loaded(10_000)).toBe(false);
  });
});
