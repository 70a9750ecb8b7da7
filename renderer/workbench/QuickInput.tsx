// Command palette, quick open, pickers and one-line prompts in one widget, as VS Code's quick
// input: ">" lists commands, plain text finds items by name, both fuzzy.
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { type FuzzyMatch, fuzzyFilter } from '../../shared/text/fuzzy.ts';
import { Codicon } from '../base/Codicon.tsx';
import { formatKeybinding } from '../commands/keybinding.ts';
import { openItem } from '../commands/open-item.ts';
import { allCommands, runCommand } from '../commands/registry.ts';
import { type Translate, useT } from '../i18n/useT.ts';
import { isMac } from '../platform/transport.ts';
import { type QuickInputState, type QuickPickItem, useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { flattenNodes, outlineNodes } from './outline-tree.ts';

interface Row {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly keybinding?: string;
  readonly icon?: string;
  readonly match: FuzzyMatch;
  readonly accept: () => void;
}

export function QuickInput() {
  const state = useWorkbench((s) => s.quickInput);
  if (!state) return null;
  return (
    <QuickInputWidget
      key={JSON.stringify({ mode: state.mode, title: 'title' in state ? state.title : '' })}
      state={state}
    />
  );
}

function useRows(state: QuickInputState, value: string, t: Translate): Row[] {
  const outline = useWorkspace((s) => s.outline);
  return useMemo(() => {
    const close = () => useWorkbench.getState().setQuickInput(null);
    if (state.mode === 'prompt') return [];
    if (state.mode === 'pick') {
      return fuzzyFilter(value, state.items, (i) => i.label).map(({ item, match }) => ({
        ...pickRow(item),
        match,
        accept: () => {
          close();
          state.pick(item);
        },
      }));
    }
    if (value.startsWith('>')) {
      const commands = allCommands().filter((c) => !c.when || c.when());
      const label = (c: (typeof commands)[number]) =>
        c.category ? `${t(c.category)}: ${t(c.title)}` : t(c.title);
      return fuzzyFilter(value.slice(1), commands, label).map(({ item, match }) => ({
        id: item.id,
        label: label(item),
        ...(item.keybinding ? { keybinding: formatKeybinding(item.keybinding, isMac) } : {}),
        match,
        accept: () => {
          close();
          void runCommand(item.id);
        },
      }));
    }
    const items = flattenNodes(outlineNodes(outline, t))
      .filter(
        ({ node }) => !node.placeholder && node.icon !== 'folder' && !/^goal:\d+\/indicator:/.test(node.key),
      )
      .map(({ node, path }) => ({
        key: node.key,
        label: node.label,
        description: path.join(' › ') || t('entity.cluster'),
        icon: node.icon,
      }));
    return fuzzyFilter(value, items, (i) => i.label).map(({ item, match }) => ({
      id: item.key,
      label: item.label,
      description: item.description,
      icon: item.icon,
      match,
      accept: () => {
        close();
        openItem(item.key);
      },
    }));
  }, [state, value, t, outline]);
}

function pickRow(item: QuickPickItem) {
  return {
    id: item.id,
    label: item.label,
    ...(item.description ? { description: item.description } : {}),
    ...(item.icon ? { icon: item.icon } : {}),
  };
}

/**
 * Quick open lists every item of the workspace, thousands in a large one: the list draws only the
 * rows in and near its view (each one line high, workbench.css) and stands in empty space for the rest,
 * so it opens and filters as fast as a short one.
 */
const ROW_HEIGHT = 26;
const LIST_HEIGHT = 420;
const OVERSCAN = 40;

function QuickInputWidget({ state }: { state: QuickInputState }) {
  const t = useT();
  const [value, setValue] = useState(state.mode === 'pick' ? '' : state.initial);
  const [selected, setSelected] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const returnFocus = useRef<HTMLElement | null>(null);
  const rows = useRows(state, value, t);
  const index = Math.min(selected, Math.max(0, rows.length - 1));

  useEffect(() => {
    returnFocus.current = document.activeElement as HTMLElement | null;
    inputRef.current?.focus();
    if (state.mode === 'prompt') inputRef.current?.select();
    // Closed: focus goes back where it was, unless what the user picked took it (an opened
    // editor focuses itself once loaded; another picker has its own input).
    return () => {
      const target = returnFocus.current;
      requestAnimationFrame(() => {
        const lost = document.activeElement === null || document.activeElement === document.body;
        if (lost && !useWorkbench.getState().focusRequest && target?.isConnected) target.focus();
      });
    };
  }, [state.mode]);

  // The selected row scrolled into view, drawn or not yet.
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const top = index * ROW_HEIGHT;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (top + ROW_HEIGHT > list.scrollTop + list.clientHeight)
      list.scrollTop = top + ROW_HEIGHT - list.clientHeight;
  }, [index]);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + LIST_HEIGHT) / ROW_HEIGHT) + OVERSCAN);

  /** Closes; a prompt closed without an accepted answer is told so (its caller may be waiting). */
  const close = (answered = false) => {
    if (!answered && state.mode === 'prompt') state.cancel?.();
    useWorkbench.getState().setQuickInput(null);
  };

  const onKeyDown = async (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      setSelected((index + 1) % Math.max(1, rows.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setSelected((index - 1 + rows.length) % Math.max(1, rows.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (state.mode === 'prompt') {
        if (busy) return;
        setBusy(true);
        const error = await state.accept(value);
        setBusy(false);
        if (error) setMessage(error);
        else close(true);
      } else rows[index]?.accept();
    }
  };

  const placeholder =
    state.mode === 'quickOpen'
      ? value.startsWith('>')
        ? t('quickInput.commands')
        : t('quickInput.items')
      : undefined;
  const title = state.mode === 'quickOpen' ? t('quickInput.label') : state.title;
  const showList = state.mode !== 'prompt';
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: clicking outside dismisses; the keyboard uses Escape
    <div className="quick-input-backdrop" onMouseDown={() => close()}>
      <div className="quick-input" role="dialog" aria-label={title} onMouseDown={(e) => e.stopPropagation()}>
        {state.mode !== 'quickOpen' && <div className="quick-input-title">{state.title}</div>}
        <input
          ref={inputRef}
          className="quick-input-box"
          value={value}
          placeholder={placeholder}
          aria-label={title}
          {...(showList
            ? {
                role: 'combobox',
                'aria-expanded': true,
                'aria-controls': 'quick-input-list',
                'aria-activedescendant': rows.length > 0 ? `quick-row-${index}` : undefined,
              }
            : {})}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? 'quick-input-message' : 'quick-input-hint'}
          onChange={(e) => {
            setValue(e.target.value);
            setSelected(0);
            setMessage(null);
          }}
          onKeyDown={(e) => void onKeyDown(e)}
        />
        {message ? (
          <div id="quick-input-message" role="alert" className="input-message error">
            {message}
          </div>
        ) : state.mode === 'prompt' ? (
          <div id="quick-input-hint" className="input-message">
            {t('quickInput.confirm')}
          </div>
        ) : null}
        {showList && (
          <div
            id="quick-input-list"
            ref={listRef}
            role="listbox"
            aria-label={title}
            className="quick-input-list"
            onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
          >
            {rows.length === 0 && <div className="quick-input-empty">{t('quickInput.noResults')}</div>}
            {first > 0 && <div aria-hidden="true" style={{ height: first * ROW_HEIGHT }} />}
            {rows.slice(first, last).map((row, k) => (
              <QuickRow
                key={row.id}
                row={row}
                i={first + k}
                count={rows.length}
                selected={first + k === index}
                onHover={setSelected}
              />
            ))}
            {last < rows.length && (
              <div aria-hidden="true" style={{ height: (rows.length - last) * ROW_HEIGHT }} />
            )}
          </div>
        )}
      </div>
    </div>
  );
}

