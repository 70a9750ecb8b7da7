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
import { type EditorTab, useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { focusWhenReady } from './editor-focus.ts';

const tabId = (key: string) => `tab-${key.replace(/[^a-z0-9-]/gi, '-')}`;
const panelId = (key: string) => `editor-${key.replace(/[^a-z0-9-]/gi, '-')}`;

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
  return (
    <div
      ref={pane}
      id={panelId(tab.key)}
      role="tabpanel"
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

function TabBar() {
  const t = useT();
  const editors = useWorkbench((s) => s.editors);
  const active = useWorkbench((s) => s.active);
  const dirty = useWorkbench((s) => s.dirty);
  const dragged = useRef<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const wb = useWorkbench.getState;

  const focusTab = (key: string) =>
    requestAnimationFrame(() =>
      listRef.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(key))}`)?.focus(),
    );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = editors.findIndex((e) => e.key === active);
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (index + 1) % editors.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + editors.length) % editors.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = editors.length - 1;
    else if (event.key === 'Delete' && active) {
      event.preventDefault();
      void runCommand('workbench.action.closeActiveEditor', active);
      return;
    }
    if (next === null) return;
    event.preventDefault();
    const key = editors[next]!.key;
    wb().activateEditor(key);
    focusTab(key);
  };

  return (
    <div className="tabs" role="tablist" aria-label={t('editor.area')} ref={listRef} onKeyDown={onKeyDown}>
      {editors.map((tab, index) => {
        const title = editorTitle(tab.input);
        const isDirty = !!dirty[tab.key];
        const isActive = tab.key === active;
        return (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the tablist handles the keyboard (arrows, Home, End, Delete)
          <div
            key={tab.key}
            id={tabId(tab.key)}
            role="tab"
            aria-selected={isActive}
            aria-label={isDirty ? `${title}, ${t('editor.unsaved')}` : title}
            aria-controls={panelId(tab.key)}
            tabIndex={isActive ? 0 : -1}
            draggable
            className={`tab${isActive ? ' active' : ''}${isDirty ? ' dirty' : ''}`}
            title={title}
            onClick={() => wb().activateEditor(tab.key)}
            onAuxClick={(e) => {
              if (e.button === 1) void runCommand('workbench.action.closeActiveEditor', tab.key);
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
            <Codicon name={editorIcon(tab.input)} className="tab-icon" />
            <span className="tab-label">{title}</span>
            <button
              type="button"
              className="tab-close icon-button"
              tabIndex={-1}
              aria-label={t('editor.closeNamed', { name: title })}
              title={t('editor.close')}
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
