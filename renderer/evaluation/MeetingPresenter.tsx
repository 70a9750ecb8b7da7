// The presenter view of an evaluation meeting (an editor tab in the manager's window): the item
// on the audience screen with its figures, the notes, the next item, and the forms to record
// verdicts, votes and resolutions while the audience screen follows.
import './evaluation.css';
import type { KeyboardEvent } from 'react';
import { Codicon } from '../base/Codicon.tsx';
import { runCommand } from '../commands/registry.ts';
import { useT } from '../i18n/useT.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { DecisionSection, ItemAssessment, useEvaluationView } from './EvaluationSections.tsx';
import { goTo, minutesSpent, nextIndex, useClock, useMeetingState } from './meeting.ts';

export function MeetingPresenter({ evaluationId }: { evaluationId: number }) {
  const t = useT();
  const view = useEvaluationView(evaluationId).data;
  const state = useMeetingState(evaluationId);
  const now = useClock();
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  if (!view) return null;
  const agenda = view.agenda;
  const index = Math.min(state?.index ?? 0, Math.max(agenda.length - 1, 0));
  const item = agenda[index];
  const next = agenda[index + 1];
  const locked = view.evaluation.status === 'locked' || readOnly;
  const move = (to: number) => {
    if (to !== index && to >= 0 && to < agenda.length) void goTo(evaluationId, to);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select')) return;
    const to = nextIndex(evaluationId, event.key, index, agenda.length);
    if (to === null) return;
    event.preventDefault();
    move(to);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the arrow keys move the meeting, as in a presentation program; every move is also a button
    <div className="meeting-presenter" onKeyDown={onKeyDown}>
      <header className="presenter-bar">
        <h1 className="editor-heading">
          {t('meeting.title')}: {view.evaluation.title}
        </h1>
        <div className="form-actions">
          <button
            type="button"
            className="button secondary"
            disabled={index === 0}
            onClick={() => move(index - 1)}
          >
            <Codicon name="arrow-left" /> {t('meeting.previous')}
          </button>
          <span className="presenter-position" role="status">
            {t('meeting.position', { index: index + 1, count: agenda.length })}
            {item && state && item.plannedMinutes !== null && (
              <>
                {' · '}
                {t('meeting.elapsed', {
                  elapsed: Math.floor(minutesSpent(state, item.id, now, true)),
                  planned: item.plannedMinutes,
                })}
              </>
            )}
          </span>
          <button
            type="button"
            className="button primary"
            disabled={index >= agenda.length - 1}
            onClick={() => move(index + 1)}
          >
            {t('meeting.nextItem')} <Codicon name="arrow-right" />
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => void runCommand('evaluation.openAudience', evaluationId)}
          >
            {t('command.openAudience')}
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={locked || view.evaluation.status !== 'in_meeting'}
            onClick={() => void runCommand('evaluation.closeMeeting', evaluationId)}
          >
            {t('command.closeMeeting')}
          </button>
        </div>
        <p className="muted">{next ? t('meeting.next', { title: next.title }) : t('meeting.last')}</p>
      </header>
      {item && (
        <section className="presenter-notes" aria-label={t('meeting.notes')}>
          {item.draft && <p className="muted">{item.draft}</p>}
        </section>
      )}
      {item && <ItemAssessment key={item.id} view={view} entry={item} locked={locked} />}
      {item?.kind === 'decision' && <DecisionSection item={view.evaluation} draft={{}} />}
    </div>
  );
}
