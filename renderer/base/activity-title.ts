// How the Activity panel, the undo/redo notices and the Search view name tables and recorded
// actions ("Goal deleted", "Undo: Measurements imported") in the user's language.
import { describeCall } from '../../shared/contract/labels.ts';
import type { AuditBatch } from '../../shared/contract/schemas.ts';
import { en, type MessageKey } from '../../shared/i18n/en.ts';
import type { Translate } from '../i18n/useT.ts';

const isKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

export function tableName(t: Translate, table: string): string {
  const key = `table.${table}`;
  return isKey(key) ? t(key) : table;
}

/** Every table the catalogues name, for filters. */
export const namedTables = Object.keys(en)
  .filter((k) => k.startsWith('table.'))
  .map((k) => k.slice('table.'.length));

export function batchTitle(t: Translate, batch: Pick<AuditBatch, 'label' | 'kind'>): string {
  const described = describeCall(batch.label);
  const systemKey = `activity.system.${batch.label}`;
  const callKey = `activity.call.${batch.label}`;
  const base = described
    ? t(`activity.op.${described.operation}`, { entity: tableName(t, described.table) })
    : isKey(systemKey)
      ? t(systemKey)
      : isKey(callKey)
        ? t(callKey)
        : batch.label;
  return batch.kind === 'edit' || (batch.kind === 'system' && isKey(systemKey))
    ? base
    : t(`activity.${batch.kind}`, { label: base });
}
