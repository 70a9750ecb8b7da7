// A spreadsheet-like grid: virtualised rows (only what is visible is rendered, so 100,000 rows
// scroll smoothly), a roving active cell announced through aria-activedescendant, keyboard
// navigation as in Excel (arrows, Tab, Home/End, Page Up/Down, Ctrl+Home/End, Shift to extend
// the selection), editing by typing, Enter or F2, Delete to clear, and copy and paste of ranges
// as tab-separated text (what Excel and LibreOffice put on the clipboard). The grid edits text
// only: its owner parses, validates and saves, and hands back per-cell messages. An owner that
// reads its rows in blocks tells which rows are loaded (the others show as placeholders, the
// grid keeps its full height) and loads a range before it is copied, pasted or cleared.
// biome-ignore-all lint/a11y/useSemanticElements: a virtualised grid positions its rows absolutely, which a <table> cannot; it follows the ARIA grid pattern instead
// biome-ignore-all lint/a11y/useFocusableInteractive: the grid is the one focusable element and points at its active cell (aria-activedescendant)
import './DataGrid.css';
import {
  type ClipboardEvent,
  type KeyboardEvent,
  memo,
  type ReactNode,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { parseCsv, toDelimited } from '../../shared/text/csv.ts';

interface RowApi {
  select(row: number, col: number, extend: boolean): void;
  edit(): void;
  change(text: string): void;
  commit(text: string, move: { row: number; col: number } | null): void;
  cancel(): void;
}

const gridCellId = (grid: string, row: number, col: number) => `${grid}-r${row}-c${col}`;

const GridRow = memo(function GridRow({
  gridId,
  row,
  columns,
  width,
  cell,
  drafts,
  messages,
  activeCol,
  selectionLeft,
  selectionRight,
  editing,
  className,
  loading,
  api,
}: {
  gridId: string;
  row: number;
  columns: readonly GridColumn[];
  width: number;
  cell: (row: number, col: number) => string;
  drafts: ReadonlyMap<string, string>;
  messages: ReadonlyMap<string, string>;
  activeCol: number;
  selectionLeft: number;
  selectionRight: number;
  editing: string | null;
  className: string | undefined;
  /** A row whose values are not here yet: a placeholder of the same height. */
  loading: boolean;
  api: { readonly current: RowApi };
}) {
  return (
    <div
      role="row"
      aria-rowindex={row + 2}
      aria-busy={loading || undefined}
      className={`grid-row${className ? ` ${className}` : ''}${loading ? ' loading' : ''}`}
      style={{ top: (row + 1) * ROW_HEIGHT, width }}
    >
      {columns.map((column, col) => {
        const key = cellKey(row, col);
        const isActive = col === activeCol;
        const selected = col >= selectionLeft && col <= selectionRight;
        const message = messages.get(key);
        const editable = column.editable(row);
        return (
          <div
            key={column.key}
            id={gridCellId(gridId, row, col)}
            role="gridcell"
            aria-colindex={col + 1}
            aria-readonly={!editable || undefined}
            aria-invalid={message ? true : undefined}
            aria-selected={selected}
            className={`grid-cell${isActive ? ' active' : ''}${selected ? ' selected' : ''}${message ? ' invalid' : ''}${column.align === 'end' ? ' end' : ''}${editable ? '' : ' readonly'}`}
            style={{ width: column.width }}
            title={message}
            onMouseDown={(e) => {
              if (isActive && editing !== null) return;
              e.preventDefault();
              api.current.select(row, col, e.shiftKey);
            }}
            onDoubleClick={() => api.current.edit()}
          >
            {isActive && editing !== null ? (
              <input
                // biome-ignore lint/a11y/noAutofocus: editing a cell puts the caret in it, as in a spreadsheet
                autoFocus
                className="grid-input"
                aria-label={`${column.label}, ${row + 1}`}
                value={editing}
                onChange={(e) => api.current.change(e.target.value)}
                onBlur={(e) => api.current.commit(e.target.value, null)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    api.current.commit(editing, { row: row + (e.shiftKey ? -1 : 1), col });
                  } else if (e.key === 'Tab') {
                    e.preventDefault();
                    api.current.commit(editing, { row, col: col + (e.shiftKey ? -1 : 1) });
                  } else if (e.key === 'Escape') {
                    e.preventDefault();
                    e.stopPropagation();
                    api.current.cancel();
                  }
                }}
              />
            ) : loading ? null : (
              (drafts.get(key) ?? cell(row, col))
            )}
          </div>
        );
      })}
    </div>
  );
});

