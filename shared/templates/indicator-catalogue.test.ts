import { describe, expect, it } from 'vitest';
import { createSchema } from '../contract/entities.ts';
import { entityIssues } from '../contract/entity-rules.ts';
import { indicatorCatalogue } from './indicator-catalogue.ts';

describe('indicator catalogue', () => {
  it('has at least 30 indicators with unique keys and names in both languages', () => {
    expect(indicatorCatalogue.length).toBeGreaterThanOrEqual(30);
    expect(new Set(indicatorCatalogue.map((i) => i.key)).size).toBe(indicatorCatalogue.length);
    for (const language of ['de', 'en'] as const) {
      expect(new Set(indicatorCatalogue.map((i) => i.name[language].toLowerCase())).size).toBe(
        indicatorCatalogue.length,
      );
    }
  });

  it.each(indicatorCatalogue.map((i) => [i.key, i] as const))(
    '%s is a valid indicator in German and English',
    (_key, entry) => {
      for (const language of ['de', 'en'] as const) {
        const input = {
          clusterId: 1,
          name: entry.name[language],
          definition: entry.definition[language],
          unit: entry.unit[language],
          kind: entry.kind,
          direction: entry.direction,
          aggregation: entry.aggregation,
          frequency: entry.frequency,
          ...(entry.direction === 'band' ? { bandLow: 0, bandHigh: 100 } : {}),
          derived: entry.derived ?? null,
        };
        const parsed = createSchema('indicator').safeParse(input);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        expect(entityIssues('indicator', input)).toEqual([]);
        expect(entry.definition[language].length).toBeGreaterThan(10);
      }
    },
  );
});
