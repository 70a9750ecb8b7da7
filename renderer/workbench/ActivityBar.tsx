import type { SideView } from '../../shared/contract/schemas.ts';
import { Codicon } from '../base/Codicon.tsx';
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
  reports: 'file-pdf',
  settings: 'settings-gear',
};

const top: SideView[] = ['explorer', 'search', 'dashboard', 'reports'];

export function ActivityBar() {
  const t = useT();
  const active = useWorkbench((s) => s.sideView);
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
      <div className="activity-top">{top.map(button)}</div>
      <div className="activity-bottom">{button('settings')}</div>
    </nav>
  );
}