function QuickRow({
  row,
  i,
  count,
  selected,
  onHover,
}: {
  row: Row;
  i: number;
  count: number;
  selected: boolean;
  onHover: (i: number) => void;
}) {
  return (
    <div
      id={`quick-row-${i}`}
      role="option"
      aria-setsize={count}
      aria-posinset={i + 1}
      aria-selected={selected}
      tabIndex={-1}
      className={`quick-row${selected ? ' selected' : ''}`}
      onMouseMove={() => onHover(i)}
      onClick={row.accept}
      onKeyDown={() => undefined}
    >
      {row.icon && <Codicon name={row.icon} />}
      <span className="quick-row-label">
        <Highlighted text={row.label} positions={row.match.positions} />
      </span>
      {row.description && <span className="quick-row-description">{row.description}</span>}
      {row.keybinding && <kbd className="quick-row-key">{row.keybinding}</kbd>}
    </div>
  );
}

function Highlighted({ text, positions }: { text: string; positions: readonly number[] }) {
  if (positions.length === 0) return <>{text}</>;
  const set = new Set(positions);
  const parts: { text: string; hit: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const hit = set.has(i);
    const last = parts[parts.length - 1];
    if (last && last.hit === hit) last.text += text[i];
    else parts.push({ text: text[i]!, hit });
  }
  return (
    <>
      {parts.map((p, i) =>
        p.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional by nature
          <mark key={i}>{p.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional by nature
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
