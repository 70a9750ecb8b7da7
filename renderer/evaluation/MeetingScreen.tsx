// The audience screen of an evaluation meeting: one agenda item per screen, for a projector or
// a shared screen. Large type, high contrast in both themes, status by icon and word as well as
// colour. It follows the meeting wherever it is moved (here or in the presenter view); the keys
// of a presentation program move it: → ← Page Down/Up, Home, End; Esc leaves.
import './evaluation.css';
import { useEffect, useRef } from 'react';
import { formatDate } from '../../shared/i18n/i18n.ts';
import { useT } from '../i18n/useT.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useEvaluationView } from './EvaluationSections.tsx';
import { Figures } from './Figures.tsx';
import { clockText, goTo, minutesSpent, nextIndex, useClock, useMeetingState } from './meeting.ts';

export function MeetingScreen({ evaluationId, onLeave }: { evaluationId: number; onLeave: () => void }) {
  const t = useT();
  const view = useEvaluationView(evaluationId).data;
  const state = useMeetingState(evaluationId);
  const now = useClock();
  const ref = useRef<HTMLElement>(null);
  // The room reads the evaluation's language, whatever this computer's UI language is.
  useEffect(() => {
    if (view) usePrefs.setState({ language: view.evaluation.language });
  }, [view]);
  const loaded = view !== null;
  useEffect(() => {
    if (loaded) ref.current?.focus();
  }, [loaded]);
  const language = usePrefs((s) => s.language);
  const count = view?.agenda.length ?? 0;
  const index = Math.min(state?.index ?? 0, Math.max(count - 1, 0));
  // The item shown, as the key handler reads it: the handler is added once and reads the latest
  // render, so a key pressed in the moment between a new item on screen and React's effects is
  // not measured against the item before (End right after a move back was lost that way).
  const shown = useRef({ index, count, onLeave });
  shown.current = { index, count, onLeave };
  // The whole screen listens: a clicker or a keyboard moves the meeting wherever focus is.
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        shown.current.onLeave();
        return;
      }
      const { index, count } = shown.current;
      const next = nextIndex(evaluationId, event.key, index, count);
      if (next === null) return;
      event.preventDefault();
      if (next !== index) void goTo(evaluationId, next);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [evaluationId]);
  if (!view) return null;
  const agenda = view.agenda;
  const item = agenda[index];
  const spent = item && state ? minutesSpent(state, item.id, now, true) : 0;
  const over =
    item?.plannedMinutes !== null && item?.plannedMinutes !== undefined && spent > item.plannedMinutes;
  return (
    <main
      ref={ref}
      className="meeting-screen"
      tabIndex={-1}
      aria-label={t('meeting.audience')}
      data-index={index}
    >
      <header className="meeting-header">
        <span>{view.evaluation.title}</span>
        <span>{t('meeting.position', { index: index + 1, count: agenda.length })}</span>
        <span className={over ? 'meeting-time over' : 'meeting-time'}>
          <time dateTime={now.toISOString()} title={t('meeting.clock')}>
            {clockText(language, now)}
          </time>
          {item?.plannedMinutes !== null && item?.plannedMinutes !== undefined && (
            <>
              {' · '}
              {t('meeting.elapsed', { elapsed: Math.floor(spent), planned: item.plannedMinutes })}
            </>
          )}
        </span>
      </header>
      {!state && <p className="meeting-waiting">{t('meeting.notStarted')}</p>}
      {item && (
        <article className="meeting-item" aria-live="polite">
          <h1>{item.title}</h1>
          <Figures figures={item.figures} large />
          {item.assessment?.verdict && (
            <p className="meeting-proposal">
              {t('meeting.proposed', { verdict: t(`option.verdict.${item.assessment.verdict}`) })}
            </p>
          )}
          {item.kind === 'decision' && view.proposal && (
            <p className="meeting-proposal">
              {t('meeting.proposed', {
                verdict: t(`option.outcome.${view.decision?.outcome ?? view.proposal.outcome}`),
              })}
            </p>
          )}
        </article>
      )}
      <footer className="meeting-footer">
        <span>
          {view.clusterName} ·{' '}
          {view.evaluation.meetingDate ? formatDate(language, view.evaluation.meetingDate) : ''}
        </span>
        <span className="muted">{t('meeting.keys')}</span>
      </footer>
    </main>
  );
}
