import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzyFilter, fuzzyMatch } from './fuzzy.ts';

describe('fuzzyMatch', () => {
  it.each([
    ['ncl', 'Cluster: New Cluster…', true],
    ['tgpan', 'View: Toggle Panel', true],
    ['photo', 'Photonik Berlin-Brandenburg', true],
    ['bb', 'Photonik Berlin-Brandenburg', true],
    ['xyz', 'Photonik Berlin-Brandenburg', false],
    ['panelx', 'Toggle Panel', false],
    ['uber', 'Über uns', true],
    ['Über', 'uber alles', true],
    ['', 'anything', true],
  ])('%s in %s: %s', (query, target, expected) => {
    expect(fuzzyMatch(query, target) !== null).toBe(expected);
  });

  it('reports the positions of the matched characters', () => {
    expect(fuzzyMatch('tp', 'Toggle Panel')?.positions).toEqual([0, 7]);
  });

  it('ranks word starts and runs above scattered matches', () => {
    const ranked = fuzzyFilter('pan', ['Expand all', 'Toggle Panel', 'Open Activity'], (s) => s).map(
      (r) => r.item,
    );
    expect(ranked[0]).toBe('Toggle Panel');
  });

  it('ranks a whole-word match above scattered word starts', () => {
    const ranked = fuzzyFilter(
      'members',
      ['Member satisfaction', 'Membership fees', 'Members', 'SME share of company members'],
      (s) => s,
    );
    expect(ranked.map((r) => r.item).slice(0, 2)).toEqual(['Members', 'Membership fees']);
  });

  it('keeps the original order for an empty query', () => {
    expect(fuzzyFilter('', ['b', 'a', 'c'], (s) => s).map((r) => r.item)).toEqual(['b', 'a', 'c']);
  });

  it('matches every target against itself and any subsequence of it', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), fc.array(fc.boolean()), (target, keep) => {
        const subsequence = [...target].filter((_, i) => keep[i] ?? true).join('');
        expect(fuzzyMatch(target, target)).not.toBeNull();
        expect(fuzzyMatch(subsequence, target)).not.toBeNull();
      }),
    );
  });
});
