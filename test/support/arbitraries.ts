// fast-check arbitraries built from the contract's zod schemas: mostly values of the right shape
// (so calls get past validation and reach handlers: ids 1…6 that exist, dates in range, paths
// inside a sandbox), mixed with hostile values (NUL bytes, far dates, prototype keys, wrong types,
// extra fields). One generator for every call, so a new call is fuzzed without a line of test.
import fc from 'fast-check';
import type { z } from 'zod';
import { filePath } from '../../shared/contract/schemas.ts';

export interface FuzzOptions {
  /** Absolute folder that generated file paths point into (never the project or the home folder). */
  readonly sandbox: string;
  /** False: only values of the right shape (to find an input a call accepts). Default true. */
  readonly hostile?: boolean;
}

type AnySchema = z.core.$ZodType & {
  _zod: { def: Record<string, unknown> & { type: string } };
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
  minLength?: number | null;
  maxLength?: number | null;
  format?: string | null;
  options?: readonly unknown[];
};

const hostileStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m',
  '../../../etc/passwd',
  '%00',
  '%',
  '<script>alert(1)</script>',
  "'; drop table cluster; --",
  '"*',
  'NEAR(a b)',
  'ä'.repeat(250),
  '\uD800',
  '9999-12-31',
  '10000-01-01',
  '2026-02-31',
  '0000-00-00',
  '1e309',
  'NaN',
  '__proto__',
  'constructor',
  'toString',
];

const hostileNumbers = [
  0,
  -1,
  1,
  2,
  2 ** 31,
  2 ** 53,
  -(2 ** 53),
  1e308,
  -0,
  0.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
];

/** Any JSON-ish value, including prototype-polluting keys and deep nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...hostileStrings, ...hostileNumbers, null, true, false, [], {}),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}')),
  fc.integer({ min: 1, max: 400 }).map((depth) => {
    let value: unknown = 1;
    for (let i = 0; i < depth; i++) value = [value];
    return value;
  }),
  fc.anything({ maxDepth: 3, maxKeys: 4 }),
);

const isoDates = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const nearDates = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function sandboxPaths(sandbox: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc
      .stringMatching(/^[a-zA-Z0-9 äöü._-]{1,24}$/)
      .map((name) => `${sandbox}/${name}${name.length % 3 === 0 ? '.clusterpilot' : ''}`),
    fc.constantFrom(
      `${sandbox}/x\u0000.clusterpilot`,
      `${sandbox}/../outside.clusterpilot`,
      `${sandbox}/missing-folder/x.clusterpilot`,
      `${sandbox}`,
      `${sandbox}/`,
      '/dev/null',
      '/proc/self/mem',
      '/',
      'relative.clusterpilot',
      `${sandbox}/${'n'.repeat(990)}`,
      `${sandbox}/${'n'.repeat(300)}.clusterpilot`,
    ),
  );
}

/** A small CSV or spreadsheet-like file, base64-encoded, sometimes valid, sometimes garbage. */
const fileContents = fc.oneof(
  fc
    .constantFrom(
      'Indikator;Datum;Wert\nMitglieder;31.12.2025;12\n',
      'indicator,date,value\nMembers,2025-12-31,12.5\n',
      'Indikator;Datum;Wert\nMitglieder;31.02.2025;abc\n',
      '',
      '\u0000\u0001\u0002',
    )
    .map((text) => Buffer.from(text, 'utf8').toString('base64')),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('base64')),
  fc.string({ maxLength: 40 }),
);

/** An arbitrary for one schema (`key` is the field it fills, for fields that need care). */
export function arbitraryFor(
  schema: unknown,
  options: FuzzOptions,
  key = '',
  depth = 0,
): fc.Arbitrary<unknown> {
  const shaped = shapedFor(schema as AnySchema, options, key, depth);
  if (options.hostile === false || depth > 5) return shaped;
  return fc.oneof({ arbitrary: shaped, weight: 12 }, { arbitrary: hostileValue, weight: 1 });
}

