// What several features ask about evaluations: which one a command is about (the one given, else
// the active editor's), its title from the workspace outline, and the tables its view is read from
// (the evaluation's editors and its report reload when one of them changes).
import { useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';

/** The tables evaluation.view reads: a change to any of them reloads what shows the view. */
export const evaluationViewTables: readonly string[] = [
  'evaluation',
  'evaluation_snapshot',
  'evaluation_participant',
  'agenda_item',
  'assessment',
  'evidence',
  'resolution',
  'decision',
  'follow_up',
  'adjustment',
];

/** The evaluation a command is about: the one given, else the active editor's. */
export function evaluationOf(given?: unknown): number | undefined {
  if (typeof given === 'number') return given;
  const { editors, active } = useWorkbench.getState();
  const input = editors.find((e) => e.key === active)?.input;
  if (input?.kind === 'entity' && input.entity === 'evaluation') return input.id;
  if (input?.kind === 'meeting' || input?.kind === 'minutes' || input?.kind === 'report')
    return input.evaluationId;
  return undefined;
}

export function evaluationTitle(id: number): string {
  for (const cluster of useWorkspace.getState().outline.clusters) {
    const found = cluster.evaluations.find((e) => e.id === id);
    if (found) return found.title;
  }
  return '';
}
