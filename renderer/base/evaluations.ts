// Which evaluation an editor or a command is about, its title, and the tables its view is read
// from: shared by the evaluation's editors and commands and by its report, so neither feature
// reaches into the other.
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
  const wb = useWorkbench.getState();
  const active = wb.editors.find((e) => e.key === wb.active)?.input;
  if (active?.kind === 'entity' && active.entity === 'evaluation') return active.id;
  if (active?.kind === 'meeting' || active?.kind === 'minutes' || active?.kind === 'report')
    return active.evaluationId;
  return undefined;
}

export function evaluationTitle(id: number): string {
  for (const cluster of useWorkspace.getState().outline.clusters) {
    const found = cluster.evaluations.find((e) => e.id === id);
    if (found) return found.title;
  }
  return '';
}
