// A keyboard-complete tree in the WAI-ARIA pattern (as VS Code's list widget): roving focus,
// arrows to move, Right/Left to expand and collapse, Home/End, Enter to open, F2 to rename inline,
// Delete, and Shift+F10 or the context-menu key for the item's menu.
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { Codicon } from '../base/Codicon.tsx';

export interface TreeNode {
  readonly key: string;
  readonly label: string;
  readonly icon: string;
  readonly description?: string;
  readonly placeholder?: boolean;
  readonly children?: readonly TreeNode[];
}

interface VisibleNode {
  readonly node: TreeNode;
  readonly level: number;
  readonly parent: string | null;
  readonly index: number;
  readonly siblings: number;
}

export interface TreeProps {
  readonly label: string;
  readonly nodes: readonly TreeNode[];
  readonly expanded: ReadonlySet<string>;
  readonly onToggle: (key: string, expanded: boolean) => void;
  /** A click opens (as a preview where the view has them), Enter or Space as a tab that stays. */
  readonly onOpen: (node: TreeNode, via: 'click' | 'keyboard') => void;
  /** A double-click: keep the item opened by the first click (VS Code pins its preview tab). */
  readonly onKeep?: (node: TreeNode) => void;
  readonly onContextMenu?: (node: TreeNode, x: number, y: number, element: HTMLElement) => void;
  /** Delete: the selected nodes (the focused one when nothing else is selected). */
  readonly onDelete?: (nodes: TreeNode[]) => void;
  /** Which nodes may join a multiple selection (Ctrl/Cmd+click, Shift+arrows). */
  readonly canSelect?: (node: TreeNode) => boolean;
  readonly renaming?: string | null;
  readonly onRenameStart?: (node: TreeNode) => void;
  /** Returns an error message to show under the input, or null when the rename is done. */
  readonly onRename?: (node: TreeNode, value: string) => Promise<string | null>;
  readonly onRenameEnd?: () => void;
  readonly focusHandle?: boolean;
  /** Drag and drop: which rows can be dragged, and what a drop means (upper or lower half of the target row). */
  readonly canDrag?: (node: TreeNode) => boolean;
  readonly onDrop?: (dragged: string, target: string, half: 'upper' | 'lower') => void;
  /** Alt+ArrowUp / Alt+ArrowDown: the keyboard way to move a row among its siblings. */
  readonly onMove?: (node: TreeNode, step: -1 | 1) => void;
  /** A node to move focus to once it is visible (after its ancestors expanded). */
  readonly revealKey?: string | null;
  /** The item to show selected and scroll into view without taking focus (the active editor's). */
  readonly selectedKey?: string | null;
  readonly onRevealed?: () => void;
}

function flatten(nodes: readonly TreeNode[], expanded: ReadonlySet<string>): VisibleNode[] {
  const out: VisibleNode[] = [];
  const walk = (list: readonly TreeNode[], level: number, parent: string | null) => {
    list.forEach((node, index) => {
      out.push({ node, level, parent, index, siblings: list.length });
      if (node.children && expanded.has(node.key)) walk(node.children, level + 1, node.key);
    });
  };
  walk(nodes, 1, null);
  return out;
}

