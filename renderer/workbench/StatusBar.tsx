import { countBySeverity } from '../../shared/problems/problems.ts';
import { Codicon } from '../base/Codicon.tsx';
import { statusItemsOn } from '../base/view-registry.ts';
import { runCommand } from '../commands/registry.ts';
import { useT } from '../i18n/useT.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { useProblems } from './Panel.tsx';

export function StatusBar() {
  const t = useT();
  const info = useWorkspace((s) => s.info);
  const error = useWorkspace((s) => s.error);
  const language = usePrefs((s) => s.language);
  const unsaved = useWorkbench((s) => Object.values(s.dirty).filter(Boolean).length);
  const counts = countBySeverity(useProblems());
  const notice = useWorkbench((s) => s.notice);
  return (
    <footer className="statusbar" role="contentinfo" aria-label={t('statusbar.label')}>
      <div className="status-left">
        <span className="status-item" title={info ? t('status.workspace', { path: info.path }) : undefined}>
          <Codicon name="database" /> {info?.fileName ?? '…'}
        </span>
        {info?.readOnly && (
          <span className="status-item">
            <Codicon name="lock" /> {t('status.readOnly')}
          </span>
        )}
        <span className="status-item" data-testid="save-state">
          <Codicon name={unsaved > 0 ? 'circle-filled' : 'check'} />{' '}
          {unsaved > 0 ? t('status.unsaved', { count: unsaved }) : t('status.saved')}
        </span>
        {error && (
          <span className="status-item status-error" role="alert">
            <Codicon name="debug-disconnect" /> {t('status.offline')}
          </span>
        )}
        {/* The counts are the visible text; the words beside them are there only for screen readers,
            so the name ("0 errors, 2 warnings") contains what the button shows (WCAG 2.5.3). */}
        <button
          type="button"
          className="status-item status-button"
          title={`${counts.error} ${t('status.problems.errors', { count: counts.error })}, ${counts.warning} ${t('status.problems.warnings', { count: counts.warning })}`}
          onClick={() => void runCommand('workbench.action.showProblems')}
        >
          <Codicon name="error" /> {counts.error}
          <span className="visually-hidden"> {t('status.problems.errors', { count: counts.error })},</span>{' '}
          <Codicon name="warning" /> {counts.warning}
          <span className="visually-hidden"> {t('status.problems.warnings', { count: counts.warning })}</span>
        </button>
      </div>
      <div className="status-right">
        {statusItemsOn('right').map(({ id, component: Item }) => (
          <Item key={id} />
        ))}
        <span className="status-item" role="status" aria-live="polite">
          {notice?.text ?? ''}
        </span>
        <button
          type="button"
          className="status-item status-button"
          title={t('status.language')}
          aria-label={`${t('status.language')}: ${t(`language.${language}`)}`}
          onClick={() => void usePrefs.getState().setLanguage(language === 'de' ? 'en' : 'de')}
        >
          <Codicon name="globe" /> {t(`language.${language}`)}
        </button>
      </div>
    </footer>
  );
}
