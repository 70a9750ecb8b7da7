// Maps zod's issues onto the contract's small, translatable set of validation codes, so the
// renderer can say "Name: at most 120 characters" in German or English without knowing zod.
import type { z } from 'zod';
import type { ValidationCode, ValidationIssue } from './result.ts';

type ZodIssue = z.core.$ZodIssue;

/** `input` is the value that was validated: a missing field is "required", not "wrong type". */
export function toValidationIssues(issues: readonly ZodIssue[], input: unknown): ValidationIssue[] {
  return issues.flatMap((issue) => mapIssue(issue, input));
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function mapIssue(issue: ZodIssue, input: unknown): ValidationIssue[] {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const make = (code: ValidationCode, params?: Record<string, string | number>): ValidationIssue =>
    params ? { path, code, params } : { path, code };
  switch (issue.code) {
    case 'invalid_type': {
      const missing = valueAt(input, issue.path) === undefined;
      return [make(missing ? 'required' : 'invalidType', { expected: String(issue.expected) })];
    }
    case 'too_small':
      if (issue.origin === 'string') {
        return [make(Number(issue.minimum) <= 1 ? 'required' : 'tooShort', { min: Number(issue.minimum) })];
      }
      return [make('tooSmall', { min: Number(issue.minimum) })];
    case 'too_big':
      return [make(issue.origin === 'string' ? 'tooLong' : 'tooBig', { max: Number(issue.maximum) })];
    case 'invalid_format':
      return [make('invalidFormat', { format: issue.format })];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], code: 'unknownField' as const }));
    case 'custom': {
      const code = (issue.params?.code as ValidationCode | undefined) ?? 'invalidValue';
      return [make(code)];
    }
    default:
      return [make('invalidValue')];
  }
}
