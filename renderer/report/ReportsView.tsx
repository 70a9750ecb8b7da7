// The Reports side view: every produced report of the workspace's archive, by cluster and
// evaluation, newest first, with its format, language, document, pages, who and when and the first
// characters of its SHA-256. Each can be saved as a copy or (a PDF) produced again from its
// snapshot and compared; any file can be checked against the archive by its hash.
import './report-editor.css';
import { Fragment } from 'react';
import type { ArchivedReport } from '../../shared/contract/report.ts';
import { formatDateTime } from '../../shared/i18n/i18n.ts';
import { Codicon } from '../base/Codicon.tsx';
import { useCall } from '../base/use-call.ts';
import { useT } from '../i18n/useT.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { openArchived, openReport, reproduce, saveCopy, verifyCopy } from './report-commands.ts';
import { useReports } from './reports-store.ts';

export function ReportsView() {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const version = useReports((s) => s.version);
  const busy = useReports((s) => s.busy);
  const workspace = useWorkspace((s) => s.info?.path);
  const list = useCall('reports.list', {}, { reload: `${version}:${workspace}` }).data ?? [];
  const groups = new Map<number, ArchivedReport[]>();
  for (const entry of list)
    groups.set(entry.evaluationId, [...(groups.get(entry.evaluationId) ?? []), entry]);
  return (
    <nav className="reports-view" aria-label={t('view.reports')}>
      <button type="button" className="view-action" data-side-view-focus onClick={() => void verifyCopy()}>
        <Codicon name="verified" /> {t('command.verifyReport')}
      </button>
      {list.length === 0 && <p className="muted view-empty">{t('report.archive.empty')}</p>}
      {[...groups.values()].map((entries) => {
        const first = entries[0]!;
        return (
          <section key={first.evaluationId} aria-labelledby={`reports-${first.evaluationId}`}>
            <h3 id={`reports-${first.evaluationId}`}>
              <button
                type="button"
                className="view-action"
                onClick={() => openReport(first.evaluationId)}
                title={t('command.openReport')}
              >
                {first.clusterName} · {first.evaluationTitle}
              </button>
            </h3>
            <ul className="reports-list">
              {entries.map((entry) => (
                <li key={entry.id} className="reports-entry">
                  <span className="reports-entry-title">
                    <Codicon
                      name={entry.format === 'pdf' ? 'file-pdf' : entry.format === 'docx' ? 'file' : 'table'}
                    />
                    <Parts
                      parts={[
                        t(`report.variant.${entry.variant}`),
                        entry.format.toUpperCase(),
                        t(`option.language.${entry.language}`),
                      ]}
                    />
                  </span>
                  <span className="muted">
                    <Parts
                      parts={[
                        formatDateTime(language, entry.producedAt),
                        entry.producedBy,
                        entry.pages ? t('report.pages', { count: entry.pages }) : '',
                      ]}
                    />
                  </span>
                  <span className="muted reports-hash" title={entry.sha256}>
                    SHA-256 {entry.sha256.slice(0, 12)}…
                  </span>
                  <span className="reports-actions">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('report.openOf', { file: entry.fileName })}
                      title={t('report.open')}
                      onClick={() => void openArchived(entry)}
                    >
                      <Codicon name="go-to-file" />
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('report.saveCopyOf', { file: entry.fileName })}
                      title={t('report.saveCopy')}
                      onClick={() => void saveCopy(entry)}
                    >
                      <Codicon name="save-as" />
                    </button>
                    {entry.format === 'pdf' && (
                      <button
                        type="button"
                        className="icon-button"
                        disabled={busy}
                        aria-label={t('report.reproduceOf', { file: entry.fileName })}
                        title={t('report.reproduce')}
                        onClick={() => void reproduce(entry)}
                      >
                        <Codicon name="debug-rerun" />
                      </button>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}

/** Facts joined by " · ", each kept on one line: a narrow side bar wraps after a dot, never inside a fact. */
function Parts({ parts }: { parts: readonly string[] }) {
  return (
    <span>
      {parts.filter(Boolean).map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed sequence of facts
        <Fragment key={i}>
          {i > 0 ? '\u00a0· ' : ''}
          <span className="reports-part">{part}</span>
        </Fragment>
      ))}
    </span>
  );
}
