import { describe, expect, it } from 'vitest';
import type { ActorFact, CommitmentFact } from '../contract/resources.ts';
import { committedMembers, isCompany, listingReadiness } from './readiness.ts';

const date = '2026-06-30';
let nextId = 1;
const actor = (patch: Partial<ActorFact> = {}): ActorFact => ({
  id: nextId++,
  actorGroup: 'business',
  subtype: 'supplier',
  size: 'sme',
  memberSince: '2024-01-01',
  memberUntil: null,
  ...patch,
});
const commit = (actorId: number, patch: Partial<CommitmentFact> = {}): CommitmentFact => ({
  actorId,
  strategyId: 1,
  kind: 'money',
  endorsedOn: '2025-01-10',
  startOn: null,
  endOn: null,
  ...patch,
});

/** `companies` companies and `others` research actors, all members with a commitment. */
function network(companies: number, others: number) {
  const actors = [
    ...Array.from({ length: companies }, () => actor()),
    ...Array.from({ length: others }, () =>
      actor({ actorGroup: 'research', subtype: 'university', size: null }),
    ),
  ];
  return { actors, commitments: actors.map((a) => commit(a.id)) };
}
const staff = (fte: number) => [{ role: 'Manager', fte, startOn: '2025-01-01', endOn: null }];
const eventsInYear = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ date: `2026-0${1 + (i % 6)}-01` }));

describe('committed members', () => {
  it.each([
    ['a member with a commitment', {}, {}, true],
    ['not yet a member', { memberSince: '2026-07-01' }, {}, false],
    ['never a member (member since empty)', { memberSince: null }, {}, false],
    ['left before the date', { memberUntil: '2026-06-01' }, {}, false],
    ['leaves on the date (gone that day)', { memberUntil: date }, {}, false],
    ['leaves after the date', { memberUntil: '2026-12-31' }, {}, true],
    ['endorsed after the date', {}, { endorsedOn: '2026-07-01' }, false],
    ['commitment ended before the date', {}, { endOn: '2026-01-01' }, false],
    ['commitment ends on the date', {}, { endOn: date }, true],
  ] as const)('%s: %s', (_name, actorPatch, commitmentPatch, expected) => {
    const a = actor(actorPatch);
    expect(committedMembers([a], [commit(a.id, commitmentPatch)], date)).toHaveLength(expected ? 1 : 0);
  });

  it('a member without a commitment is not committed', () => {
    expect(committedMembers([actor()], [], date)).toEqual([]);
  });

  it.each([
    ['business', 'end_producer', true],
    ['business', 'supplier', true],
    ['business', 'service_provider', true],
    ['business', 'chamber', false],
    ['business', 'bank', false],
    ['research', 'university', false],
  ] as const)('%s/%s is a company: %s', (actorGroup, subtype, expected) => {
    expect(isCompany({ actorGroup, subtype })).toBe(expected);
  });
});

describe('listing readiness', () => {
  const criteria = (
    companies: number,
    others: number,
    fte: number,
    events: number,
  ): Record<string, { value: number; met: boolean; missing: number }> => {
    const { actors, commitments } = network(companies, others);
    const result = listingReadiness(
      { staff: staff(fte), actors, commitments, events: eventsInYear(events) },
      date,
    );
    return Object.fromEntries(
      result.flatMap((l) =>
        l.criteria.map((c) => [`${l.listing}.${c.key}`, { value: c.value, met: c.met, missing: c.missing }]),
      ),
    );
  };

  it.each([
    ['ECCP FTE: 0.5 is enough', [8, 8, 0.5, 3], 'eccp.managementFte', { value: 0.5, met: true, missing: 0 }],
    [
      'ECCP FTE: 0.4 misses 0.1',
      [8, 8, 0.4, 3],
      'eccp.managementFte',
      { value: 0.4, met: false, missing: 0.1 },
    ],
    [
      'ECCP members: 15 are enough',
      [8, 7, 1, 3],
      'eccp.committedMembers',
      { value: 15, met: true, missing: 0 },
    ],
    [
      'ECCP members: 14 miss one',
      [7, 7, 1, 3],
      'eccp.committedMembers',
      { value: 14, met: false, missing: 1 },
    ],
    [
      'ECCP types: business and research',
      [8, 8, 1, 3],
      'eccp.memberTypes',
      { value: 2, met: true, missing: 0 },
    ],
    ['ECCP types: only companies', [16, 0, 1, 3], 'eccp.memberTypes', { value: 1, met: false, missing: 1 }],
    ['BW partners: 12', [6, 6, 1, 3], 'bw.committedPartners', { value: 12, met: true, missing: 0 }],
    ['BW partners: 11 miss one', [6, 5, 1, 3], 'bw.committedPartners', { value: 11, met: false, missing: 1 }],
    ['BW companies: half', [6, 6, 1, 3], 'bw.companyShare', { value: 5000, met: true, missing: 0 }],
    [
      'BW companies: 40 % is about half',
      [4, 6, 1, 3],
      'bw.companyShare',
      { value: 4000, met: true, missing: 0 },
    ],
    // 3 of 12: (3 + k) / (12 + k) ≥ 0.4 needs k = 3
    [
      'BW companies: 25 % misses three companies',
      [3, 9, 1, 3],
      'bw.companyShare',
      { value: 2500, met: false, missing: 3 },
    ],
    ['BW activities: 3 a year', [6, 6, 1, 3], 'bw.activitiesPerYear', { value: 3, met: true, missing: 0 }],
    ['BW activities: 2 miss one', [6, 6, 1, 2], 'bw.activitiesPerYear', { value: 2, met: false, missing: 1 }],
  ] as const)('%s', (_name, [companies, others, fte, events], key, expected) => {
    expect(criteria(companies, others, fte, events)[key]).toEqual(expected);
  });

  it('counts events of the twelve months up to the date only', () => {
    const { actors, commitments } = network(6, 6);
    const events = [
      { date: '2025-06-30' },
      { date: '2025-07-01' },
      { date: '2026-06-30' },
      { date: '2026-07-01' },
    ];
    const [, bw] = listingReadiness({ staff: staff(1), actors, commitments, events }, date);
    expect(bw!.criteria.find((c) => c.key === 'activitiesPerYear')!.value).toBe(2);
  });

  it('is ready only when every criterion is met', () => {
    const { actors, commitments } = network(8, 8);
    expect(
      listingReadiness({ staff: staff(1), actors, commitments, events: eventsInYear(3) }, date).map((l) => [
        l.listing,
        l.ready,
      ]),
    ).toEqual([
      ['eccp', true],
      ['bw', true],
    ]);
    expect(
      listingReadiness({ staff: [], actors, commitments, events: eventsInYear(3) }, date).map((l) => l.ready),
    ).toEqual([false, true]);
  });

  it('an empty cluster misses everything, and says how much', () => {
    const result = listingReadiness({ staff: [], actors: [], commitments: [], events: [] }, date);
    expect(result.flatMap((l) => l.criteria.map((c) => [c.key, c.missing]))).toEqual([
      ['managementFte', 0.5],
      ['committedMembers', 15],
      ['memberTypes', 2],
      ['committedPartners', 12],
      ['companyShare', 5],
      ['activitiesPerYear', 3],
    ]);
  });
});
