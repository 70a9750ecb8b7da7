// What a transport carries for one call: a call name and an input. Both transports check the
// envelope before anything reads it (a name that is an object with a throwing toString must not
// reach string code), and both refuse a call above one size limit (limits.ts), with the same
// typed answer: the HTTP host counts the body's bytes, the IPC binding the input's JSON size.
import { z } from 'zod';
import { fail, type Result } from './result.ts';
import { toValidationIssues } from './validation.ts';

// The limits live apart, so the web host checks sizes without loading Zod.
export { MAX_CALL_BYTES, MAX_IMPORT_BASE64_CHARS, MAX_IMPORT_FILE_BYTES, tooLargeError } from './limits.ts';

export const callEnvelope = z.strictObject({
  name: z.string().min(1).max(100),
  input: z.unknown().optional(),
});
export type CallEnvelope = z.infer<typeof callEnvelope>;

/**
 * The size of `value` as JSON text, counted without building the text, and stopping as soon as
 * it exceeds `limit` (so a huge input costs no more than the limit to measure). Strings count
 * their UTF-16 length, close enough to bytes for a limit of tens of megabytes.
 */
export function jsonSizeAtMost(value: unknown, limit: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0 && size <= limit) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 2;
    else if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) size += 8;
    else if (typeof v === 'object') {
      if (seen.has(v)) continue;
      seen.add(v);
      if (Array.isArray(v)) {
        size += 2 + v.length;
        for (const item of v) stack.push(item);
      } else {
        for (const [key, item] of Object.entries(v)) {
          size += key.length + 4;
          stack.push(item);
        }
      }
    } else size += 8;
  }
  return size;
}

/** A call as JSON text, read and checked: the envelope, or the answer to refuse it with. */
export type ReadEnvelope =
  | { readonly ok: true; readonly envelope: CallEnvelope }
  | { readonly ok: false; readonly status: 400; readonly result: Result<never> };

/**
 * Reads a call's JSON text (the web host's request body). Malformed JSON, and envelopes that
 * are not a name and an input, are refused with a typed validation error.
 */
export function readEnvelope(text: string): ReadEnvelope {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      ok: false,
      status: 400,
      result: fail({ kind: 'validation', issues: [{ path: [], code: 'invalidFormat' }] }),
    };
  }
  const envelope = callEnvelope.safeParse(parsed);
  if (!envelope.success)
    return {
      ok: false,
      status: 400,
      result: fail({ kind: 'validation', issues: toValidationIssues(envelope.error.issues, parsed) }),
    };
  return { ok: true, envelope: envelope.data };
}
