// Commands of the annual evaluation: create, open, rename, delete; freeze the data; hold the
// meeting (start, audience screen, close); lock and unlock; the minutes. Each takes an
// evaluation id, or works on the evaluation of the active editor.
import type { ApiError } from '../../shared/contract/result.ts';
import { localYear } from '../../shared/time/today.ts';
import { evaluationOf, evaluationTitle } from '../base/evaluations.ts';
import { registerCommand } from '../commands/registry.ts';
import { withCluster } from '../commands/workbench-commands.ts';
import { messageOf } from '../i18n/errors.ts';
import { t } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { confirmDialog, useWorkbench } from '../stores/workbench.ts';

const wb = () => useWorkbench.getState();
const notifyError = (error: ApiError) => wb().notify(messageOf(error));

export const openEvaluation = (id: number, options: { field?: string; select?: boolean } = {}) =>
  wb().openEditor({ kind: 'entity', entity: 'evaluation', id }, options);

/** Opens the audience screen: a window of the desktop app, a tab in the browser. */
export async function openAudience(evaluationId: number): Promise<void> {
  const result = await client().call('workspace.openWindow', { view: 'meeting', evaluationId });
  if (result.ok && result.data.opened) return;
  window.open(`${window.location.origin}${window.location.pathname}#meeting=${evaluationId}`, '_blank');
}

const withEvaluation =
  (run: (id: number) => Promise<void> | void) =>
  async (given?: unknown): Promise<void> => {
    const id = evaluationOf(given);
    if (id !== undefined) await run(id);
  };

async function call<T>(result: Promise<{ ok: true; data: T } | { ok: false; error: ApiError }>) {
  const answer = await result;
  if (!answer.ok) {
    notifyError(answer.error);
    return null;
  }
  return answer.data;
}

export function registerEvaluationCommands(): void {
  const hasEvaluation = () => evaluationOf() !== undefined;
  registerCommand({
    id: 'evaluation.new',
    title: 'command.newEvaluation',
    category: 'category.evaluation',
    run: (given?: unknown) =>
      withCluster((clusterId) => {
        // The last calendar year, decided on with the data as of its last day.
        const year = localYear() - 1;
        const language = usePrefs.getState().language;
        wb().setQuickInput({
          mode: 'prompt',
          title: t('evaluation.new.title'),
          initial: t('evaluation.new.default', { year: String(year) }),
          accept: async (title) => {
            const created = await client().call('evaluations.create', {
              clusterId,
              title,
              periodStart: `${year}-01-01`,
              periodEnd: `${year}-12-31`,
              cutoffDate: `${year}-12-31`,
              language,
            });
            if (!created.ok) return messageOf(created.error);
            openEvaluation(created.data.id, { field: 'title', select: true });
            return null;
          },
        });
      }, given),
  });
  registerCommand({
    id: 'evaluation.open',
    title: 'command.openEvaluation',
    category: 'category.evaluation',
    when: hasEvaluation,
    run: withEvaluation((id) => void openEvaluation(id)),
  });
  registerCommand({
    id: 'evaluation.rename',
    title: 'command.renameEvaluation',
    category: 'category.evaluation',
    when: hasEvaluation,
    run: withEvaluation((id) =>
      wb().setQuickInput({
        mode: 'prompt',
        title: t('evaluation.rename.title'),
        initial: evaluationTitle(id),
        accept: async (title) => {
          const result = await client().call('evaluations.update', { id, title });
          return result.ok ? null : messageOf(result.error);
        },
      }),
    ),
  });
  registerCommand({
    id: 'evaluation.delete',
    title: 'command.deleteEvaluation',
    category: 'category.evaluation',
    when: hasEvaluation,
    run: withEvaluation(async (id) => {
      const confirmed = await confirmDialog({
        title: t('evaluation.delete.title', { name: evaluationTitle(id) }),
        detail: t('evaluation.delete.detail'),
        confirm: t('dialog.delete'),
        cancel: t('dialog.cancel'),
      });
      if (!confirmed) return;
      if (await call(client().call('evaluations.delete', { id }))) wb().removeEditor(`evaluation:${id}`);
    }),
  });
  registerCommand({
    id: 'evaluation.freeze',
    title: 'command.freezeEvaluation',
    category: 'category.evaluation',
    when: hasEvaluation,
    run: withEvaluation(async (id) => {
      await call(client().call('evaluation.freeze', { evaluationId: id }));
    }),
  });
  registerCommand({
    id: 'evaluation.startMeeting',
    title: 'command.startMeeting',
    category: 'category.evaluation',
    when: hasEvaluation,
    run: withEvaluation(async (id) => {
      if (!(await call(client().call('meeting.start', { evaluationId: id })))) return;
      wb().openEditor({ kind: 'meeting', evaluationId: id });
      await openAudience(id);
    }),
  });
  registerCommand({
    id: 'evaluation.openAudience',
    title: 'command.openAudience',
    category: 'category.evaluation',
    when: hasEvaluation,
    run: withEvaluation((id) => openAudience(id)),
  });
  registerCommand({
    id: 'evaluation.closeMeeting',
    title: 'command.closeMeeting',
    category: 'category.evaluation',
    when: hasEvaluation,
    run: withEvaluation(async (id) => {
      if (await call(client().call('meeting.close', { evaluationId: id }))) {
        wb().removeEditor(`meeting:${id}`);
        wb().openEditor({ kind: 'minutes', evaluationId: id });
      }
    }),
  });
  registerCommand({
    id: 'evaluation.lock',
    title: 'command.lockEvaluation',
    category: 'category.evaluation',
    when: hasEvaluation,
    run: withEvaluation(async (id) => {
      await call(client().call('evaluation.lock', { evaluationId: id }));
    }),
  });
  registerCommand({
    id: 'evaluation.unlock',
    title: 'command.unlockEvaluation',
    category: 'category.evaluation',
    when: hasEvaluation,
    run: withEvaluation((id) =>
      wb().setQuickInput({
        mode: 'prompt',
        title: t('unlock.reason.title', { title: evaluationTitle(id) }),
        initial: '',
        accept: async (reason) => {
          const result = await client().call('evaluation.unlock', { evaluationId: id, reason });
          return result.ok ? null : messageOf(result.error);
        },
      }),
    ),
  });
  registerCommand({
    id: 'evaluation.minutes',
    title: 'command.openMinutes',
    category: 'category.evaluation',
    when: hasEvaluation,
    run: withEvaluation((id) => void wb().openEditor({ kind: 'minutes', evaluationId: id })),
  });
}
