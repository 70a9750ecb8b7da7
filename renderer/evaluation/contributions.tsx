// What the annual evaluation brings to the workbench: the Evaluation side view, the sections of
// an evaluation's editor (data, participants, agenda and assessments, decision), the meeting's
// presenter view and the minutes as editors, and its commands.

import { registerEditor, registerEditorSection } from '../base/editor-registry.ts';
import { evaluationTitle } from '../base/evaluations.ts';
import { lazyComponent } from '../base/lazy.tsx';
import { registerSideView } from '../base/view-registry.ts';
import { t } from '../i18n/useT.ts';
import { registerEvaluationCommands } from './evaluation-commands.ts';

const AgendaSection = lazyComponent(() => import('./EvaluationSections.tsx').then((m) => m.AgendaSection));
const DataSection = lazyComponent(() => import('./EvaluationSections.tsx').then((m) => m.DataSection));
const DecisionSection = lazyComponent(() =>
  import('./EvaluationSections.tsx').then((m) => m.DecisionSection),
);
const ParticipantsSection = lazyComponent(() =>
  import('./EvaluationSections.tsx').then((m) => m.ParticipantsSection),
);
const EvaluationSideView = lazyComponent(() =>
  import('./EvaluationSideView.tsx').then((m) => m.EvaluationSideView),
);
const MeetingPresenter = lazyComponent(() =>
  import('./MeetingPresenter.tsx').then((m) => m.MeetingPresenter),
);
const MinutesEditor = lazyComponent(() => import('./MinutesEditor.tsx').then((m) => m.MinutesEditor));

export function registerEvaluationContributions(): void {
  registerEvaluationCommands();
  registerSideView('evaluation', EvaluationSideView);
  registerEditorSection('evaluation', { id: 'data', order: 10, component: DataSection });
  registerEditorSection('evaluation', { id: 'participants', order: 20, component: ParticipantsSection });
  registerEditorSection('evaluation', { id: 'agenda', order: 30, component: AgendaSection });
  registerEditorSection('evaluation', { id: 'decision', order: 40, component: DecisionSection });
  registerEditor({
    kind: 'meeting',
    component: ({ input }) => <MeetingPresenter evaluationId={input.evaluationId} />,
    icon: () => 'play',
    title: (input) => `${t('meeting.title')} – ${evaluationTitle(input.evaluationId)}`,
  });
  registerEditor({
    kind: 'minutes',
    component: ({ input }) => <MinutesEditor evaluationId={input.evaluationId} />,
    icon: () => 'note',
    title: (input) => `${t('minutes.title')} – ${evaluationTitle(input.evaluationId)}`,
  });
}
