// Editor tabs and their editors. All open editors stay mounted (hidden when inactive) so that
// unsaved input survives switching tabs, as in VS Code.
import { type DragEvent, type KeyboardEvent, useEffect, useRef } from 'react';
import type { EditorInput } from '../../shared/contract/schemas.ts';
import { Codicon } from '../base/Codicon.tsx';
import { editorFor, editorIcon, editorTitle, useEditorTitles } from '../base/editor-registry.ts';
import { formatKeybinding } from '../commands/keybinding.ts';
import { getCommand, runCommand } from '../commands/registry.ts';
import { useT } from '../i18n/useT.ts';
import { isMac } from '../platform/transport.ts';
import { type ContextMenuItem, type EditorTab, useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { focusWhenReady } from './editor-focus.ts';

const tabId = (key: string) => `tab-${key.replace(/[^a-z0-9-]/gi, '-')}`;
const panelId = (key: string) => `editor-${key.replace(/[^a-z0-9-]/gi, '-')}`;
/** The description of the preview tab ("the next item opened with a single click replaces it"). */
const PREVIEW_NOTE = 'editor-preview-note';

/** One editor in its tab panel; takes keyboard focus when it was opened to be focused. */
function EditorPane({ tab, active }: { tab: EditorTab; active: boolean }) {
  const pane = useRef<HTMLDivElement>(null);
  const request = useWorkbench((s) => s.focusRequest);
  useEffect(() => {
    if (!active || !pane.current || request?.editor !== tab.key) return;
    const { id } = request;
    return focusWhenReady(pane.current, request, editorFor(tab.input)?.focus, () =>
      useWorkbench.getState().endFocusRequest(id),
    );
  }, [active, request, tab]);
  // Any edit keeps a preview tab open (typing, a choice, a checkbox; dirty state pins it, too).
  const keep = () => {
    if (useWorkbench.getState().preview === tab.key) useWorkbench.getState().pinEditor(tab.key);
  };
  return (
    <div
      ref={pane}
      id={panelId(tab.key)}
      role="tabpanel"
      onInputCapture={keep}
      onChangeCapture={keep}
      aria-labelledby={tabId(tab.key)}
      className="editor-pane"
      hidden={!active}
    >
      <EditorFor input={tab.input} editorKey={tab.key} />
    </div>
  );
}

/** The registered editor of an input, or a note that none is (a feature not registered). */
function EditorFor({ input, editorKey }: { input: EditorInput; editorKey: string }) {
  const t = useT();
  const Editor = editorFor(input)?.component;
  return Editor ? (
    <Editor input={input} editorKey={editorKey} />
  ) : (
    <p className="editor-message">{t('editor.missing')}</p>
  );
}

export function EditorArea() {
  const t = useT();
  const editors = useWorkbench((s) => s.editors);
  const active = useWorkbench((s) => s.active);
  useWorkspace((s) => s.clusters); // tab titles follow renames
  useWorkspace((s) => s.outline);
  useEditorTitles((s) => s.version); // and titles features fetch themselves

  if (editors.length === 0) return <Watermark />;
  return (
    <section className="editor-area" aria-label={t('editor.area')}>
      <ReadOnlyBanner />
      <TabBar />
      {editors.map((tab) => (
        <EditorPane key={tab.key} tab={tab} active={tab.key === active} />
      ))}
    </section>
  );
}

/** The tab strip's context menu: VS Code's close actions, on the tab it was opened on. */
function tabMenu(key: string, preview: boolean): ContextMenuItem[] {
  return [
    { commandId: 'workbench.action.closeActiveEditor', args: [key], label: 'editor.menu.close' },
    { commandId: 'workbench.action.closeOtherEditors', args: [key], label: 'editor.menu.closeOthers' },
    { commandId: 'workbench.action.closeEditorsToTheRight', args: [key], label: 'editor.menu.closeRight' },
    { commandId: 'workbench.action.closeUnmodifiedEditors', args: [key], label: 'editor.menu.closeSaved' },
    { commandId: 'workbench.action.closeAllEditors', label: 'editor.menu.closeAll' },
    ...(preview
      ? [{ commandId: 'workbench.action.keepEditor', args: [key], label: 'editor.menu.keepOpen' } as const]
      : []),
  ];
}

/** Scrolls the strip just enough to show the tab whole (its own scroll only, never the page's). */
function revealTab(strip: HTMLElement, tab: HTMLElement): void {
  const outer = strip.getBoundingClientRect();
  const inner = tab.getBoundingClientRect();
  if (inner.left < outer.left) strip.scrollLeft -= outer.left - inner.left;
  else if (inner.right > outer.right)
    strip.scrollLeft += Math.min(inner.right - outer.right, inner.left - outer.left);
}

/** Pixels of one wheel notch in line mode (Firefox-style deltaMode 1). */
const WHEEL_LINE = 16;

function TabBar() {
  const t = useT();
  const editors = useWorkbench((s) => s.editors);
  const active = useWorkbench((s) => s.active);
  const dirty = useWorkbench((s) => s.dirty);
  const preview = useWorkbench((s) => s.preview);
  const dragged = useRef<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const wb = useWorkbench.getState;
  const tabElement = (key: string) =>
    listRef.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(key))}`) ?? null;

  // Tabs keep their labels' width and the strip scrolls; the active tab is always in view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `editors` moves tabs (opened, closed, reordered)
  useEffect(() => {
    const tab = active ? tabElement(active)?.parentElement : null;
    if (listRef.current && tab) revealTab(listRef.current, tab);
  }, [active, editors]);

  // The mouse wheel scrolls the strip sideways, as in VS Code (a native listener: React's is passive).
  useEffect(() => {
    const strip = listRef.current;
    if (!strip) return;
    const onWheel = (event: WheelEvent) => {
      if (Math.abs(event.deltaX) >= Math.abs(event.deltaY) || strip.scrollWidth <= strip.clientWidth) return;
      event.preventDefault();
      strip.scrollLeft += event.deltaY * (event.deltaMode === 1 ? WHEEL_LINE : 1);
    };
    strip.addEventListener('wheel', onWheel, { passive: false });
    return () => strip.removeEventListener('wheel', onWheel);
  }, []);

  const focusTab = (key: string) => requestAnimationFrame(() => tabElement(key)?.focus());

  const openMenu = (key: string, x: number, y: number) => {
    const element = tabElement(key);
    wb().setContextMenu({ x, y, returnFocus: element, items: tabMenu(key, wb().preview === key) });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // The focused tab is the one the keys act on (it is the active one, focus follows selection).
    const focused = (event.target as HTMLElement).closest<HTMLElement>('[role="tab"]')?.dataset.key ?? active;
    const index = editors.findIndex((e) => e.key === focused);
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (index + 1) % editors.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + editors.length) % editors.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = editors.length - 1;
    else if (event.key === 'Delete' && focused) {
      event.preventDefault();
      void runCommand('workbench.action.closeActiveEditor', focused).then(() => {
        const now = wb().active;
        if (now) focusTab(now);
      });
      return;
    } else if ((event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) && focused) {
      event.preventDefault();
      const rect = tabElement(focused)?.getBoundingClientRect();
      if (rect) openMenu(focused, rect.left + 16, rect.bottom);
      return;
    }
    if (next === null) return;
    event.preventDefault();
    const key = editors[next]!.key;
    wb().activateEditor(key);
    focusTab(key);
  };

  return (
    <>
      <div className="tabs" role="tablist" aria-label={t('editor.area')} ref={listRef} onKeyDown={onKeyDown}>
        {editors.map((tab, index) => {
          const title = editorTitle(tab.input);
          const isDirty = !!dirty[tab.key];
          const isActive = tab.key === active;
          const isPreview = tab.key === preview;
          return (
            // The close button is the tab's sibling, not its child (no control nested in a tab); the
            // wrapper takes the mouse gestures of the whole tab: drag, middle click, context menu.
            // biome-ignore lint/a11y/noStaticElementInteractions: a presentational wrapper; the keyboard has Delete, Ctrl+W and the context-menu key on the tab
            <div
              key={tab.key}
              role="presentation"
              draggable
              className={`tab${isActive ? ' active' : ''}${isDirty ? ' dirty' : ''}${isPreview ? ' preview' : ''}`}
              onAuxClick={(e) => {
                if (e.button === 1) void runCommand('workbench.action.closeActiveEditor', tab.key);
              }}
              onContextMenu={(e) => {
                e.preventDefault();
                openMenu(tab.key, e.clientX, e.clientY);
              }}
              onDragStart={(e: DragEvent) => {
                dragged.current = tab.key;
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', tab.key);
              }}
              onDragOver={(e) => {
                if (dragged.current) e.preventDefault();
              }}
              onDrop={(e) => {
                e.preventDefault();
                if (dragged.current) wb().moveEditor(dragged.current, index);
                dragged.current = null;
              }}
            >
              {/* biome-ignore lint/a11y/useKeyWithClickEvents: the tablist handles the keyboard (arrows, Home, End, Delete) */}
              <div
                id={tabId(tab.key)}
                data-key={tab.key}
                role="tab"
                aria-selected={isActive}
                aria-label={isDirty ? `${title}, ${t('editor.unsaved')}` : title}
                aria-describedby={isPreview ? PREVIEW_NOTE : undefined}
                aria-controls={panelId(tab.key)}
                tabIndex={isActive ? 0 : -1}
                className="tab-handle"
                title={title}
                onClick={() => wb().activateEditor(tab.key)}
                onDoubleClick={() => wb().pinEditor(tab.key)}
              >
                <Codicon name={editorIcon(tab.input)} className="tab-icon" />
                <span className="tab-label">{title}</span>
              </div>
              {/* Out of the tab order and the accessibility tree, as in VS Code: the keyboard closes
                  the focused tab with Delete or Ctrl+W, or from its context menu. */}
              <button
                type="button"
                className="tab-close icon-button"
                tabIndex={-1}
                aria-hidden="true"
                title={t('editor.closeNamed', { name: title })}
                onClick={(e) => {
                  e.stopPropagation();
                  void runCommand('workbench.action.closeActiveEditor', tab.key);
                }}
              >
                <Codicon name={isDirty ? 'circle-filled' : 'close'} />
              </button>
            </div>
          );
        })}
      </div>
      <span id={PREVIEW_NOTE} hidden>
        {t('editor.preview')}
      </span>
    </>
  );
}

function ReadOnlyBanner() {
  const t = useT();
  const info = useWorkspace((s) => s.info);
  if (!info?.readOnly) return null;
  const message =
    info.readOnlyReason === 'media'
      ? 'readOnly.media'
      : info.readOnlyReason === 'noWorkspace'
        ? 'readOnly.noWorkspace'
        : 'readOnly.banner';
  return (
    <div className="banner" role="status">
      <Codicon name="lock" /> {t(message)}
    </div>
  );
}

function Watermark() {
  const t = useT();
  const rows = [
    'workbench.action.showCommands',
    'workbench.action.quickOpen',
    'workbench.view.explorer',
    'workbench.action.togglePanel',
  ];
  return (
    <section className="editor-area watermark" aria-label={t('editor.area')}>
      <ReadOnlyBanner />
      <h2 className="watermark-title">{t('editor.empty.title')}</h2>
      <dl>
        {rows.map((id) => {
          const command = getCommand(id);
          if (!command) return null;
          return (
            <div key={id} className="watermark-row">
              <dt>{t(command.title)}</dt>
              <dd>
                <kbd>{command.keybinding ? formatKeybinding(command.keybinding, isMac) : ''}</kbd>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
