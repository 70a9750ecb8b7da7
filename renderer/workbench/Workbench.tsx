// The workbench in VS Code's layout: activity bar, side bar, editors, panel, status bar, and the
// overlays. Key bindings are dispatched here from the command registry.
import './workbench.css';
import { useEffect } from 'react';
import { trackEditorFocus } from '../base/parts.ts';
import { commandForKey, runCommand } from '../commands/registry.ts';
import { useT } from '../i18n/useT.ts';
import { isMac } from '../platform/transport.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { ActivityBar } from './ActivityBar.tsx';
import { ContextMenu } from './ContextMenu.tsx';
import { Dialog } from './Dialog.tsx';
import { EditorArea } from './EditorArea.tsx';
import { Panel } from './Panel.tsx';
import { QuickInput } from './QuickInput.tsx';
import { SideBar } from './SideBar.tsx';
import { StatusBar } from './StatusBar.tsx';

export function useDocumentSettings(): void {
  const theme = usePrefs((s) => s.theme);
  const language = usePrefs((s) => s.language);
  const fileName = useWorkspace((s) => s.info?.fileName);
  const t = useT();

  useEffect(() => {
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    const apply = () => {
      document.documentElement.dataset.theme =
        theme === 'system' ? (media?.matches ? 'dark' : 'light') : theme;
    };
    apply();
    media?.addEventListener('change', apply);
    return () => media?.removeEventListener('change', apply);
  }, [theme]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = fileName ? `${fileName} — ${t('app.name')}` : t('app.name');
  }, [language, fileName, t]);
}

export function useKeybindings(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (useWorkbench.getState().dialog || event.defaultPrevented) return;
      const command = commandForKey(event, isMac);
      if (!command) return;
      // F2 and Ctrl+Z inside a text field are the field's business.
      const target = event.target instanceof Element ? event.target : null;
      const inField = !!target?.closest('input, textarea, select, [contenteditable="true"]');
      const fieldsKey = (!event.ctrlKey && !event.metaKey) || command.textInput === false;
      if (inField && fieldsKey && command.textInput !== true) return;
      event.preventDefault();
      event.stopPropagation();
      void runCommand(command.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

export function Workbench() {
  useDocumentSettings();
  useKeybindings();
  const panel = useWorkbench((s) => s.panel);
  useEffect(trackEditorFocus, []);
  useEffect(() => {
    // Tests and screenshots wait for this: the first complete render is on screen.
    document.documentElement.dataset.ready = 'true';
  }, []);
  return (
    <div className={`workbench${panel ? ' with-panel' : ''}`}>
      <ActivityBar />
      <div className="main">
        <SideBar />
        <div className="editor-column">
          <EditorArea />
          <Panel />
        </div>
      </div>
      <StatusBar />
      <QuickInput />
      <ContextMenu />
      <Dialog />
    </div>
  );
}
