// What the annual evaluation brings to the workbench: the Evaluation side view, the sections of
// an evaluation's editor (data, participants, agenda and assessments, decision), the meeting's
// presenter view and the minutes as editors, and its commands.
import { registerEditor, registerEditorSection } from '../base/editor-registry.ts';
import { evaluationTitle } from '../base/evaluations.ts';
import { registerSideView } from '../base/view-registry.ts';
import { t } from '../i18n/useT.ts';
import { AgendaSection, DataSection, DecisionSection, ParticipantsSection } from './EvaluationSections.tsx';
import { EvaluationSideView } from './EvaluationSideView.tsx';
import { registerEvaluationCommands } from './evaluation-commands.ts';
import { MeetingPresenter } from './MeetingPresenter.tsx';
import { MinutesEditor } from './MinutesEditor.tsx';

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
