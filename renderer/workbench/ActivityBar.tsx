// The activity bar: one tab stop (a vertical toolbar with a roving tab index, as in VS Code).
// The arrows move between the views' items, Home and End to the ends, Enter or Space activates;
// the active view's item holds the tab stop whenever focus is elsewhere.
import { type FocusEvent, type KeyboardEvent, useState } from 'react';
import type { SideView } from '../../shared/contract/schemas.ts';
import { Codicon } from '../base/Codicon.tsx';
import { rovingIndex } from '../base/roving.ts';
import { formatKeybinding } from '../commands/keybinding.ts';
import { getCommand, runCommand } from '../commands/registry.ts';
import { useT } from '../i18n/useT.ts';
import { isMac } from '../platform/transport.ts';
import { useWorkbench } from '../stores/workbench.ts';
import { viewTitles } from './SideBar.tsx';

const icons: Record<SideView, string> = {
  explorer: 'files',
  search: 'search',
  dashboard: 'dashboard',
  evaluation: 'law',
  resources: 'briefcase',
  reports: 'file-pdf',
  settings: 'settings-gear',
};

const top: SideView[] = ['explorer', 'search', 'dashboard', 'evaluation', 'resources', 'reports'];
const items: SideView[] = [...top, 'settings'];

export function ActivityBar() {
  const t = useT();
  const active = useWorkbench((s) => s.sideView);
  // The item the arrows moved to; null while focus is outside, when the active one is the stop.
  const [focused, setFocused] = useState<SideView | null>(null);
  const stop = focused ?? active ?? items[0]!;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = rovingIndex(event.key, items.indexOf(stop), items.length);
    if (next === null) return;
    event.preventDefault();
    const view = items[next]!;
    setFocused(view);
    event.currentTarget.querySelector<HTMLElement>(`[data-view="${view}"]`)?.focus();
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(null);
  };
  const button = (view: SideView) => {
    const binding = getCommand(`workbench.view.${view}`)?.keybinding;
    const title = t(viewTitles[view]) + (binding ? ` (${formatKeybinding(binding, isMac)})` : '');
    return (
      <button
        key={view}
        type="button"
        className={`activity-item${active === view ? ' active' : ''}`}
        title={title}
        aria-label={t(viewTitles[view])}
        aria-pressed={active === view}
        data-view={view}
        tabIndex={view === stop ? 0 : -1}
        onFocus={() => setFocused(view)}
        onClick={() => {
          if (active === view) useWorkbench.getState().toggleSideBar();
          else void runCommand(`workbench.view.${view}`);
        }}
      >
        <Codicon name={icons[view]} />
      </button>
    );
  };
  return (
    <nav className="activitybar" aria-label={t('activitybar.label')}>
      <div
        role="toolbar"
        aria-orientation="vertical"
        aria-label={t('activitybar.label')}
        className="activity-toolbar"
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      >
        <div className="activity-top">{top.map(button)}</div>
        <div className="activity-bottom">{button('settings')}</div>
      </div>
    </nav>
  );
}
