// Saving values that may lie in a locked evaluation period: the backend refuses them without a
// reason; the user is asked for one (the audit trail keeps it) and the save is made again with
// it. Dismissing the question leaves the refusal, and nothing is written.
import type { CallInput, CallOutput } from '../../shared/contract/contract.ts';
import type { Result } from '../../shared/contract/result.ts';
import { describeError, firstMessage } from '../i18n/errors.ts';
import { t } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { useWorkbench } from '../stores/workbench.ts';

type Save = CallInput<'measurements.save'>;

export async function saveMeasurementsAskingReason(
  input: Save,
): Promise<Result<CallOutput<'measurements.save'>>> {
  const first = await client().call('measurements.save', input);
  if (first.ok || first.error.kind !== 'conflict' || first.error.code !== 'lockedPeriod') return first;
  const title = String(first.error.params?.title ?? '');
  return new Promise((resolve) => {
    useWorkbench.getState().setQuickInput({
      mode: 'prompt',
      title: t('lock.reason.title', { title }),
      initial: '',
      accept: async (reason) => {
        if (!reason.trim()) return t('error.validation.required', { field: t('field.reason') });
        const again = await client().call('measurements.save', { ...input, reason });
        if (again.ok) {
          resolve(again);
          return null;
        }
        return firstMessage(describeError(again.error, t, {}));
      },
      cancel: () => resolve(first),
    });
  });
}
