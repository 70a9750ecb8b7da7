// The model the Word and Excel writers read: control characters that XML 1.0 forbids are dropped
// from every string (line breaks and tabs stay), the model handed in is left as it was, and the
// parts that need no change are the same objects (a large report is not copied).
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../shared/report/model.ts';
import { fixtureModel } from './fixture-model.ts';
import { printableModel } from './printable.ts';

describe('printableModel', () => {
  it('returns a clean model as it is', () => {
    const model = fixtureModel('de');
    expect(printableModel(model)).toBe(model);
  });

  it('drops the control characters, copying only the path to them', () => {
    const model = fixtureModel('en');
    const [first, second] = model.sections;
    const dirty = {
      ...model,
      meta: { ...model.meta, title: 'Re\u0007port\u000c 2025' },
      sections: [{ ...first!, title: 'Sum\u0000mary\tand\nmore' }, second!, ...model.sections.slice(2)],
    } as ReportModel;
    const before = JSON.stringify(dirty);
    const clean = printableModel(dirty);
    expect(clean.meta.title).toBe('Report 2025');
    expect(clean.sections[0]!.title).toBe('Summary\tand\nmore');
    expect(JSON.stringify(dirty)).toBe(before);
    expect(clean.sections[0]!.blocks).toBe(first!.blocks);
    expect(clean.sections[1]).toBe(second);
    expect(clean.cover).toBe(model.cover);
  });
});
