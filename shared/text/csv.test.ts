import { describe, expect, it } from 'vitest';
import { parseCsv, toDelimited } from './csv.ts';

describe('delimited text', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks', () => {
    expect(parseCsv('a;"b;c";"say ""hi"""\r\n"two\nlines";x;\n\n', ';')).toEqual([
      ['a', 'b;c', 'say "hi"'],
      ['two\nlines', 'x', ''],
    ]);
  });

  it('reads a range copied from a spreadsheet (tabs, no trailing line break)', () => {
    expect(parseCsv('31.12.2026\t1.234,5\n30.09.2026\t7', '\t')).toEqual([
      ['31.12.2026', '1.234,5'],
      ['30.09.2026', '7'],
    ]);
  });

  it('writes what it reads', () => {
    const rows = [
      ['plain', 'tab\there', 'quote "x"'],
      ['line\nbreak', '', '1,5'],
    ];
    expect(parseCsv(toDelimited(rows), '\t')).toEqual(rows);
  });
});
