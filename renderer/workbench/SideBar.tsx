import type { Language, SideView } from '../../shared/contract/schemas.ts';
import type { MessageKey } from '../../shared/i18n/i18n.ts';
import { sideViewComponent } from '../base/view-registry.ts';
import { useT } from '../i18n/useT.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkbench } from '../stores/workbench.ts';
import { Sash } from './Sash.tsx';
import { WorkspaceSettings } from './WorkspaceSettings.tsx';

export const viewTitles: Record<SideView, MessageKey> = {
  explorer: 'view.explorer',
  search: 'view.search',
  dashboard: 'view.dashboard',
  evaluation: 'view.evaluation',
  resources: 'view.resources',
  reports: 'view.reports',
  settings: 'view.settings',
};

export function SideBar() {
  const t = useT();
  const view = useWorkbench((s) => s.sideView);
  const width = useWorkbench((s) => s.sideBarWidth);
  if (!view) return null;
  const View = sideViewComponent(view);
  return (
    <>
      <aside className="sidebar" style={{ width }} aria-label={t(viewTitles[view])} data-side-view={view}>
        <h2 className="sidebar-title">{t(viewTitles[view])}</h2>
        <div className="sidebar-content">{View && <View />}</div>
      </aside>
      <Sash />
    </>
  );
}

export function SettingsView() {
  const t = useT();
  const languagePreference = usePrefs((s) => s.languagePreference);
  const theme = usePrefs((s) => s.theme);
  const autoSave = usePrefs((s) => s.autoSave);
  const enablePreview = usePrefs((s) => s.enablePreview);
  return (
    <form className="settings" onSubmit={(e) => e.preventDefault()}>
      <label className="field">
        <span className="field-label">{t('settings.language')}</span>
        <select
          data-side-view-focus
          value={languagePreference ?? 'system'}
          onChange={(e) => {
            const value = e.target.value;
            void usePrefs.getState().setLanguage(value === 'system' ? null : (value as Language));
          }}
        >
          <option value="system">{t('settings.language.system')}</option>
          <option value="de">{t('language.de')}</option>
          <option value="en">{t('language.en')}</option>
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('settings.theme')}</span>
        <select
          value={theme}
          onChange={(e) => void usePrefs.getState().setTheme(e.target.value as 'system' | 'light' | 'dark')}
        >
          <option value="system">{t('settings.theme.system')}</option>
          <option value="light">{t('settings.theme.light')}</option>
          <option value="dark">{t('settings.theme.dark')}</option>
        </select>
      </label>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={autoSave}
          onChange={(e) => void usePrefs.getState().setAutoSave(e.target.checked)}
        />{' '}
        {t('settings.autoSave')}
      </label>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={enablePreview}
          onChange={(e) => void usePrefs.getState().setEnablePreview(e.target.checked)}
        />{' '}
        {t('settings.enablePreview')}
      </label>
      <WorkspaceSettings />
    </form>
  );
}
