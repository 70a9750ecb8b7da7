// The sections of an evaluation's editor, below its fields (title, period, cut-off, meeting
// date, language): the data (freeze, what changed since, the meeting and the lock), the
// participants, the agenda with each item's assessment, and the decision with its follow-ups
// and proposed adjustments. Everything reads one call, evaluation.view, which computes the
// figures from the frozen snapshot.
import './evaluation.css';
import { useEffect, useId, useState } from 'react';
import type { EntityDto } from '../../shared/contract/entities.ts';
import type { AgendaEntry, EvaluationView, SnapshotChangeDto } from '../../shared/contract/evaluation.ts';
import type { ApiError } from '../../shared/contract/result.ts';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  type MessageKey,
  parseNumber,
} from '../../shared/i18n/i18n.ts';
import { localToday } from '../../shared/time/today.ts';
import { Codicon } from '../base/Codicon.tsx';
import { DateField, datesAccepted } from '../base/DateField.tsx';
import type { SectionProps } from '../base/editor-registry.ts';
import { evaluationViewTables } from '../base/evaluations.ts';
import { toBase64 } from '../base/files.ts';
import { useCall } from '../base/use-call.ts';
import { runCommand } from '../commands/registry.ts';
import { describeError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { useChanges } from '../stores/changes.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { Figures } from './Figures.tsx';

export function useEvaluationView(evaluationId: number) {
  const version = useChanges((s) =>
    evaluationViewTables.reduce((n, table) => n + (s.versions[table] ?? 0), 0),
  );
  return useCall('evaluation.view', { evaluationId }, { reload: version });
}

/** Runs a call; returns its refusal as a message in the current language, or null. */
async function act(
  t: ReturnType<typeof useT>,
  result: Promise<{ ok: boolean; error?: ApiError }>,
  labels: Record<string, MessageKey> = {},
): Promise<string | null> {
  const answer = await result;
  if (answer.ok || !answer.error) return null;
  const described = describeError(answer.error, t, labels);
  return [...described.fields.values(), described.general].filter(Boolean).join(' ');
}

function Message({ text }: { text: string | null }) {
  return text ? (
    <div role="alert" className="input-message error">
      {text}
    </div>
  ) : null;
}

/** Freeze, what changed since, and the meeting's and the lock's commands. */
export function DataSection({ item }: SectionProps<'evaluation'>) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const view = useEvaluationView(item.id).data;
  const measurementVersion = useChanges((s) => (s.versions.measurement ?? 0) + (s.versions.target ?? 0));
  const changes = useCall('evaluation.changes', view?.snapshot ? { evaluationId: item.id } : null, {
    reload: `${measurementVersion}:${view?.snapshot?.takenAt ?? ''}`,
  }).data;
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  if (!view) return null;
  const { status } = view.evaluation;
  const open = status === 'draft' || status === 'in_meeting';
  const button = (command: string, label: MessageKey, primary = false, disabled = false) => (
    <button
      type="button"
      className={`button ${primary ? 'primary' : 'secondary'}`}
      disabled={readOnly || disabled}
      onClick={() => void runCommand(command, item.id)}
    >
      {t(label)}
    </button>
  );
  return (
    <section className="editor-section evaluation-data" aria-labelledby={`data-${item.id}`}>
      <h2 id={`data-${item.id}`}>
        {t('evaluation.section.data')}{' '}
        <span className={`evaluation-status status-${status}`}>{t(`evaluation.status.${status}`)}</span>
      </h2>
      <p className={view.snapshot ? '' : 'muted'} data-testid="snapshot-state">
        {view.snapshot
          ? t('evaluation.frozenAt', {
              date: formatDateTime(language, view.snapshot.takenAt),
              cutoff: formatDate(language, view.snapshot.cutoff),
            })
          : t('evaluation.notFrozen')}
      </p>
      {view.snapshot && changes && <ChangeList changes={changes} />}
      {status === 'locked' && view.evaluation.lockedAt && (
        <p className="muted">
          {t('evaluation.lockedNote', { date: formatDateTime(language, view.evaluation.lockedAt) })}
        </p>
      )}
      {status === 'decided' && <p className="muted">{t('evaluation.decidedNote')}</p>}
      <div className="form-actions evaluation-actions">
        {open &&
          button(
            'evaluation.freeze',
            view.snapshot ? 'command.refreezeEvaluation' : 'command.freezeEvaluation',
            !view.snapshot,
          )}
        {open &&
          button('evaluation.startMeeting', 'command.startMeeting', Boolean(view.snapshot), !view.snapshot)}
        {status === 'in_meeting' && button('evaluation.openAudience', 'command.openAudience')}
        {status === 'in_meeting' && button('evaluation.closeMeeting', 'command.closeMeeting')}
        {status === 'decided' && button('evaluation.lock', 'command.lockEvaluation', true)}
        {status === 'locked' && button('evaluation.unlock', 'command.unlockEvaluation')}
        {button('evaluation.minutes', 'command.openMinutes')}
        {view.snapshot && button('report.open', 'command.openReport')}
      </div>
    </section>
  );
}