export function Tree(props: TreeProps) {
  const { nodes, expanded, onToggle, onOpen } = props;
  const visible = useMemo(() => flatten(nodes, expanded), [nodes, expanded]);
  const [focused, setFocused] = useState<string | null>(null);
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const treeRef = useRef<HTMLDivElement>(null);
  const focusedKey = visible.some((v) => v.node.key === focused) ? focused : (visible[0]?.node.key ?? null);

  // Select the given item once it is visible, each time it changes; focus stays where it is.
  const selectedApplied = useRef<string | null>(null);
  useEffect(() => {
    const key = props.selectedKey ?? null;
    if (key === selectedApplied.current) return;
    if (key === null) {
      selectedApplied.current = null;
      return;
    }
    if (!visible.some((v) => v.node.key === key)) return;
    selectedApplied.current = key;
    setFocused(key);
    setSelection(new Set());
    treeRef.current
      ?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)
      ?.scrollIntoView?.({ block: 'nearest' });
  }, [props.selectedKey, visible]);

  useEffect(() => {
    const key = props.revealKey;
    if (!key || !visible.some((v) => v.node.key === key)) return;
    setFocused(key);
    const row = treeRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    row?.scrollIntoView({ block: 'nearest' });
    row?.focus();
    props.onRevealed?.();
  }, [props.revealKey, visible, props.onRevealed]);

  // Focus at once when the row exists; wait a frame only for rows that are about to render
  // (a late focus would otherwise steal it from whatever the user opened meanwhile).
  const focusRow = (key: string) => {
    setFocused(key);
    const find = () => treeRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    const row = find();
    if (row) row.focus();
    else requestAnimationFrame(() => find()?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).tagName === 'INPUT') return;
    // The row that has DOM focus is the truth; React state may not have caught up yet.
    const rowKey =
      (event.target as HTMLElement).closest<HTMLElement>('[data-key]')?.dataset.key ?? focusedKey;
    const index = visible.findIndex((v) => v.node.key === rowKey);
    const current = visible[index];
    if (!current) return;
    const { node } = current;
    const hasChildren = !!node.children?.length;
    const isOpen = expanded.has(node.key);
    let handled = true;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      props.onMove?.(node, event.key === 'ArrowUp' ? -1 : 1);
      return;
    }
    const extend = (next: VisibleNode | undefined) => {
      if (!next) return;
      if (event.shiftKey && props.canSelect?.(node) && props.canSelect(next.node)) {
        setSelection(new Set([...selection, node.key, next.node.key]));
      } else setSelection(new Set());
      focusRow(next.node.key);
    };
    switch (event.key) {
      case 'ArrowDown':
        extend(visible[index + 1]);
        break;
      case 'ArrowUp':
        extend(visible[index - 1]);
        break;
      case 'Home':
        focusRow(visible[0]!.node.key);
        break;
      case 'End':
        focusRow(visible[visible.length - 1]!.node.key);
        break;
      case 'ArrowRight':
        if (hasChildren && !isOpen) onToggle(node.key, true);
        else if (hasChildren) focusRow(node.children![0]!.key);
        break;
      case 'ArrowLeft':
        if (hasChildren && isOpen) onToggle(node.key, false);
        else if (current.parent) focusRow(current.parent);
        break;
      case 'Enter':
      case ' ':
        if (!node.placeholder) onOpen(node, 'keyboard');
        else handled = false;
        break;
      case 'F2':
        if (props.onRenameStart && !node.placeholder) props.onRenameStart(node);
        break;
      case 'Delete': {
        const chosen =
          selection.size > 1 ? visible.filter((v) => selection.has(v.node.key)).map((v) => v.node) : [node];
        if (props.onDelete && !node.placeholder) props.onDelete(chosen);
        break;
      }
      case 'ContextMenu':
        openMenu(
          node,
          event.currentTarget.querySelector<HTMLElement>(`[data-key="${CSS.escape(node.key)}"]`),
        );
        break;
      default:
        if (event.key === 'F10' && event.shiftKey) {
          openMenu(
            node,
            event.currentTarget.querySelector<HTMLElement>(`[data-key="${CSS.escape(node.key)}"]`),
          );
        } else handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const openMenu = (node: TreeNode, element: HTMLElement | null) => {
    if (!props.onContextMenu || !element || node.placeholder) return;
    const rect = element.getBoundingClientRect();
    props.onContextMenu(node, rect.left + 16, rect.bottom, element);
  };

  return (
    <div
      ref={treeRef}
      role="tree"
      aria-label={props.label}
      aria-multiselectable={props.canSelect ? true : undefined}
      className="tree"
      onKeyDown={onKeyDown}
      tabIndex={visible.length === 0 ? 0 : -1}
    >
      {visible.map(({ node, level, index, siblings }) => {
        const hasChildren = !!node.children?.length;
        const isOpen = expanded.has(node.key);
        const isFocused = node.key === focusedKey;
        return (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the tree handles the keyboard for all rows (roving focus)
          <div
            key={node.key}
            data-key={node.key}
            role="treeitem"
            aria-level={level}
            aria-posinset={index + 1}
            aria-setsize={siblings}
            aria-expanded={hasChildren ? isOpen : undefined}
            aria-selected={selection.size > 1 ? selection.has(node.key) : isFocused}
            aria-label={node.label}
            tabIndex={isFocused ? 0 : -1}
            {...(isFocused && props.focusHandle ? { 'data-side-view-focus': true } : {})}
            className={`tree-row${node.placeholder ? ' placeholder' : ''}`}
            style={{ paddingLeft: 8 + (level - 1) * 16 }}
            onFocus={() => setFocused(node.key)}
            onClick={(e) => {
              if ((e.ctrlKey || e.metaKey) && props.canSelect?.(node)) {
                const next = new Set(selection.size ? selection : focusedKey ? [focusedKey] : []);
                if (next.has(node.key)) next.delete(node.key);
                else next.add(node.key);
                setSelection(
                  new Set(
                    [...next].filter((key) =>
                      visible.some((v) => v.node.key === key && props.canSelect!(v.node)),
                    ),
                  ),
                );
                setFocused(node.key);
                return;
              }
              setSelection(new Set());
              setFocused(node.key);
              if (hasChildren && (e.target as HTMLElement).closest('.twistie')) onToggle(node.key, !isOpen);
              else if (!node.placeholder) onOpen(node, 'click');
            }}
            onDoubleClick={() => {
              if (hasChildren) onToggle(node.key, !isOpen);
              if (!node.placeholder) props.onKeep?.(node);
            }}
            draggable={props.canDrag?.(node) ?? false}
            onDragStart={(e) => {
              e.dataTransfer.setData('application/x-clusterpilot-tree', node.key);
              e.dataTransfer.effectAllowed = 'move';
            }}
            onDragOver={(e) => {
              if (props.onDrop && e.dataTransfer.types.includes('application/x-clusterpilot-tree'))
                e.preventDefault();
            }}
            onDrop={(e) => {
              const dragged = e.dataTransfer.getData('application/x-clusterpilot-tree');
              if (!dragged || dragged === node.key || !props.onDrop) return;
              e.preventDefault();
              const rect = e.currentTarget.getBoundingClientRect();
              props.onDrop(dragged, node.key, e.clientY < rect.top + rect.height / 2 ? 'upper' : 'lower');
            }}
            onContextMenu={(e) => {
              if (!props.onContextMenu || node.placeholder) return;
              e.preventDefault();
              setFocused(node.key);
              props.onContextMenu(node, e.clientX, e.clientY, e.currentTarget);
            }}
          >
            <span className="twistie">
              {hasChildren && <Codicon name={isOpen ? 'chevron-down' : 'chevron-right'} />}
            </span>
            <Codicon name={node.icon} className="tree-icon" />
            {props.renaming === node.key && props.onRename ? (
              <InlineRename
                initial={node.label}
                onCommit={(value) => props.onRename!(node, value)}
                onEnd={() => {
                  props.onRenameEnd?.();
                  focusRow(node.key);
                }}
              />
            ) : (
              <>
                <span className="tree-label">{node.label}</span>
                {node.description && <span className="tree-description">{node.description}</span>}
              </>
            )}
          </div>
        );
      })}
    </div>
  );
}

function InlineRename(props: {
  initial: string;
  onCommit: (value: string) => Promise<string | null>;
  onEnd: () => void;
}) {
  const [value, setValue] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const commit = async () => {
    if (value === props.initial) return props.onEnd();
    const message = await props.onCommit(value);
    if (message) setError(message);
    else props.onEnd();
  };
  return (
    <span className="inline-rename">
      <input
        ref={ref}
        value={value}
        aria-label={props.initial}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'inline-rename-error' : undefined}
        onChange={(e) => {
          setValue(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') void commit();
          if (e.key === 'Escape') props.onEnd();
        }}
        onBlur={() => {
          if (!error) void commit();
        }}
        onClick={(e) => e.stopPropagation()}
      />
      {error && (
        <span id="inline-rename-error" role="alert" className="input-message error">
          {error}
        </span>
      )}
    </span>
  );
}
