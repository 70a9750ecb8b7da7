// The minutes of an evaluation meeting as a document, in the evaluation's language (not the
// UI's): participants, the agenda with each item's verdict, narrative, minutes and resolutions,
// the decision with its rationale and who was present, follow-up actions and adjustments.
import './evaluation.css';
import type { EvaluationView } from '../../shared/contract/evaluation.ts';
import type { Language } from '../../shared/contract/schemas.ts';
import { formatDate, type MessageKey, translate } from '../../shared/i18n/i18n.ts';
import { runCommand } from '../commands/registry.ts';
import { useT } from '../i18n/useT.ts';
import { useEvaluationView } from './EvaluationSections.tsx';

export function MinutesEditor({ evaluationId }: { evaluationId: number }) {
  const ui = useT();
  const view = useEvaluationView(evaluationId).data;
  if (!view) return null;
  return (
    <div className="minutes-editor">
      <div className="form-actions no-print">
        <button
          type="button"
          className="button secondary"
          onClick={() => void runCommand('report.minutes', evaluationId)}
        >
          {ui('command.printMinutes')}
        </button>
      </div>
      <Minutes view={view} />
    </div>
  );
}

export function Minutes({ view }: { view: EvaluationView }) {
  const language: Language = view.evaluation.language;
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params);
  const date = (iso: string) => formatDate(language, iso);
  const { evaluation, decision } = view;
  const present = view.participants.filter((p) => p.attendance === 'present');
  const apologised = view.participants.filter((p) => p.attendance === 'apologised');
  const person = (p: EvaluationView['participants'][number]) =>
    [p.name, p.organisation, p.role].filter(Boolean).join(', ');
  const held = evaluation.status === 'decided' || evaluation.status === 'locked';
  return (
    <article className="minutes" lang={language} aria-label={t('minutes.title')}>
      <h1>{evaluation.title}</h1>
      <p className="minutes-meta">
        {evaluation.meetingDate
          ? t('minutes.of', { date: date(evaluation.meetingDate) })
          : t('minutes.notHeld')}
        <br />
        {t('minutes.cluster', { name: view.clusterName })}
        <br />
        {t('minutes.period', {
          from: date(evaluation.periodStart),
          to: date(evaluation.periodEnd),
          cutoff: date(evaluation.cutoffDate),
        })}
      </p>
      {!held && <p className="minutes-draft">{t('minutes.notHeld')}</p>}
      <h2>{t('minutes.participants')}</h2>
      <ul>
        {present.map((p) => (
          <li key={p.id}>{person(p)}</li>
        ))}
      </ul>
      {apologised.length > 0 && (
        <p>
          {t('minutes.apologised')}: {apologised.map(person).join('; ')}
        </p>
      )}
      <h2>{t('minutes.agenda')}</h2>
      <ol className="minutes-agenda">
        {view.agenda.map((item) => (
          <li key={item.id}>
            <h3>{item.title}</h3>
            {item.assessment?.verdict && (
              <p>
                <strong>
                  {t('minutes.verdict', { verdict: t(`option.verdict.${item.assessment.verdict}`) })}
                </strong>
              </p>
            )}
            {item.assessment?.narrative && <p>{item.assessment.narrative}</p>}
            {item.minutes && <p>{item.minutes}</p>}
            {item.resolutions.map((r) => (
              <p key={r.id}>
                {t('minutes.resolution', {
                  motion: r.motion,
                  result: t(`option.resolutionResult.${r.result}`),
                })}
                {r.votesFor !== null &&
                  ` (${t('minutes.votes', { for: r.votesFor, against: r.votesAgainst ?? 0, abstentions: r.abstentions ?? 0 })})`}
              </p>
            ))}
          </li>
        ))}
      </ol>
      {decision && (
        <>
          <h2>{t('minutes.decision')}</h2>
          <p>
            <strong>{t(`option.outcome.${decision.outcome}`)}</strong> ({date(decision.decidedOn)})
          </p>
          <p>{decision.rationale}</p>
          {decision.participants && <p>{t('decision.present', { names: decision.participants })}</p>}
        </>
      )}
      {view.followUps.length > 0 && (
        <>
          <h2>{t('minutes.followUps')}</h2>
          <ul>
            {view.followUps.map((f) => (
              <li key={f.id}>
                {f.title} — {f.owner}, {date(f.dueDate)}
              </li>
            ))}
          </ul>
        </>
      )}
      {view.adjustments.length > 0 && (
        <>
          <h2>{t('minutes.adjustments')}</h2>
          <ul>
            {view.adjustments.map((a) => (
              <li key={a.id}>{a.description}</li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
