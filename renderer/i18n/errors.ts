// Turns a contract error into messages in the current language: one per form field (shown next
// to that field) and a general one for errors that belong to no field.
import { type ApiError, issuesByField } from '../../shared/contract/result.ts';
import { en } from '../../shared/i18n/en.ts';
import type { MessageKey } from '../../shared/i18n/i18n.ts';
import { type Translate, t } from './useT.ts';

export interface DescribedError {
  readonly fields: ReadonlyMap<string, string>;
  readonly general: string | null;
}

export function describeError(
  error: ApiError,
  translate: Translate,
  fieldLabels: Readonly<Record<string, MessageKey>>,
): DescribedError {
  const fields = new Map<string, string>();
  const fileLevel = error.kind === 'conflict' && error.code !== 'duplicate';
  for (const [path, issues] of fileLevel ? [] : issuesByField(error)) {
    const labelKey = fieldLabels[path];
    const field = labelKey ? translate(labelKey) : path || translate('error.field.generic');
    fields.set(
      path,
      issues
        .map((issue) => translate(`error.validation.${issue.code}`, { field, ...issue.params }))
        .join(' '),
    );
  }
  let general: string | null = null;
  if (fields.size === 0) {
    switch (error.kind) {
      case 'notFound':
        general = translate('error.notFound', { entity: error.entity });
        break;
      case 'conflict': {
        const key = `workspace.error.${error.code.replace(/^open\./, '')}`;
        general = Object.hasOwn(en, key)
          ? translate(key as MessageKey, { value: '', ...error.params })
          : translate('error.conflict');
        break;
      }
      case 'forbidden':
        general =
          error.reason === 'readOnly' ? translate('workspace.error.readOnly') : translate('error.forbidden');
        break;
      case 'internal':
        general = translate('error.internal', { message: error.message });
        break;
      case 'validation':
        general = translate('error.validation.invalidValue', { field: translate('error.field.generic') });
        break;
    }
  }
  return { fields, general };
}

/** An error in one sentence of the current language (a notification). */
export function messageOf(error: ApiError): string {
  return firstMessage(describeError(error, t, {}));
}

/** The first message of a described error, for single-input prompts. */
export function firstMessage(described: DescribedError): string {
  return described.fields.values().next().value ?? described.general ?? '';
}
