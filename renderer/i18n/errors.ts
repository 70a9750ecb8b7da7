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

/**
 * A refusal of a call that saves a list ("targets.save" and the like answer with paths such as
 * ['targets', 2, 'date']): the row it is about (null when it is about no row) and the error as if
 * that row alone had been saved, for describeError with the row's field names.
 */
export function rowRefusal(error: ApiError): { readonly row: number | null; readonly error: ApiError } {
  const path =
    error.kind === 'conflict' ? error.path : error.kind === 'validation' ? error.issues[0]?.path : undefined;
  const row = typeof path?.[1] === 'number' ? path[1] : null;
  if (row === null) return { row, error };
  if (error.kind === 'conflict') return { row, error: { ...error, path: error.path?.slice(2) } };
  if (error.kind === 'validation')
    return { row, error: { ...error, issues: error.issues.map((x) => ({ ...x, path: x.path.slice(2) })) } };
  return { row, error };
}

/** A refusal about a part of a call's input (its path starts with `part`), as if that part alone had been sent; null when it is about something else. */
export function partRefusal(error: ApiError, part: string): ApiError | null {
  if (error.kind === 'conflict')
    return error.path?.[0] === part ? { ...error, path: error.path.slice(1) } : null;
  if (error.kind === 'validation') {
    const issues = error.issues.filter((x) => x.path[0] === part);
    return issues.length > 0
      ? { ...error, issues: issues.map((x) => ({ ...x, path: x.path.slice(1) })) }
      : null;
  }
  return null;
}