export interface GridColumn {
  readonly key: string;
  readonly label: string;
  readonly width: number;
  readonly align?: 'end';
  readonly editable: (row: number) => boolean;
}

export interface CellEdit {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

export const cellKey = (row: number, col: number) => `${row}:${col}`;

export const ROW_HEIGHT = 26;
const OVERSCAN = 8;

interface Position {
  readonly row: number;
  readonly col: number;
}

export function DataGrid({
  id,
  label,
  columns,
  rowCount,
  cell,
  editText,
  messages,
  drafts,
  onEdit,
  readOnly,
  rowClass,
  onSelectionChange,
  rowLoaded,
  onRowsShown,
  loadRows,
}: {
  id: string;
  label: string;
  columns: readonly GridColumn[];
  rowCount: number;
  /** The text a cell shows. */
  cell: (row: number, col: number) => string;
  /** The text editing starts with (e.g. a number without thousands separators); defaults to `cell`. */
  editText?: (row: number, col: number) => string;
  /** Validation messages by cellKey. */
  messages: ReadonlyMap<string, string>;
  /** Refused input by cellKey, shown instead of the stored value until fixed. */
  drafts: ReadonlyMap<string, string>;
  /** Edits from typing, clearing or pasting; rows past the end are new rows. */
  onEdit: (edits: readonly CellEdit[]) => void;
  readOnly: boolean;
  rowClass?: (row: number) => string | undefined;
  /** Told the active cell and the selected rows (top … bottom) whenever they change. */
  onSelectionChange?: (selection: { row: number; col: number; top: number; bottom: number }) => void;
  /** False for rows whose values are still loading; all rows are loaded when left out. */
  rowLoaded?: (row: number) => boolean;
  /** Told the rows rendered (those in view and a few around) whenever they change. */
  onRowsShown?: (first: number, last: number) => void;
  /** Loads the rows top … bottom; a copy, paste or clear reaching unloaded rows waits for it. */
  loadRows?: (top: number, bottom: number) => Promise<void>;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Position>({ row: 0, col: 0 });
  const [anchor, setAnchor] = useState<Position | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(400);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    setViewport(element.clientHeight || 400);
    const observer = new ResizeObserver(() => setViewport(element.clientHeight || 400));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Keep the active cell inside the grid when rows go away.
  useEffect(() => {
    if (rowCount > 0 && active.row >= rowCount) setActive({ row: rowCount - 1, col: active.col });
  }, [rowCount, active]);

  const selectionChanged = useRef(onSelectionChange);
  selectionChanged.current = onSelectionChange;
  useEffect(() => {
    const from = anchor ?? active;
    selectionChanged.current?.({
      row: active.row,
      col: active.col,
      top: Math.min(from.row, active.row),
      bottom: Math.max(from.row, active.row),
    });
  }, [active, anchor]);

  const textOf = (row: number, col: number) => drafts.get(cellKey(row, col)) ?? cell(row, col);
  const isLoaded = (row: number) => rowLoaded?.(row) ?? true;
  /** Runs `then` once the rows top … bottom are loaded: at once when they are. True if it waits. */
  const whenLoaded = (top: number, bottom: number, then: () => void) => {
    const last = Math.min(bottom, rowCount - 1);
    let missing = false;
    for (let r = top; r <= last && !missing; r++) missing = !isLoaded(r);
    if (!missing || !loadRows) {
      then();
      return false;
    }
    void loadRows(top, last).then(then);
    return true;
  };
  const range = () => {
    const from = anchor ?? active;
    return {
      top: Math.min(from.row, active.row),
      bottom: Math.max(from.row, active.row),
      left: Math.min(from.col, active.col),
      right: Math.max(from.col, active.col),
    };
  };

  const scrollIntoView = (row: number) => {
    const element = scroller.current;
    if (!element) return;
    const top = row * ROW_HEIGHT;
    const header = ROW_HEIGHT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight - header)
      element.scrollTop = top + 2 * ROW_HEIGHT - element.clientHeight;
  };

  const moveTo = (position: Position, extend = false) => {
    const next = {
      row: Math.max(0, Math.min(rowCount - 1, position.row)),
      col: Math.max(0, Math.min(columns.length - 1, position.col)),
    };
    setAnchor(extend ? (anchor ?? active) : null);
    setActive(next);
    scrollIntoView(next.row);
  };

  // The text the cell held when editing began: committing it unchanged saves nothing.
  const original = useRef<string | null>(null);
  const startEdit = (initial?: string) => {
    if (readOnly || !isLoaded(active.row) || !columns[active.col]?.editable(active.row)) return;
    original.current =
      drafts.get(cellKey(active.row, active.col)) ?? (editText ?? cell)(active.row, active.col);
    setEditing(initial ?? original.current);
  };

  // The keyboard goes back to the grid at once when an edit ends (keys typed right after Enter
  // must not land on the page). Focusing the grid blurs the cell's input, whose blur would commit
  // again: an edit ends only once (`original` is cleared on its first end).
  const endEdit = (commit: { text: string; move: Position | null } | null) => {
    if (original.current === null) return;
    const before = original.current;
    original.current = null;
    setEditing(null);
    if (commit && commit.text !== before) onEdit([{ row: active.row, col: active.col, text: commit.text }]);
    if (commit?.move) moveTo(commit.move);
    scroller.current?.focus();
  };
  const commitEdit = (text: string, move: Position | null) => endEdit({ text, move });

  const pageRows = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 2);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing !== null || event.target !== scroller.current) return;
    const { row, col } = active;
    const ctrl = event.ctrlKey || event.metaKey;
    const moves: Record<string, Position | undefined> = {
      ArrowDown: { row: ctrl ? rowCount - 1 : row + 1, col },
      ArrowUp: { row: ctrl ? 0 : row - 1, col },
      ArrowRight: { row, col: ctrl ? columns.length - 1 : col + 1 },
      ArrowLeft: { row, col: ctrl ? 0 : col - 1 },
      PageDown: { row: row + pageRows, col },
      PageUp: { row: row - pageRows, col },
      Home: ctrl ? { row: 0, col: 0 } : { row, col: 0 },
      End: ctrl ? { row: rowCount - 1, col: columns.length - 1 } : { row, col: columns.length - 1 },
    };
    const target = moves[event.key];
    if (target) {
      event.preventDefault();
      moveTo(target, event.shiftKey);
      return;
    }
    if (event.key === 'Tab') {
      const next = event.shiftKey ? col - 1 : col + 1;
      if (next < 0 || next >= columns.length) return; // leave the grid
      event.preventDefault();
      moveTo({ row, col: next });
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEdit();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      if (readOnly) return;
      const { top, bottom, left, right } = range();
      whenLoaded(top, bottom, () => {
        const edits: CellEdit[] = [];
        for (let r = top; r <= bottom; r++)
          for (let c = left; c <= right; c++)
            if (columns[c]!.editable(r) && textOf(r, c) !== '') edits.push({ row: r, col: c, text: '' });
        if (edits.length > 0) onEdit(edits);
      });
    } else if (event.key === 'Escape') {
      setAnchor(null);
    } else if (event.key.length === 1 && !ctrl && !event.altKey) {
      event.preventDefault();
      startEdit(event.key);
    }
  };

  const onCopy = (event: ClipboardEvent<HTMLDivElement>) => {
    if (editing !== null) return;
    event.preventDefault();
    const { top, bottom, left, right } = range();
    const text = () => {
      const rows: string[][] = [];
      for (let r = top; r <= bottom; r++) {
        const cells: string[] = [];
        for (let c = left; c <= right; c++) cells.push(textOf(r, c));
        rows.push(cells);
      }
      return toDelimited(rows);
    };
    // Rows still loading are fetched first; the event's clipboard is gone by then, so the text
    // goes through the asynchronous clipboard.
    let later = false;
    later = whenLoaded(top, bottom, () => {
      // Refused only when the window lost the focus meanwhile: then nothing is copied, as the
      // user left before the rows arrived.
      if (later) navigator.clipboard.writeText(text()).catch(() => undefined);
    });
    if (!later) event.clipboardData.setData('text/plain', text());
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (editing !== null || readOnly) return;
    event.preventDefault();
    const block = parseCsv(event.clipboardData.getData('text/plain'), '\t');
    whenLoaded(active.row, active.row + block.length - 1, () => {
      const edits: CellEdit[] = [];
      for (const [i, cells] of block.entries()) {
        for (const [j, text] of cells.entries()) {
          const col = active.col + j;
          const row = active.row + i;
          if (col < columns.length && columns[col]!.editable(row))
            edits.push({ row, col, text: text.trim() });
        }
      }
      if (edits.length > 0) onEdit(edits);
    });
    const last = block.length - 1;
    if (last > 0 || (block[0]?.length ?? 0) > 1)
      setAnchor({ row: active.row + last, col: active.col + Math.max(0, (block[0]?.length ?? 1) - 1) });
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount - 1, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
  const rowsShown = useRef(onRowsShown);
  rowsShown.current = onRowsShown;
  useEffect(() => rowsShown.current?.(first, last), [first, last]);
  const { top, bottom, left, right } = range();
  const cellId = (row: number, col: number) => gridCellId(id, row, col);
  // The active cell's message, else the latest refusal elsewhere (the cursor moves on after Enter).
  const shown = messages.has(cellKey(active.row, active.col))
    ? cellKey(active.row, active.col)
    : [...messages.keys()].at(-1);
  const [shownRow, shownCol] = shown ? shown.split(':').map(Number) : [0, 0];
  const activeMessage = shown ? messages.get(shown) : undefined;
  const width = columns.reduce((sum, c) => sum + c.width, 0);

  // Handlers reach the rows through a ref, so a row re-renders only when what it shows changes
  // (scrolling renders just the rows that come into view).
  const api = useRef<RowApi>(null!);
  api.current = {
    select: (row, col, extend) => {
      if (editing !== null) setEditing(null);
      moveTo({ row, col }, extend);
      scroller.current?.focus();
    },
    edit: () => startEdit(),
    change: setEditing,
    commit: commitEdit,
    cancel: () => endEdit(null),
  };
  const rows: ReactNode[] = [];
  for (let row = first; row <= last; row++) {
    const inSelection = row >= top && row <= bottom;
    rows.push(
      <GridRow
        key={row}
        gridId={id}
        row={row}
        columns={columns}
        width={width}
        cell={cell}
        drafts={drafts}
        messages={messages}
        activeCol={row === active.row ? active.col : -1}
        selectionLeft={inSelection ? left : -1}
        selectionRight={inSelection ? right : -1}
        editing={row === active.row ? editing : null}
        className={rowClass?.(row)}
        loading={!isLoaded(row)}
        api={api}
      />,
    );
  }

  return (
    <div className="data-grid-wrap">
      <div
        ref={scroller}
        id={id}
        className="data-grid"
        role="grid"
        aria-label={label}
        aria-rowcount={rowCount + 1}
        aria-colcount={columns.length}
        aria-multiselectable
        aria-activedescendant={rowCount > 0 ? cellId(active.row, active.col) : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onCopy={onCopy}
        onPaste={onPaste}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        <div className="grid-body" style={{ height: (rowCount + 1) * ROW_HEIGHT, width }}>
          <div role="row" aria-rowindex={1} className="grid-row grid-header" style={{ width }}>
            {columns.map((column, col) => (
              <div
                key={column.key}
                role="columnheader"
                aria-colindex={col + 1}
                className={`grid-cell${column.align === 'end' ? ' end' : ''}`}
                style={{ width: column.width }}
              >
                {column.label}
              </div>
            ))}
          </div>
          {rows}
        </div>
      </div>
      <div className="grid-status" role="status" aria-live="polite">
        {activeMessage && (
          <span className="input-message error">
            {columns[shownCol!]?.label} {shownRow! + 1}: {activeMessage}
          </span>
        )}
      </div>
    </div>
  );
}
