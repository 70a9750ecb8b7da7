// An evaluation's report as an editor tab: choose the language and the document (the funder
// report, the Verwendungsnachweis, the minutes), read the preview (the same page Chromium prints),
// write the texts of the sections and indicators over the drafts, and produce the PDF, Word or
// Excel file into the archive. The report reads only the evaluation's frozen data.
import './report.css';
import './report-editor.css';
import { useEffect, useId, useRef, useState } from 'react';
import type { Language } from '../../shared/contract/schemas.ts';
import {
  headingText,
  type NarrativeBlock,
  type ReportFormat,
  type ReportVariant,
  reportVariants,
} from '../../shared/report/model.ts';
import { Codicon } from '../base/Codicon.tsx';
import { evaluationViewTables } from '../base/evaluations.ts';
import { useCall } from '../base/use-call.ts';
import { messageOf } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { useChanges } from '../stores/changes.ts';
import { client } from '../stores/client.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { loadReportFonts } from './fonts.ts';
import { ReportDocument } from './ReportDocument.tsx';
import { produceReport } from './report-commands.ts';
import { useReports } from './reports-store.ts';

/**
 * What a report is built from: the evaluation's view (its status, snapshot and records), the texts
 * written for it and the cluster's design. A change to any of them (a text saved here, undo, the
 * logo chosen in the cluster editor, the evaluation locked) reloads the preview.
 */
const reportTables = [...evaluationViewTables, 'report_narrative', 'cluster'];

export function ReportEditor({ evaluationId }: { evaluationId: number }) {
  const t = useT();
  const ids = useId();
  const version = useChanges((s) => reportTables.reduce((n, table) => n + (s.versions[table] ?? 0), 0));
  const evaluation = useCall('evaluations.get', { id: evaluationId }, { reload: version }).data;
  const [language, setLanguage] = useState<Language | null>(null);
  const [variant, setVariant] = useState<ReportVariant>('standard');
  const shown = language ?? evaluation?.language ?? null;
  const model = useCall('reports.model', shown ? { evaluationId, language: shown, variant } : null, {
    reload: version,
  });
  const busy = useReports((s) => s.busy);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const [fontsReady, setFontsReady] = useState(false);
  useEffect(() => {
    void loadReportFonts().then(() => setFontsReady(true));
  }, []);
  const locked = evaluation?.status === 'locked';
  const produce = (format: ReportFormat) => {
    if (shown) void produceReport({ evaluationId, language: shown, variant, format });
  };

  return (
    <div className="report-editor">
      <div className="report-toolbar" role="toolbar" aria-label={t('report.toolbar')}>
        <label htmlFor={`${ids}-language`}>{t('report.language')}</label>
        <select
          id={`${ids}-language`}
          value={shown ?? ''}
          onChange={(e) => setLanguage(e.target.value as Language)}
        >
          <option value="de">{t('option.language.de')}</option>
          <option value="en">{t('option.language.en')}</option>
        </select>
        <label htmlFor={`${ids}-variant`}>{t('report.variant')}</label>
        <select
          id={`${ids}-variant`}
          value={variant}
          onChange={(e) => setVariant(e.target.value as ReportVariant)}
        >
          {reportVariants.map((v) => (
            <option key={v} value={v}>
              {t(`report.variant.${v}`)}
            </option>
          ))}
        </select>
        <span className="report-toolbar-gap" />
        <button
          type="button"
          className="button primary"
          disabled={busy || readOnly || !model.data}
          onClick={() => produce('pdf')}
        >
          <Codicon name="file-pdf" /> {t('report.producePdf')}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={busy || readOnly || !model.data}
          onClick={() => produce('docx')}
        >
          <Codicon name="file" /> {t('report.produceDocx')}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={busy || readOnly || !model.data}
          onClick={() => produce('xlsx')}
        >
          <Codicon name="table" /> {t('report.produceXlsx')}
        </button>
      </div>
      <p className="report-editor-status" role="status">
        {busy
          ? t('report.producing')
          : locked
            ? t('report.lockedNote')
            : model.error
              ? messageOf(model.error)
              : t('report.previewNote')}
      </p>
      <div className="report-preview" aria-busy={!model.data || !fontsReady}>
        {model.data && fontsReady ? (
          <ReportDocument
            model={model.data}
            pages={null}
            renderNarrative={(block, section) => (
              <NarrativeEditor
                key={`${shown}-${block.key}`}
                block={block}
                heading={headingText(section)}
                evaluationId={evaluationId}
                language={model.data!.language}
                editable={!locked && !readOnly}
              />
            )}
          />
        ) : null}
      </div>
    </div>
  );
}

/** A section's or an indicator's text in the preview: shown as printed, edited in place. */
function NarrativeEditor(props: {
  block: NarrativeBlock;
  /** The section's heading: names the text for assistive technology. */
  heading: string;
  evaluationId: number;
  language: Language;
  editable: boolean;
}) {
  const t = useT();
  const id = useId();
  const { block } = props;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(block.text);
  const [error, setError] = useState<string | null>(null);
  const editLabel = block.draft ? t('report.narrative.editDraft') : t('report.narrative.edit');
  // Leaving the text (saved, cancelled, back to the draft) puts keyboard focus back on its edit
  // button, not on the page's start.
  const refocus = useRef(false);
  const close = () => {
    refocus.current = true;
    setEditing(false);
  };
  const save = async (value: string) => {
    const saved = await client().call('reports.saveNarrative', {
      evaluationId: props.evaluationId,
      language: props.language,
      key: block.key,
      text: value,
    });
    if (!saved.ok) return setError(messageOf(saved.error));
    setError(null);
    close();
  };
  if (editing)
    return (
      <div className="report-narrative editing">
        <label htmlFor={`${id}-text`} className="visually-hidden">
          {t('report.narrative.label', { heading: props.heading })}
        </label>
        <textarea
          id={`${id}-text`}
          value={text}
          rows={Math.max(4, Math.ceil(text.length / 90))}
          // biome-ignore lint/a11y/noAutofocus: the user asked to edit this text
          autoFocus
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setText(block.text);
              close();
            } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void save(text);
            }
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && (
          <div id={`${id}-error`} role="alert" className="input-message error">
            {error}
          </div>
        )}
        <div className="form-actions">
          <button type="button" className="button primary" onClick={() => void save(text)}>
            {t('editor.save')}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setText(block.text);
              close();
            }}
          >
            {t('report.narrative.cancel')}
          </button>
          {!block.draft && (
            <button type="button" className="button secondary" onClick={() => void save('')}>
              {t('report.narrative.reset')}
            </button>
          )}
        </div>
      </div>
    );
  return (
    <div className={`report-narrative${block.draft ? ' draft' : ''}`}>
      {block.text.trim() ? (
        block.text
          .split(/\n\s*\n/)
          .filter((p) => p.trim())
          .map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text
            <p key={i}>{p.trim()}</p>
          ))
      ) : (
        <p className="report-narrative-empty">{t('report.narrative.empty')}</p>
      )}
      {props.editable && (
        <button
          type="button"
          className="report-narrative-edit"
          ref={(button) => {
            if (button && refocus.current) {
              refocus.current = false;
              button.focus();
            }
          }}
          // The visible words begin the name, so speech input finds the button by what it shows.
          aria-label={t('report.narrative.editOf', { action: editLabel, heading: props.heading })}
          onClick={() => {
            setText(block.text);
            setEditing(true);
          }}
        >
          <Codicon name="edit" /> {editLabel}
        </button>
      )}
    </div>
  );
}
