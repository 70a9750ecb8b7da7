import { describe, expect, it } from 'vitest';
import { breakPointSentence, type SentenceCondition } from './break-point-sentence.ts';

const share = { name: 'Privater Finanzierungsanteil', unit: '%' };
const members = { name: 'Mitglieder', unit: 'Mitglieder' };
const rule = { kind: 'rule' as const, checkDate: '2028-12-31', criterion: '', consequence: 'reduce_funding' };

describe('break-point sentence', () => {
  it.each([
    [
      'de',
      [{ id: 1, parentId: null, node: 'compare', indicator: share, comparator: 'ge', threshold: 40 }],
      'Wenn am 31.12.2028 der Indikator „Privater Finanzierungsanteil“ unter 40 % liegt, wird die öffentliche Förderung gekürzt.',
    ],
    [
      'en',
      [
        {
          id: 1,
          parentId: null,
          node: 'compare',
          indicator: { name: 'Private co-funding share', unit: '%' },
          comparator: 'ge',
          threshold: 40,
        },
      ],
      'If on 12/31/2028 the indicator “Private co-funding share” is below 40 %, public funding is reduced.',
    ],
    [
      'de',
      [
        { id: 1, parentId: null, node: 'all' },
        { id: 2, parentId: 1, node: 'compare', indicator: share, comparator: 'ge', threshold: 40.5 },
        { id: 3, parentId: 1, node: 'compare', indicator: members, comparator: 'gt', threshold: 1000 },
      ],
      'Wenn am 31.12.2028 der Indikator „Privater Finanzierungsanteil“ unter 40,5 % liegt oder der Indikator „Mitglieder“ höchstens bei 1.000 Mitglieder liegt, wird die öffentliche Förderung gekürzt.',
    ],
    [
      'en',
      [
        { id: 1, parentId: null, node: 'any' },
        {
          id: 2,
          parentId: 1,
          node: 'compare',
          indicator: { name: 'Members', unit: '' },
          comparator: 'le',
          threshold: 60,
        },
        {
          id: 3,
          parentId: 1,
          node: 'compare',
          indicator: { name: 'Vacancies', unit: '' },
          comparator: 'lt',
          threshold: 70,
        },
      ],
      'If on 12/31/2028 the indicator “Members” is above 60 and the indicator “Vacancies” is at least 70, public funding is reduced.',
    ],
  ] as const)('%s: %s', (language, conditions, expected) => {
    expect(breakPointSentence(language, rule, conditions as readonly SentenceCondition[])).toBe(expected);
  });

  it('says when the rule is incomplete', () => {
    expect(breakPointSentence('en', rule, [])).toBe('The rule is not complete yet.');
    expect(
      breakPointSentence('de', rule, [
        { id: 1, parentId: null, node: 'compare', indicator: share, comparator: 'ge', threshold: null },
      ]),
    ).toBe('Die Regel ist noch nicht vollständig.');
  });

  it('words qualitative criteria and a missing consequence', () => {
    expect(
      breakPointSentence(
        'en',
        {
          kind: 'qualitative',
          checkDate: '2027-11-30',
          criterion: 'members see a clear benefit',
          consequence: null,
        },
        [],
      ),
    ).toBe(
      'If on 11/30/2027 it is judged that “members see a clear benefit” does not hold, the consequence is still to be decided.',
    );
    expect(
      breakPointSentence(
        'de',
        {
          kind: 'qualitative',
          checkDate: '2027-11-30',
          criterion: 'die Mitglieder einen klaren Nutzen sehen',
          consequence: 'wind_down',
        },
        [],
      ),
    ).toBe(
      'Wenn am 30.11.2027 festgestellt wird, dass „die Mitglieder einen klaren Nutzen sehen“ nicht zutrifft, wird das Clustermanagement beendet.',
    );
  });
});
