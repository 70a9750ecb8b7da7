// The answer shape of every contract call. Calls return results instead of throwing across the
// transport: Electron's ipcMain.handle would pass only an error's message, and the HTTP host only
// JSON. Everything here is JSON-safe.

/** One problem with one field of a call's input. `path` locates the field (e.g. ['name']). */
export interface ValidationIssue {
  readonly path: readonly (string | number)[];
  /** A stable code the renderer translates, e.g. 'required' or 'tooLong'. */
  readonly code: ValidationCode;
  /** Values the translated message may show, e.g. { max: 120 }. */
  readonly params?: Readonly<Record<string, string | number>>;
}

export type ValidationCode =
  | 'required'
  | 'invalidType'
  | 'tooShort'
  | 'tooLong'
  | 'tooSmall'
  | 'tooBig'
  | 'invalidFormat'
  | 'invalidValue'
  | 'unknownField'
  | 'duplicate'
  | 'unknownReference'
  | 'inconsistent'
  | 'notANumber'
  | 'outsidePeriod'
  | 'dateRange'
  | 'colour'
  | 'absolutePath';

export type ApiError =
  | { readonly kind: 'validation'; readonly issues: readonly ValidationIssue[] }
  | { readonly kind: 'notFound'; readonly entity: string; readonly id: string | number }
  | {
      readonly kind: 'conflict';
      readonly code: string;
      readonly path?: readonly (string | number)[];
      readonly params?: Readonly<Record<string, string | number>>;
    }
  | { readonly kind: 'forbidden'; readonly reason: string }
  | { readonly kind: 'internal'; readonly message: string };

export type Result<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly error: ApiError };

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function fail(error: ApiError): Result<never> {
  return { ok: false, error };
}

/**
 * Thrown inside the backend to end a call with a typed error; the backend turns it into a
 * failed result and rolls back the call's transaction. Never crosses a transport.
 */
export class ApiFailure extends Error {
  readonly error: ApiError;
  constructor(error: ApiError) {
    super(`${error.kind}`);
    this.name = 'ApiFailure';
    this.error = error;
  }
}

/** Where an error belongs in a form: the issues for one field path, joined with dots. */
export function issuesByField(error: ApiError): Map<string, ValidationIssue[]> {
  const byField = new Map<string, ValidationIssue[]>();
  const add = (issue: ValidationIssue) => {
    const key = issue.path.join('.');
    byField.set(key, [...(byField.get(key) ?? []), issue]);
  };
  if (error.kind === 'validation') {
    for (const issue of error.issues) add(issue);
  } else if (error.kind === 'conflict' && error.path) {
    add({ path: error.path, code: 'duplicate', ...(error.params ? { params: error.params } : {}) });
  }
  return byField;
}