function shapedFor(
  schema: AnySchema,
  options: FuzzOptions,
  key: string,
  depth: number,
): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  const inner = (s: unknown, k = key) => arbitraryFor(s, options, k, depth + 1);
  const friendly = options.hostile === false;
  if ((schema as unknown) === filePath || key === 'path' || key === 'file') {
    if (friendly)
      return fc.stringMatching(/^[a-z0-9]{1,12}$/).map((name) => `${options.sandbox}/${name}.clusterpilot`);
    return fc.oneof(sandboxPaths(options.sandbox), fc.constantFrom(...hostileStrings));
  }
  switch (def.type) {
    case 'string': {
      if (key === 'content') return fileContents;
      if (schema.format === 'date')
        return friendly
          ? nearDates
          : fc.oneof(nearDates, nearDates, isoDates, fc.constantFrom(...hostileStrings));
      if (schema.format === 'datetime')
        return fc
          .date({
            noInvalidDate: true,
            ...(friendly
              ? { min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z') }
              : {}),
          })
          .map((d) => d.toISOString());
      const max = Math.min(schema.maxLength ?? 60, 60);
      if (friendly)
        return fc
          .stringMatching(/^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß0-9 ]{0,20}$/)
          .map((s) => s.slice(0, max).trim() || 'x');
      return fc.oneof(
        {
          arbitrary: fc.string({ minLength: Math.min(schema.minLength ?? 0, max), maxLength: max }),
          weight: 6,
        },
        { arbitrary: fc.constantFrom(...hostileStrings), weight: 2 },
        { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 1 },
        { arbitrary: fc.constant('x'.repeat((schema.maxLength ?? 200) + 1)), weight: 1 },
      );
    }
    case 'number': {
      const min = schema.minValue ?? -1e6;
      const max = schema.maxValue ?? 1e6;
      const small = Math.max(min, Number.MIN_SAFE_INTEGER);
      if (schema.isInt) {
        if (friendly)
          return fc.integer({
            min: Math.max(small, 1),
            max: Math.max(Math.max(small, 1), Math.min(max, 12)),
          });
        return fc.oneof(
          {
            arbitrary: fc.integer({
              min: Math.max(small, 1),
              max: Math.max(Math.max(small, 1), Math.min(max, 6)),
            }),
            weight: 6,
          },
          { arbitrary: fc.integer({ min: Math.max(small, -1e9), max: Math.min(max, 1e9) }), weight: 2 },
          { arbitrary: fc.constantFrom(...hostileNumbers), weight: 1 },
        );
      }
      if (friendly)
        return fc.integer({ min: Math.max(Math.ceil(min), 0), max: Math.min(Math.floor(max), 1000) });
      return fc.oneof(
        {
          arbitrary: fc.double({ min: Math.max(min, -1e9), max: Math.min(max, 1e9), noNaN: true }),
          weight: 6,
        },
        { arbitrary: fc.constantFrom(...hostileNumbers), weight: 1 },
      );
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...(schema.options ?? Object.values(def.entries as object)));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'array':
      return fc.array(inner(def.element), { maxLength: 4 });
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const required = Object.keys(shape).filter((k) => !isOptional(shape[k]));
      const record = fc.record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, inner(v, k)])), {
        requiredKeys: required,
      });
      if (friendly) return record;
      return fc.oneof(
        { arbitrary: record, weight: 8 },
        // An extra field, or one required field left out.
        { arbitrary: record.map((r) => ({ ...r, unexpected: 1 })), weight: 1 },
        {
          arbitrary: record.map((r) => {
            const copy: Record<string, unknown> = { ...r };
            if (required[0]) delete copy[required[0]];
            return copy;
          }),
          weight: 1,
        },
      );
    }
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null, freq: 3 });
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return inner(def.innerType);
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((o) => inner(o)));
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 10 }), inner(def.valueType), { maxKeys: 3 });
    case 'pipe':
      return inner(def.in);
    case 'lazy':
      return depth > 4 ? fc.constant(null) : inner((def.getter as () => unknown)());
    case 'null':
      return fc.constant(null);
    default:
      return hostileValue;
  }
}

function isOptional(schema: unknown): boolean {
  const type = (schema as AnySchema)._zod.def.type;
  return type === 'optional' || type === 'default' || type === 'prefault';
}