function ChangeList({ changes }: { changes: readonly SnapshotChangeDto[] }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  if (changes.length === 0) return <p className="muted">{t('evaluation.changes.none')}</p>;
  const value = (v: string | number | null) =>
    v === null ? '–' : typeof v === 'number' ? formatNumber(language, v) : v;
  return (
    <div role="status" className="input-message warning evaluation-changes">
      <p>{t('evaluation.changes.some', { count: changes.length })}</p>
      <ul>
        {changes.slice(0, 20).map((c) => (
          <li key={`${c.entity}:${c.id}:${c.detail}`}>
            {c.entity === 'measurement' || c.entity === 'target'
              ? t(`evaluation.change.${c.entity}`, {
                  name: c.name,
                  date: formatDate(language, c.detail),
                  before: value(c.before),
                  after: value(c.after),
                })
              : t('evaluation.change.other', { name: c.name, detail: c.detail })}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ParticipantsSection({ item }: SectionProps<'evaluation'>) {
  const t = useT();
  const view = useEvaluationView(item.id).data;
  const actors = useCall('actors.list', { clusterId: item.clusterId }).data;
  const [name, setName] = useState('');
  const [member, setMember] = useState('');
  const [error, setError] = useState<string | null>(null);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const locked = view?.evaluation.status === 'locked' || readOnly;
  const id = useId();
  if (!view) return null;
  const add = async (fields: { name: string; organisation?: string; actorId?: number | null }) => {
    setError(
      await act(
        t,
        client().call('evaluationParticipants.create', {
          evaluationId: item.id,
          sortOrder: view.participants.length,
          ...fields,
        }),
        { name: 'participant.name' },
      ),
    );
  };
  return (
    <section className="editor-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('evaluation.section.participants')}</h2>
      <table className="grid participants">
        <thead>
          <tr>
            <th>{t('participant.name')}</th>
            <th>{t('participant.organisation')}</th>
            <th>{t('participant.role')}</th>
            <th>{t('participant.attendance')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {view.participants.map((p) => (
            <ParticipantRow key={p.id} participant={p} locked={locked} onError={setError} />
          ))}
        </tbody>
      </table>
      {!locked && (
        <div className="inline-form">
          <label htmlFor={`${id}-member`}>{t('participant.addMember')}</label>
          <select
            id={`${id}-member`}
            value={member}
            onChange={(e) => {
              const actor = actors?.find((a) => a.id === Number(e.target.value));
              setMember('');
              if (actor) void add({ name: actor.name, organisation: actor.name, actorId: actor.id });
            }}
          >
            <option value="">–</option>
            {(actors ?? [])
              .filter((a) => !view.participants.some((p) => p.actorId === a.id))
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
          </select>
          <label htmlFor={`${id}-name`}>{t('participant.name')}</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              void add({ name }).then(() => setName(''));
            }}
          >
            {t('participant.add')}
          </button>
        </div>
      )}
      <Message text={error} />
    </section>
  );
}

function ParticipantRow({
  participant,
  locked,
  onError,
}: {
  participant: EntityDto<'evaluationParticipant'>;
  locked: boolean;
  onError: (message: string | null) => void;
}) {
  const t = useT();
  const [organisation, setOrganisation] = useState(participant.organisation);
  const [role, setRole] = useState(participant.role);
  useEffect(() => {
    setOrganisation(participant.organisation);
    setRole(participant.role);
  }, [participant]);
  const update = async (patch: Record<string, unknown>) =>
    onError(await act(t, client().call('evaluationParticipants.update', { id: participant.id, ...patch })));
  return (
    <tr>
      <td>{participant.name}</td>
      <td>
        <input
          aria-label={`${t('participant.organisation')} – ${participant.name}`}
          value={organisation}
          disabled={locked}
          onChange={(e) => setOrganisation(e.target.value)}
          onBlur={() => organisation !== participant.organisation && void update({ organisation })}
        />
      </td>
      <td>
        <input
          aria-label={`${t('participant.role')} – ${participant.name}`}
          value={role}
          disabled={locked}
          onChange={(e) => setRole(e.target.value)}
          onBlur={() => role !== participant.role && void update({ role })}
        />
      </td>
      <td>
        <select
          aria-label={`${t('participant.attendance')} – ${participant.name}`}
          value={participant.attendance}
          disabled={locked}
          onChange={(e) => void update({ attendance: e.target.value })}
        >
          {(['invited', 'present', 'apologised'] as const).map((a) => (
            <option key={a} value={a}>
              {t(`option.attendance.${a}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        {!locked && (
          <button
            type="button"
            className="icon-button"
            aria-label={t('participant.remove', { name: participant.name })}
            onClick={async () =>
              onError(await act(t, client().call('evaluationParticipants.delete', { id: participant.id })))
            }
          >
            <Codicon name="close" />
          </button>
        )}
      </td>
    </tr>
  );
}

/** Why a generated item is on the agenda, in the current language. */
export function reasonText(t: ReturnType<typeof useT>, language: string, item: AgendaEntry): string {
  const reason = item.reason as Record<string, unknown> & { code?: string };
  const date = (v: unknown) => (typeof v === 'string' ? formatDate(language as 'de', v) : '');
  switch (reason.code) {
    case 'breakPointMissed':
    case 'breakPointNoEvidence':
    case 'breakPointAtRisk':
    case 'breakPointNeedsVerdict':
      return t(`evaluation.reason.${reason.code}`, { date: date(reason.checkDate) });
    case 'breakPointDue':
      return t('evaluation.reason.breakPointDue', {
        date: date(reason.checkDate),
        status: t(`status.breakPoint.${String(reason.status)}` as MessageKey),
      });
    case 'indicatorOffTrack':
    case 'indicatorAtRisk':
      return t(`evaluation.reason.${reason.code}`, {
        deviation: formatNumber(language as 'de', Number(reason.deviation), {
          style: 'percent',
          maximumFractionDigits: 0,
        }),
      });
    case 'milestoneOverdue':
      return t('evaluation.reason.milestoneOverdue', {
        date: date(reason.dueDate),
        days: String(reason.daysOverdue),
        count: Number(reason.daysOverdue),
      });
    case 'overall':
    case 'decision':
      return t(`evaluation.reason.${reason.code}`);
    default:
      return t('evaluation.reason.other');
  }
}

export function AgendaSection({ item }: SectionProps<'evaluation'>) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const view = useEvaluationView(item.id).data;
  const [selected, setSelected] = useState<number | null>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const id = useId();
  if (!view) return null;
  const locked = view.evaluation.status === 'locked' || readOnly;
  const agenda = view.agenda;
  const current = agenda.find((a) => a.id === selected) ?? agenda[0];
  const move = async (entry: AgendaEntry, step: -1 | 1) => {
    const at = agenda.indexOf(entry);
    const target = at + step;
    if (target < 0 || target >= agenda.length) return;
    const beforeId = step === -1 ? agenda[target]!.id : (agenda[target + 1]?.id ?? null);
    setError(await act(t, client().call('agendaItems.move', { id: entry.id, beforeId })));
  };
  return (
    <section className="editor-section evaluation-agenda" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('evaluation.section.agenda')}</h2>
      {agenda.length === 0 && <p className="muted">{t('agenda.empty')}</p>}
      <ol className="agenda-list" aria-label={t('evaluation.section.agenda')}>
        {agenda.map((entry, index) => (
          <li key={entry.id} className={entry.id === current?.id ? 'selected' : ''}>
            <button
              type="button"
              className="agenda-item"
              aria-current={entry.id === current?.id ? 'true' : undefined}
              onClick={() => setSelected(entry.id)}
            >
              <span className="agenda-index">{t('agenda.item', { index: index + 1 })}</span>
              <span className="agenda-title">{entry.title}</span>
              <span className="agenda-reason muted">{reasonText(t, language, entry)}</span>
              {entry.assessment?.verdict && (
                <span className="agenda-verdict">{t(`option.verdict.${entry.assessment.verdict}`)}</span>
              )}
            </button>
            {!locked && (
              <span className="agenda-tools">
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('agenda.moveUp', { name: entry.title })}
                  disabled={index === 0}
                  onClick={() => void move(entry, -1)}
                >
                  <Codicon name="arrow-up" />
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('agenda.moveDown', { name: entry.title })}
                  disabled={index === agenda.length - 1}
                  onClick={() => void move(entry, 1)}
                >
                  <Codicon name="arrow-down" />
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('agenda.remove', { name: entry.title })}
                  onClick={async () =>
                    setError(await act(t, client().call('agendaItems.delete', { id: entry.id })))
                  }
                >
                  <Codicon name="trash" />
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {!locked && (
        <div className="inline-form">
          <label htmlFor={`${id}-new`}>{t('agenda.newItem')}</label>
          <input id={`${id}-new`} value={title} onChange={(e) => setTitle(e.target.value)} />
          <button
            type="button"
            className="button secondary"
            onClick={async () => {
              const message = await act(
                t,
                client().call('agendaItems.create', {
                  evaluationId: item.id,
                  kind: 'other',
                  title,
                  sortOrder: agenda.length,
                }),
                { title: 'agenda.newItem' },
              );
              setError(message);
              if (!message) setTitle('');
            }}
          >
            {t('agenda.add')}
          </button>
          {view.snapshot && (
            <button
              type="button"
              className="button secondary"
              onClick={async () =>
                setError(await act(t, client().call('evaluation.generateAgenda', { evaluationId: item.id })))
              }
            >
              {t('agenda.regenerate')}
            </button>
          )}
        </div>
      )}
      <Message text={error} />
      {current && <ItemAssessment key={current.id} view={view} entry={current} locked={locked} />}
    </section>
  );
}

/** One agenda item: its figures, the verdict and narrative, evidence, resolutions and minutes. */
export function ItemAssessment({
  view,
  entry,
  locked,
}: {
  view: EvaluationView;
  entry: AgendaEntry;
  locked: boolean;
}) {
  const t = useT();
  const id = useId();
  const [verdict, setVerdict] = useState(entry.assessment?.verdict ?? '');
  const [narrative, setNarrative] = useState(entry.assessment?.narrative ?? '');
  const [minutes, setMinutes] = useState(entry.minutes);
  const [planned, setPlanned] = useState(entry.plannedMinutes === null ? '' : String(entry.plannedMinutes));
  const [error, setError] = useState<string | null>(null);
  const assessable = entry.verdicts.length > 0;
  const subjectKind =
    entry.kind === 'indicator' || entry.kind === 'break_point' || entry.kind === 'milestone'
      ? entry.kind
      : 'overall';
  const saveAssessment = async () =>
    setError(
      await act(
        t,
        client().call('assessments.save', {
          evaluationId: view.evaluation.id,
          subjectKind,
          subjectId: subjectKind === 'overall' ? null : entry.subjectId,
          verdict: (verdict || null) as never,
          narrative,
        }),
        { verdict: 'assessment.verdict', narrative: 'assessment.narrative' },
      ),
    );
  return (
    <div className="item-assessment">
      <h3 id={`${id}-heading`}>{entry.title}</h3>
      <Figures figures={entry.figures} />
      {assessable && (
        <fieldset className="editor-fields" disabled={locked}>
          <legend>{t('assessment.title')}</legend>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-verdict`}>
              {t('assessment.verdict')}
            </label>
            <select id={`${id}-verdict`} value={verdict} onChange={(e) => setVerdict(e.target.value)}>
              <option value="">{t('assessment.noVerdict')}</option>
              {entry.verdicts.map((v) => (
                <option key={v} value={v}>
                  {t(`option.verdict.${v}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-narrative`}>
              {t('assessment.narrative')}
            </label>
            <textarea
              id={`${id}-narrative`}
              rows={5}
              value={narrative}
              onChange={(e) => setNarrative(e.target.value)}
            />
          </div>
          {entry.draft && (
            <details className="assessment-draft">
              <summary>{t('assessment.draft')}</summary>
              <p>{entry.draft}</p>
              <button type="button" className="button secondary" onClick={() => setNarrative(entry.draft)}>
                {t('assessment.useDraft')}
              </button>
            </details>
          )}
          <div className="form-actions">
            <button type="button" className="button primary" onClick={() => void saveAssessment()}>
              {t('assessment.save')}
            </button>
          </div>
        </fieldset>
      )}
      {entry.assessment && (
        <Evidence assessmentId={entry.assessment.id} items={entry.evidence} locked={locked} />
      )}
      <fieldset className="editor-fields" disabled={locked}>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-planned`}>
            {t('agenda.plannedMinutes')}
          </label>
          <input
            id={`${id}-planned`}
            inputMode="numeric"
            value={planned}
            onChange={(e) => setPlanned(e.target.value)}
            onBlur={async () => {
              const value = planned.trim() === '' ? null : Number(planned);
              if (value === entry.plannedMinutes) return;
              setError(
                await act(
                  t,
                  client().call('agendaItems.update', { id: entry.id, plannedMinutes: value as never }),
                  {
                    plannedMinutes: 'agenda.plannedMinutes',
                  },
                ),
              );
            }}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-minutes`}>
            {t('agenda.minutes')}
          </label>
          <textarea
            id={`${id}-minutes`}
            rows={3}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            onBlur={async () => {
              if (minutes === entry.minutes) return;
              setError(await act(t, client().call('agendaItems.update', { id: entry.id, minutes })));
            }}
          />
        </div>
      </fieldset>
      <Resolutions view={view} entry={entry} locked={locked} />
      <Message text={error} />
    </div>
  );
}

function Evidence({
  assessmentId,
  items,
  locked,
}: {
  assessmentId: number;
  items: readonly EntityDto<'evidence'>[];
  locked: boolean;
}) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const download = async (evidence: EntityDto<'evidence'>) => {
    const file = await client().call('evidence.file', { id: evidence.id });
    if (!file.ok) return;
    const bytes = Uint8Array.from(atob(file.data.content), (c) => c.charCodeAt(0));
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([bytes], { type: file.data.mimeType }));
    link.download = file.data.fileName;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <div className="evidence">
      <h4 id={`${id}-heading`}>{t('evidence.title')}</h4>
      {items.length === 0 && <p className="muted">{t('evidence.none')}</p>}
      <ul>
        {items.map((e) => (
          <li key={e.id}>
            {e.kind === 'note' && e.text}
            {e.kind === 'link' && (
              <a href={e.url} target="_blank" rel="noreferrer noopener">
                {e.text || e.url}
              </a>
            )}
            {e.kind === 'file' && (
              <button type="button" className="link-button" onClick={() => void download(e)}>
                <Codicon name="file" /> {e.fileName}
              </button>
            )}
            {!locked && (
              <button
                type="button"
                className="icon-button"
                aria-label={`${t('evidence.remove')}: ${e.text || e.url || e.fileName}`}
                onClick={async () => setError(await act(t, client().call('evidence.delete', { id: e.id })))}
              >
                <Codicon name="close" />
              </button>
            )}
          </li>
        ))}
      </ul>
      {!locked && (
        <div className="inline-form">
          <label htmlFor={`${id}-note`}>{t('evidence.note')}</label>
          <input id={`${id}-note`} value={text} onChange={(e) => setText(e.target.value)} />
          <button
            type="button"
            className="button secondary"
            onClick={async () => {
              const message = await act(
                t,
                client().call('evidence.create', { assessmentId, kind: 'note', text }),
                { text: 'evidence.note' },
              );
              setError(message);
              if (!message) setText('');
            }}
          >
            {t('evidence.addNote')}
          </button>
          <label htmlFor={`${id}-url`}>{t('evidence.link')}</label>
          <input id={`${id}-url`} type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
          <button
            type="button"
            className="button secondary"
            onClick={async () => {
              const message = await act(
                t,
                client().call('evidence.create', { assessmentId, kind: 'link', url }),
                { url: 'evidence.link' },
              );
              setError(message);
              if (!message) setUrl('');
            }}
          >
            {t('evidence.addLink')}
          </button>
          <label className="button secondary file-button">
            {t('evidence.attach')}
            <input
              type="file"
              className="visually-hidden"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                if (!file) return;
                setError(
                  await act(
                    t,
                    client().call('evidence.attach', {
                      assessmentId,
                      fileName: file.name,
                      mimeType: file.type || 'application/octet-stream',
                      content: toBase64(await file.arrayBuffer()),
                    }),
                  ),
                );
                e.target.value = '';
              }}
            />
          </label>
        </div>
      )}
      <Message text={error} />
    </div>
  );
}

function Resolutions({ view, entry, locked }: { view: EvaluationView; entry: AgendaEntry; locked: boolean }) {
  const t = useT();
  const id = useId();
  const [motion, setMotion] = useState('');
  const [result, setResult] = useState<'adopted' | 'rejected'>('adopted');
  const [votes, setVotes] = useState({ for: '', against: '', abstentions: '' });
  const [error, setError] = useState<string | null>(null);
  const count = (v: string) => (v.trim() === '' ? null : Number(v));
  return (
    <div className="resolutions">
      <h4 id={`${id}-heading`}>{t('resolution.title')}</h4>
      <ul>
        {entry.resolutions.map((r) => (
          <li key={r.id}>
            {r.motion} — {t(`option.resolutionResult.${r.result}`)}
            {r.votesFor !== null &&
              ` (${t('minutes.votes', { for: String(r.votesFor), against: String(r.votesAgainst ?? 0), abstentions: String(r.abstentions ?? 0) })})`}
          </li>
        ))}
      </ul>
      {!locked && (
        <div className="inline-form">
          <label htmlFor={`${id}-motion`}>{t('resolution.motion')}</label>
          <input id={`${id}-motion`} value={motion} onChange={(e) => setMotion(e.target.value)} />
          <label htmlFor={`${id}-result`}>{t('resolution.result')}</label>
          <select
            id={`${id}-result`}
            value={result}
            onChange={(e) => setResult(e.target.value as 'adopted' | 'rejected')}
          >
            <option value="adopted">{t('option.resolutionResult.adopted')}</option>
            <option value="rejected">{t('option.resolutionResult.rejected')}</option>
          </select>
          {(['for', 'against', 'abstentions'] as const).map((k) => (
            <span key={k} className="vote">
              <label htmlFor={`${id}-${k}`}>{t(`resolution.${k}`)}</label>
              <input
                id={`${id}-${k}`}
                inputMode="numeric"
                size={3}
                value={votes[k]}
                onChange={(e) => setVotes({ ...votes, [k]: e.target.value })}
              />
            </span>
          ))}
          <button
            type="button"
            className="button secondary"
            onClick={async () => {
              const message = await act(
                t,
                client().call('resolutions.create', {
                  evaluationId: view.evaluation.id,
                  agendaItemId: entry.id,
                  motion,
                  result,
                  votesFor: count(votes.for),
                  votesAgainst: count(votes.against),
                  abstentions: count(votes.abstentions),
                }),
                {
                  motion: 'resolution.motion',
                  votesFor: 'resolution.for',
                  votesAgainst: 'resolution.against',
                  abstentions: 'resolution.abstentions',
                },
              );
              setError(message);
              if (!message) {
                setMotion('');
                setVotes({ for: '', against: '', abstentions: '' });
              }
            }}
          >
            {t('resolution.add')}
          </button>
        </div>
      )}
      <Message text={error} />
    </div>
  );
}

export function DecisionSection({ item }: SectionProps<'evaluation'>) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const view = useEvaluationView(item.id).data;
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const id = useId();
  const [outcome, setOutcome] = useState<string>('');
  const [rationale, setRationale] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!view) return;
    setOutcome(view.decision?.outcome ?? view.proposal?.outcome ?? 'continue');
    setRationale(view.decision?.rationale ?? '');
    setDecidedOn(view.decision?.decidedOn ?? view.evaluation.meetingDate ?? localToday());
  }, [view]);
  if (!view) return null;
  const locked = view.evaluation.status === 'locked' || readOnly;
  return (
    <section className="editor-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('evaluation.section.decision')}</h2>
      {view.proposal && (
        <p className="muted">
          {t('decision.proposal', { outcome: t(`option.outcome.${view.proposal.outcome}`) })}
        </p>
      )}
      <fieldset className="editor-fields" disabled={locked}>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-outcome`}>
            {t('decision.outcome')}
          </label>
          <select id={`${id}-outcome`} value={outcome} onChange={(e) => setOutcome(e.target.value)}>
            {(['continue', 'continue_with_adjustments', 'wind_down'] as const).map((o) => (
              <option key={o} value={o}>
                {t(`option.outcome.${o}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-rationale`}>
            {t('decision.rationale')}
          </label>
          <textarea
            id={`${id}-rationale`}
            rows={4}
            value={rationale}
            onChange={(e) => setRationale(e.target.value)}
          />
          {!view.decision && view.proposal && (
            <button
              type="button"
              className="button secondary"
              onClick={() => setRationale(view.proposal!.rationale)}
            >
              {t('assessment.useDraft')}
            </button>
          )}
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-date`}>
            {t('decision.decidedOn')}
          </label>
          <DateField
            id={`${id}-date`}
            label={t('decision.decidedOn')}
            value={decidedOn}
            onChange={setDecidedOn}
          />
        </div>
        <div className="form-actions">
          <button
            type="button"
            className="button primary"
            onClick={async (e) =>
              datesAccepted(e.currentTarget.closest('fieldset')) &&
              setError(
                await act(
                  t,
                  client().call('decisions.save', {
                    evaluationId: item.id,
                    outcome: outcome as 'continue',
                    rationale,
                    decidedOn,
                  }),
                  {
                    rationale: 'decision.rationale',
                    decidedOn: 'decision.decidedOn',
                    outcome: 'decision.outcome',
                  },
                ),
              )
            }
          >
            {t('decision.save')}
          </button>
        </div>
      </fieldset>
      {view.decision?.participants && (
        <p className="muted">{t('decision.present', { names: view.decision.participants })}</p>
      )}
      <Message text={error} />
      <FollowUps view={view} locked={locked} />
      <Adjustments view={view} locked={locked} language={language} />
    </section>
  );
}

function FollowUps({ view, locked }: { view: EvaluationView; locked: boolean }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const id = useId();
  const [draft, setDraft] = useState({ title: '', owner: '', dueDate: '' });
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <h3 id={`${id}-heading`}>{t('evaluation.section.followUps')}</h3>
      <table className="grid">
        <thead>
          <tr>
            <th>{t('followUp.title')}</th>
            <th>{t('followUp.owner')}</th>
            <th>{t('followUp.dueDate')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {view.followUps.map((f) => (
            <tr key={f.id}>
              <td>{f.title}</td>
              <td>{f.owner}</td>
              <td>{formatDate(language, f.dueDate)}</td>
              <td>
                {f.milestoneId !== null ? (
                  <span className="muted">{t('followUp.milestone')}</span>
                ) : (
                  !locked && (
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`${t('editor.delete')}: ${f.title}`}
                      onClick={async () =>
                        setError(await act(t, client().call('followUps.delete', { id: f.id })))
                      }
                    >
                      <Codicon name="trash" />
                    </button>
                  )
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!locked && (
        <div className="inline-form">
          {(['title', 'owner', 'dueDate'] as const).map((k) => (
            <span key={k}>
              <label htmlFor={`${id}-${k}`}>{t(`followUp.${k}`)}</label>
              {k === 'dueDate' ? (
                <DateField
                  id={`${id}-${k}`}
                  label={t(`followUp.${k}`)}
                  value={draft[k]}
                  onChange={(dueDate) => setDraft({ ...draft, dueDate })}
                />
              ) : (
                <input
                  id={`${id}-${k}`}
                  type="text"
                  value={draft[k]}
                  onChange={(e) => setDraft({ ...draft, [k]: e.target.value })}
                />
              )}
            </span>
          ))}
          <button
            type="button"
            className="button secondary"
            onClick={async (e) => {
              if (!datesAccepted(e.currentTarget.closest('.inline-form'))) return;
              const message = await act(
                t,
                client().call('followUps.create', {
                  evaluationId: view.evaluation.id,
                  title: draft.title,
                  owner: draft.owner,
                  ...(draft.dueDate ? { dueDate: draft.dueDate } : {}),
                } as never),
                { title: 'followUp.title', owner: 'followUp.owner', dueDate: 'followUp.dueDate' },
              );
              setError(message);
              if (!message) setDraft({ title: '', owner: '', dueDate: '' });
            }}
          >
            {t('followUp.add')}
          </button>
        </div>
      )}
      <Message text={error} />
    </div>
  );
}

function Adjustments({
  view,
  locked,
  language,
}: {
  view: EvaluationView;
  locked: boolean;
  language: string;
}) {
  const t = useT();
  const id = useId();
  const indicators = useCall('indicators.list', { clusterId: view.evaluation.clusterId }).data;
  const [draft, setDraft] = useState({ description: '', indicatorId: '', targetDate: '', targetValue: '' });
  const [error, setError] = useState<string | null>(null);
  const decided = view.evaluation.status === 'decided' || view.evaluation.status === 'locked';
  const nameOf = (indicatorId: number | null) => indicators?.find((i) => i.id === indicatorId)?.name ?? '';
  return (
    <div>
      <h3 id={`${id}-heading`}>{t('evaluation.section.adjustments')}</h3>
      <ul>
        {view.adjustments.map((a) => (
          <li key={a.id}>
            {a.description}
            {a.indicatorId !== null && a.targetDate && a.targetValue !== null && (
              <span className="muted">
                {' '}
                ({nameOf(a.indicatorId)}: {formatNumber(language as 'de', a.targetValue)},{' '}
                {formatDate(language as 'de', a.targetDate)})
              </span>
            )}{' '}
            {a.appliedAt ? (
              <span className="muted">
                {t('adjustment.applied', { date: formatDateTime(language as 'de', a.appliedAt) })}
              </span>
            ) : (
              a.indicatorId !== null &&
              decided && (
                <button
                  type="button"
                  className="button secondary"
                  onClick={async () =>
                    setError(await act(t, client().call('adjustments.apply', { id: a.id })))
                  }
                >
                  {t('adjustment.apply')}
                </button>
              )
            )}
          </li>
        ))}
      </ul>
      {!locked && (
        <div className="inline-form">
          <label htmlFor={`${id}-description`}>{t('adjustment.description')}</label>
          <input
            id={`${id}-description`}
            value={draft.description}
            onChange={(e) => setDraft({ ...draft, description: e.target.value })}
          />
          <label htmlFor={`${id}-indicator`}>{t('adjustment.indicator')}</label>
          <select
            id={`${id}-indicator`}
            value={draft.indicatorId}
            onChange={(e) => setDraft({ ...draft, indicatorId: e.target.value })}
          >
            <option value="">–</option>
            {(indicators ?? [])
              .filter((i) => i.derived === null)
              .map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
          </select>
          <label htmlFor={`${id}-date`}>{t('adjustment.targetDate')}</label>
          <DateField
            id={`${id}-date`}
            label={t('adjustment.targetDate')}
            value={draft.targetDate}
            onChange={(targetDate) => setDraft({ ...draft, targetDate })}
          />
          <label htmlFor={`${id}-value`}>{t('adjustment.targetValue')}</label>
          <input
            id={`${id}-value`}
            inputMode="decimal"
            size={6}
            value={draft.targetValue}
            onChange={(e) => setDraft({ ...draft, targetValue: e.target.value })}
          />
          <button
            type="button"
            className="button secondary"
            onClick={async (e) => {
              if (!datesAccepted(e.currentTarget.closest('.inline-form'))) return;
              const value =
                draft.targetValue.trim() === '' ? null : parseNumber(language as 'de', draft.targetValue);
              if (value !== null && Number.isNaN(value)) {
                setError(t('error.validation.notANumber', { field: t('adjustment.targetValue') }));
                return;
              }
              const message = await act(
                t,
                client().call('adjustments.create', {
                  evaluationId: view.evaluation.id,
                  description: draft.description,
                  indicatorId: draft.indicatorId ? Number(draft.indicatorId) : null,
                  targetDate: draft.targetDate || null,
                  targetValue: value,
                }),
                {
                  description: 'adjustment.description',
                  indicatorId: 'adjustment.indicator',
                  targetDate: 'adjustment.targetDate',
                  targetValue: 'adjustment.targetValue',
                },
              );
              setError(message);
              if (!message) setDraft({ description: '', indicatorId: '', targetDate: '', targetValue: '' });
            }}
          >
            {t('adjustment.add')}
          </button>
        </div>
      )}
      <Message text={error} />
    </div>
  );
}
