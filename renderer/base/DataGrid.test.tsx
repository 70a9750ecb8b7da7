// The grid as a keyboard user meets it: moving, extending a selection, editing, clearing,
// copying and pasting ranges; and that only the visible rows are in the document.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CellEdit, DataGrid, type GridColumn } from './DataGrid.tsx';

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    disconnect() {}
    unobserve() {}
  } as unknown as typeof ResizeObserver;
});

const columns: GridColumn[] = [
  { key: 'name', label: 'Name', width: 100, editable: () => false },
  { key: 'date', label: 'Date', width: 100, editable: () => true },
  { key: 'value', label: 'Value', width: 100, editable: () => true },
];

function Harness({ rows, log }: { rows: number; log: CellEdit[][] }) {
  const [data, setData] = useState(() =>
    Array.from({ length: rows }, (_, i) => [`Row ${i + 1}`, `2026-0${(i % 9) + 1}-01`, String(i * 10)]),
  );
  return (
    <DataGrid
      id="g"
      label="Measurements"
      columns={columns}
      rowCount={data.length}
      cell={(r, c) => data[r]?.[c] ?? ''}
      messages={new Map()}
      drafts={new Map()}
      readOnly={false}
      onEdit={(edits) => {
        log.push([...edits]);
        setData((d) => {
          const next = d.map((row) => [...row]);
          for (const e of edits) if (next[e.row]) next[e.row]![e.col] = e.text;
          return next;
        });
      }}
    />
  );
}

const grid = () => screen.getByRole('grid', { name: 'Measurements' });
const active = () => document.getElementById(grid().getAttribute('aria-activedescendant')!)!;
const key = (k: string, init: Partial<KeyboardEventInit> = {}) =>
  fireEvent.keyDown(grid(), { key: k, ...init });

describe('data grid', () => {
  it('moves the active cell with arrows, Home/End and Ctrl+End', () => {
    render(<Harness rows={5} log={[]} />);
    expect(active().textContent).toBe('Row 1');
    key('ArrowRight');
    key('ArrowDown');
    expect(active().textContent).toBe('2026-02-01');
    key('End');
    expect(active().textContent).toBe('10');
    key('Home');
    expect(active().textContent).toBe('Row 2');
    key('End', { ctrlKey: true });
    expect(active().textContent).toBe('40');
    key('ArrowDown'); // stays inside
    expect(active().textContent).toBe('40');
  });

  it('edits by typing, commits with Enter (moving down), cancels with Escape, refuses read-only cells', () => {
    const log: CellEdit[][] = [];
    render(<Harness rows={3} log={log} />);
    key('a'); // the name column is read-only: nothing happens
    expect(screen.queryByRole('textbox')).toBeNull();
    key('End');
    key('7');
    const input = screen.getByRole('textbox', { name: 'Value, 1' });
    expect((input as HTMLInputElement).value).toBe('7');
    fireEvent.change(input, { target: { value: '75' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(log).toEqual([[{ row: 0, col: 2, text: '75' }]]);
    expect(active().textContent).toBe('10');
    key('F2');
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'x' } });
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Escape' });
    expect(log).toHaveLength(1);
    // Enter on an unchanged cell saves nothing.
    key('Enter');
    expect((screen.getByRole('textbox') as HTMLInputElement).value).toBe('10');
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Enter' });
    expect(log).toHaveLength(1);
    key('ArrowUp');
    expect(active().textContent).toBe('10');
  });

  it('gives the keyboard back to the grid at once when an edit ends, so keys typed right after Enter are not lost', () => {
    const log: CellEdit[][] = [];
    render(<Harness rows={3} log={log} />);
    grid().focus();
    key('End');
    key('7');
    const input = screen.getByRole('textbox', { name: 'Value, 1' });
    expect(document.activeElement).toBe(input);
    fireEvent.keyDown(input, { key: 'Enter' });
    // No frame has passed: the next key must already reach the grid.
    expect(document.activeElement).toBe(grid());
    expect(log).toEqual([[{ row: 0, col: 2, text: '7' }]]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(active().textContent).toBe('7');
    fireEvent.keyDown(document.activeElement!, { key: '8' });
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Escape' });
    expect(document.activeElement).toBe(grid());
    expect(log).toHaveLength(1);
  });

  it('extends a selection with Shift, clears it with Delete in one edit, copies it as tab-separated text', () => {
    const log: CellEdit[][] = [];
    render(<Harness rows={4} log={log} />);
    key('ArrowRight');
    key('ArrowRight', { shiftKey: true });
    key('ArrowDown', { shiftKey: true });
    expect(grid().querySelectorAll('[aria-selected="true"]')).toHaveLength(4);
    const copied: Record<string, string> = {};
    fireEvent.copy(grid(), {
      clipboardData: { setData: (type: string, text: string) => (copied[type] = text) },
    });
    expect(copied['text/plain']).toBe('2026-01-01\t0\r\n2026-02-01\t10');
    key('Delete');
    expect(log).toEqual([
      [
        { row: 0, col: 1, text: '' },
        { row: 0, col: 2, text: '' },
        { row: 1, col: 1, text: '' },
        { row: 1, col: 2, text: '' },
      ],
    ]);
  });

  it('pastes a range from a spreadsheet into the cells from the active one on, rows past the end included', () => {
    const log: CellEdit[][] = [];
    render(<Harness rows={2} log={log} />);
    key('ArrowRight');
    key('ArrowDown');
    fireEvent.paste(grid(), { clipboardData: { getData: () => '31.03.2026\t1.234,5\r\n30.06.2026\t7\r\n' } });
    expect(log).toEqual([
      [
        { row: 1, col: 1, text: '31.03.2026' },
        { row: 1, col: 2, text: '1.234,5' },
        { row: 2, col: 1, text: '30.06.2026' },
        { row: 2, col: 2, text: '7' },
      ],
    ]);
  });

  it('renders only the rows in view of 100,000', () => {
    render(<Harness rows={100_000} log={[]} />);
    expect(grid().getAttribute('aria-rowcount')).toBe('100001');
    const rendered = grid().querySelectorAll('[role="row"]').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    key('End', { ctrlKey: true });
    act(() => {
      grid().scrollTop = 99_990 * 26;
      fireEvent.scroll(grid());
    });
    expect(active().textContent).toBe(String(99_999 * 10));
  });
});
