// Resources and activities through the contract: the grids' saves (one action, one undo, bad
// rows refused by row and field with nothing written), benchmark sets, the label
// self-assessment, and the generic entity calls' year rule.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResourceFacts } from '../../shared/contract/resources.ts';
import type { ApiError } from '../../shared/contract/result.ts';
import { type Chain, must, seedChain } from '../../test/support/fixtures.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { type Backend, createBackend } from '../backend/backend.ts';

const newDir = tempDirs();
let backend: Backend;
let chain: Chain;
let clusterId: number;

beforeEach(async () => {
  const dir = newDir();
  backend = await createBackend({
    workspacePath: path.join(dir, 'r.clusterpilot'),
    dataDir: dir,
    validateOutputs: true,
    now: () => new Date('2026-11-21T10:00:00Z'),
  });
  chain = await seedChain(backend);
  clusterId = chain.cluster.id;
});
afterEach(() => backend.close());

const facts = () => must<ResourceFacts>(backend, 'resources.facts', { clusterId });
const count = (table: string) =>
  backend.workspace.db.prepare(`select count(*) from ${table}`).pluck().get() as number;
async function refused(name: string, input: unknown): Promise<ApiError> {
  const result = await backend.call(name, input);
  if (result.ok) throw new Error(`${name} was accepted: ${JSON.stringify(result.data)}`);
  return result.error;
}
const issues = (error: ApiError) =>
  error.kind === 'validation' ? error.issues.map((i) => `${i.path.join('.')}:${i.code}`) : [error.kind];
/** Every row of every resource table, to show a refusal wrote nothing. */
const snapshot = () =>
  [
    'staff',
    'funding_source',
    'budget_line',
    'expenditure_line',
    'financing_plan',
    'activity_plan',
    'benchmark_set',
    'benchmark_value',
    'label_indicator',
    'label_assessment',
    'label_result',
    'audit_batch',
  ].map((t) => backend.workspace.db.prepare(`select * from ${t}`).all());

describe('budget', () => {
  const row = (patch: Record<string, unknown> = {}) => ({
    sourceId: null,
    name: 'EFRE',
    category: 'eu',
    plannedCents: 6_000_000,
    actualCents: null,
    ...patch,
  });

  it('creates sources and lines, changes and removes them, each save one undo step', async () => {
    await must(backend, 'resources.saveBudget', {
      clusterId,
      year: 2026,
      rows: [
        row(),
        row({ sourceId: chain.source.id, name: 'Land', category: 'state', plannedCents: 2_000_000 }),
      ],
    });
    let f = await facts();
    const efre = f.fundingSources.find((s) => s.name === 'EFRE')!;
    expect(f.budgetLines.map((l) => [l.fundingSourceId, l.year, l.plannedCents, l.actualCents])).toEqual([
      [chain.source.id, 2026, 2_000_000, null],
      [efre.id, 2026, 6_000_000, null],
    ]);
    // Actuals, a rename, and a line removed (both amounts empty), in one action.
    await must(backend, 'resources.saveBudget', {
      clusterId,
      year: 2026,
      rows: [
        row({ sourceId: efre.id, name: 'EFRE 2021–2027', actualCents: 5_900_000 }),
        row({ sourceId: chain.source.id, name: 'Land', category: 'state', plannedCents: null }),
      ],
    });
    f = await facts();
    expect(f.fundingSources.find((s) => s.id === efre.id)!.name).toBe('EFRE 2021–2027');
    expect(f.budgetLines.map((l) => [l.fundingSourceId, l.actualCents])).toEqual([[efre.id, 5_900_000]]);
    await must(backend, 'history.undo', {});
    f = await facts();
    expect(f.fundingSources.find((s) => s.id === efre.id)!.name).toBe('EFRE');
    expect(f.budgetLines).toHaveLength(2);
  });

  it('enters an actual without a plan as planned 0', async () => {
    await must(backend, 'resources.saveBudget', {
      clusterId,
      year: 2027,
      rows: [row({ name: 'Spende', category: 'private_sponsors', plannedCents: null, actualCents: 50_000 })],
    });
    expect((await facts()).budgetLines[0]).toMatchObject({ plannedCents: 0, actualCents: 50_000 });
  });

  it.each([
    ['a negative amount', { rows: [row({ plannedCents: -1 })] }, ['rows.0.plannedCents:tooSmall']],
    ['a fraction of a cent', { rows: [row({ actualCents: 10.5 })] }, ['rows.0.actualCents:invalidType']],
    ['a year outside the strategy (2026–2030)', { year: 2031, rows: [row()] }, ['year:outsidePeriod']],
    ['a year before it', { year: 2025, rows: [row()] }, ['year:outsidePeriod']],
    ['a source name already in use', { rows: [row({ name: 'land' })] }, ['rows.0.name:duplicate']],
    [
      'the same new source twice',
      { rows: [row(), row({ name: 'efre', plannedCents: 1 })] },
      ['rows.1.name:duplicate'],
    ],
    [
      'the same source twice (a duplicate year)',
      {
        rows: [
          row({ sourceId: 'SOURCE', name: 'Land', category: 'state' }),
          row({ sourceId: 'SOURCE', name: 'Land', category: 'state' }),
        ],
      },
      ['rows.1.name:duplicate'],
    ],
    [
      'a source of another cluster',
      { rows: [row({ sourceId: 9999 })] },
      ['rows.0.sourceId:unknownReference'],
    ],
    ['an empty name', { rows: [row({ name: '  ' })] }, ['rows.0.name:required']],
    ['an unknown kind', { rows: [row({ category: 'lottery' })] }, ['rows.0.category:invalidValue']],
  ])('refuses %s, naming the row, and writes nothing', async (_name, patch, expected) => {
    const before = snapshot();
    // Rows name the seeded source as 'SOURCE' (the table is built before the chain exists).
    const input = JSON.parse(
      JSON.stringify(Object.assign({ clusterId, year: 2026, rows: [row()] }, patch)).replaceAll(
        '"SOURCE"',
        String(chain.source.id),
      ),
    );
    const error = await refused('resources.saveBudget', input);
    expect(issues(error)).toEqual(expected);
    expect(snapshot()).toEqual(before);
  });

  it('marks every bad row at once', async () => {
    const error = await refused('resources.saveBudget', {
      clusterId,
      year: 2026,
      rows: [row({ name: 'Land' }), row({ name: 'Stiftung' }), row({ name: 'Land', plannedCents: 5 })],
    });
    expect(issues(error)).toEqual(['rows.0.name:duplicate', 'rows.2.name:duplicate']);
  });
});

describe('expenditure, financing plan and activity profile', () => {
  it('keeps expenditure by category per year', async () => {
    await must(backend, 'resources.saveExpenditure', {
      clusterId,
      year: 2026,
      rows: [
        { category: 'personnel', plannedCents: 9_000_000, actualCents: 8_800_000 },
        { category: 'travel', plannedCents: 500_000, actualCents: null, note: 'Messe' },
      ],
    });
    await must(backend, 'resources.saveExpenditure', {
      clusterId,
      year: 2026,
      rows: [{ category: 'travel', plannedCents: null, actualCents: null }],
    });
    expect(
      (await facts()).expenditure.map((e) => [e.category, e.year, e.plannedCents, e.actualCents]),
    ).toEqual([['personnel', 2026, 9_000_000, 8_800_000]]);
  });

  it.each([
    [
      'a duplicate category',
      {
        rows: [
          { category: 'travel', plannedCents: 1, actualCents: null },
          { category: 'travel', plannedCents: 2, actualCents: null },
        ],
      },
      ['rows.1.category:duplicate'],
    ],
    [
      'a negative actual',
      { rows: [{ category: 'travel', plannedCents: 1, actualCents: -5 }] },
      ['rows.0.actualCents:tooSmall'],
    ],
    [
      'a year outside the strategy',
      { year: 2040, rows: [{ category: 'travel', plannedCents: 1, actualCents: null }] },
      ['year:outsidePeriod'],
    ],
  ])('refuses expenditure with %s', async (_name, patch, expected) => {
    const before = snapshot();
    const error = await refused('resources.saveExpenditure', Object.assign({ clusterId, year: 2026 }, patch));
    expect(issues(error)).toEqual(expected);
    expect(snapshot()).toEqual(before);
  });

  it('keeps the planned public share per year', async () => {
    await must(backend, 'resources.savePlan', {
      clusterId,
      rows: [
        { year: 2026, publicShareBp: 8000 },
        { year: 2027, publicShareBp: 7000 },
      ],
    });
    await must(backend, 'resources.savePlan', { clusterId, rows: [{ year: 2026, publicShareBp: null }] });
    expect((await facts()).financingPlan.map((p) => [p.year, p.publicShareBp])).toEqual([[2027, 7000]]);
  });

  it.each([
    ['a share above 100 %', [{ year: 2026, publicShareBp: 10_001 }], ['rows.0.publicShareBp:tooBig']],
    ['a negative share', [{ year: 2026, publicShareBp: -1 }], ['rows.0.publicShareBp:tooSmall']],
    ['a year outside the strategy', [{ year: 2025, publicShareBp: 5000 }], ['rows.0.year:outsidePeriod']],
    [
      'a duplicate year',
      [
        { year: 2026, publicShareBp: 5000 },
        { year: 2026, publicShareBp: 4000 },
      ],
      ['rows.1.year:duplicate'],
    ],
  ])('refuses a plan with %s', async (_name, rows, expected) => {
    const before = snapshot();
    expect(issues(await refused('resources.savePlan', { clusterId, rows }))).toEqual(expected);
    expect(snapshot()).toEqual(before);
  });

  it('keeps planned and actual intensity per field and year', async () => {
    await must(backend, 'resources.saveActivity', {
      clusterId,
      year: 2026,
      rows: [{ fieldOfActionId: chain.foa.id, plannedIntensity: 5, actualIntensity: 4 }],
    });
    expect((await facts()).activityPlan).toMatchObject([
      { fieldOfActionId: chain.foa.id, year: 2026, plannedIntensity: 5, actualIntensity: 4 },
    ]);
  });

  it.each([
    ['an intensity of 6', { plannedIntensity: 6, actualIntensity: null }, ['rows.0.plannedIntensity:tooBig']],
    ['an intensity of 0', { plannedIntensity: 3, actualIntensity: 0 }, ['rows.0.actualIntensity:tooSmall']],
    ['a fraction', { plannedIntensity: 3.5, actualIntensity: null }, ['rows.0.plannedIntensity:invalidType']],
    [
      'an actual without a plan',
      { plannedIntensity: null, actualIntensity: 3 },
      ['rows.0.plannedIntensity:required'],
    ],
  ])('refuses an activity row with %s', async (_name, values, expected) => {
    const before = snapshot();
    const error = await refused('resources.saveActivity', {
      clusterId,
      year: 2026,
      rows: [{ fieldOfActionId: chain.foa.id, ...values }],
    });
    expect(issues(error)).toEqual(expected);
    expect(snapshot()).toEqual(before);
  });

  it('refuses years outside the strategy through the generic entity calls too', async () => {
    for (const [name, input] of [
      ['budgetLines.create', { fundingSourceId: chain.source.id, year: 2031, plannedCents: 1 }],
      ['financingPlans.create', { clusterId, year: 2025, publicShareBp: 5000 }],
      ['activityPlans.create', { clusterId, fieldOfActionId: chain.foa.id, year: 1999, plannedIntensity: 2 }],
    ] as const)
      expect(issues(await refused(name, input)), name).toEqual(['year:outsidePeriod']);
  });
});

describe('staff', () => {
  it('adds, changes and removes positions in one action', async () => {
    await must(backend, 'resources.saveStaff', {
      clusterId,
      rows: [
        { id: null, name: 'Anna', role: 'Clustermanagerin', fte: 1, startOn: '2026-01-01', endOn: null },
        { id: null, name: '', role: 'Assistenz', fte: 0.5, startOn: '2026-03-01', endOn: '2026-12-31' },
      ],
    });
    const [anna, assistant] = (await facts()).staff;
    await must(backend, 'resources.saveStaff', {
      clusterId,
      rows: [{ ...anna!, fte: 0.8 }],
      remove: [assistant!.id],
    });
    expect((await facts()).staff.map((s) => [s.name, s.role, s.fte])).toEqual([
      ['Anna', 'Clustermanagerin', 0.8],
    ]);
  });

  it.each([
    ['an end before the start', { endOn: '2025-12-31' }, ['rows.0.endOn:inconsistent']],
    ['no FTE', { fte: 0 }, ['rows.0.fte:tooSmall']],
    ['more than 10 FTE', { fte: 11 }, ['rows.0.fte:tooBig']],
    ['no role', { role: '' }, ['rows.0.role:required']],
    ['a position of another cluster', { id: 424242 }, ['rows.0.id:unknownReference']],
  ])('refuses %s', async (_name, patch, expected) => {
    const before = snapshot();
    const error = await refused('resources.saveStaff', {
      clusterId,
      rows: [{ id: null, name: 'X', role: 'Manager', fte: 1, startOn: '2026-01-01', endOn: null, ...patch }],
    });
    expect(issues(error)).toEqual(expected);
    expect(snapshot()).toEqual(before);
  });
});

describe('benchmark sets', () => {
  it('ship the survey’s indicative sets, read-only', async () => {
    const f = await facts();
    expect(f.benchmarkSets.map((s) => [s.key, s.indicative, s.values.length])).toEqual([
      ['survey_all', true, 14],
      ['survey_ict', true, 14],
      ['survey_mature', true, 14],
      ['survey_small_team', true, 14],
      ['survey_large_team', true, 14],
    ]);
    const all = f.benchmarkSets[0]!;
    const byKey = new Map(f.fieldsOfAction.map((field) => [field.key, field.id]));
    const value = (key: string) => all.values.find((v) => v.fieldOfActionId === byKey.get(key))?.intensity;
    expect([
      value('cooperation'),
      value('events'),
      value('market_development'),
      value('monitoring_evaluation'),
    ]).toEqual([5, 5, 2, 2]);
    const error = await refused('benchmarks.save', { id: all.id, name: 'Mein Satz', values: [] });
    expect(error).toEqual({ kind: 'conflict', code: 'benchmarkBuiltIn' });
    expect(await refused('benchmarks.delete', { id: all.id })).toEqual({
      kind: 'conflict',
      code: 'benchmarkBuiltIn',
    });
  });

  it('keeps the user’s own sets and the cluster’s choice; deleting the chosen set falls back to the default', async () => {
    const { id } = await must<{ id: number }>(backend, 'benchmarks.save', {
      id: null,
      name: 'Landesclusterprogramm 2025',
      source: 'Jahresbericht',
      values: [{ fieldOfActionId: chain.foa.id, intensity: 4.2 }],
    });
    await must(backend, 'benchmarks.choose', { clusterId, benchmarkSetId: id });
    let f = await facts();
    expect(f.benchmarkChoice).toBe(id);
    expect(f.benchmarkSets.at(-1)).toMatchObject({ name: 'Landesclusterprogramm 2025', indicative: false });
    expect(
      issues(await refused('benchmarks.save', { id: null, name: 'landesclusterprogramm 2025', values: [] })),
    ).toEqual(['name:duplicate']);
    expect(
      issues(
        await refused('benchmarks.save', {
          id,
          name: 'X',
          values: [{ fieldOfActionId: chain.foa.id, intensity: 5.5 }],
        }),
      ),
    ).toEqual(['values.0.intensity:tooBig']);
    await must(backend, 'benchmarks.delete', { id });
    f = await facts();
    expect(f.benchmarkChoice).toBeNull();
    await must(backend, 'history.undo', {});
    expect((await facts()).benchmarkChoice).toBe(id);
  });
});

describe('label self-assessment', () => {
  it('adds the indicative examples once, marked as such, in the language asked for', async () => {
    expect(await must(backend, 'labels.addExamples', { clusterId, language: 'de' })).toEqual({ added: 13 });
    expect(await must(backend, 'labels.addExamples', { clusterId, language: 'de' })).toEqual({ added: 0 });
    const f = await facts();
    expect(new Set(f.labelIndicators.map((i) => i.area)).size).toBe(5);
    expect(f.labelIndicators.every((i) => i.indicative)).toBe(true);
    expect(f.labelIndicators[0]!.title).toBe('Verpflichtete Clusterakteure');
  });

  it('keeps indicators with thresholds and assessments with values and evidence', async () => {
    await must(backend, 'labels.saveIndicators', {
      clusterId,
      rows: [
        { id: null, area: 'structure', title: 'Mitglieder', comparator: 'ge', threshold: 30 },
        {
          id: null,
          area: 'financing',
          title: 'Finanzierung gesichert',
          comparator: 'yes',
          threshold: null,
          weight: 2,
        },
      ],
    });
    const [members, secured] = (await facts()).labelIndicators;
    expect(members).toMatchObject({ code: '', weight: 1, indicative: false });
    const { id } = await must<{ id: number }>(backend, 'labels.saveAssessment', {
      clusterId,
      id: null,
      assessedOn: '2026-06-01',
      title: 'Erste Selbstbewertung',
      results: [
        { labelIndicatorId: members!.id, value: 32, evidence: 'Mitgliederliste' },
        { labelIndicatorId: secured!.id, value: null },
      ],
    });
    expect((await facts()).labelAssessments).toEqual([
      {
        id,
        assessedOn: '2026-06-01',
        title: 'Erste Selbstbewertung',
        note: '',
        results: [{ labelIndicatorId: members!.id, value: 32, evidence: 'Mitgliederliste' }],
      },
    ]);
    // Titles swapped between two rows in one save.
    await must(backend, 'labels.saveIndicators', {
      clusterId,
      rows: [
        { ...members!, title: 'Finanzierung gesichert' },
        { ...secured!, title: 'Mitglieder' },
      ].map(({ indicative: _i, sortOrder: _s, ...r }) => r),
    });
    expect((await facts()).labelIndicators.map((i) => [i.id, i.title])).toEqual([
      [members!.id, 'Finanzierung gesichert'],
      [secured!.id, 'Mitglieder'],
    ]);
  });

  it.each([
    [
      'a duplicate title',
      'labels.saveIndicators',
      {
        rows: [
          { id: null, area: 'structure', title: 'A', comparator: 'ge', threshold: 1 },
          { id: null, area: 'structure', title: 'a', comparator: 'ge', threshold: 1 },
        ],
      },
      ['rows.1.title:duplicate'],
    ],
    [
      'a threshold missing',
      'labels.saveIndicators',
      { rows: [{ id: null, area: 'structure', title: 'A', comparator: 'ge', threshold: null }] },
      ['rows.0.threshold:required'],
    ],
    [
      'a threshold on a yes/no criterion',
      'labels.saveIndicators',
      { rows: [{ id: null, area: 'structure', title: 'A', comparator: 'yes', threshold: 3 }] },
      ['rows.0.threshold:inconsistent'],
    ],
    [
      'an unknown area',
      'labels.saveIndicators',
      { rows: [{ id: null, area: 'luck', title: 'A', comparator: 'yes', threshold: null }] },
      ['rows.0.area:invalidValue'],
    ],
    [
      'a weight of 0',
      'labels.saveIndicators',
      { rows: [{ id: null, area: 'structure', title: 'A', comparator: 'yes', threshold: null, weight: 0 }] },
      ['rows.0.weight:tooSmall'],
    ],
    [
      'an indicator of another cluster',
      'labels.saveAssessment',
      { id: null, assessedOn: '2026-01-01', title: 'T', results: [{ labelIndicatorId: 999, value: 1 }] },
      ['results.0.labelIndicatorId:unknownReference'],
    ],
  ])('refuses %s', async (_name, call, patch, expected) => {
    const before = snapshot();
    expect(issues(await refused(call, { clusterId, ...patch }))).toEqual(expected);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a second assessment on the same day and a yes/no value other than 0 or 1', async () => {
    await must(backend, 'labels.saveIndicators', {
      clusterId,
      rows: [{ id: null, area: 'management', title: 'Beirat', comparator: 'yes', threshold: null }],
    });
    const [board] = (await facts()).labelIndicators;
    const input = { clusterId, id: null, assessedOn: '2026-06-01', title: 'A', results: [] };
    await must(backend, 'labels.saveAssessment', input);
    expect(issues(await refused('labels.saveAssessment', input))).toEqual(['assessedOn:duplicate']);
    expect(
      issues(
        await refused('labels.saveAssessment', {
          ...input,
          assessedOn: '2026-07-01',
          results: [{ labelIndicatorId: board!.id, value: 2 }],
        }),
      ),
    ).toEqual(['results.0.value:invalidValue']);
  });
});

it('reads only the cluster asked for', async () => {
  await must(backend, 'resources.saveBudget', {
    clusterId,
    year: 2026,
    rows: [{ sourceId: null, name: 'EFRE', category: 'eu', plannedCents: 1, actualCents: null }],
  });
  const other = await must<ResourceFacts>(backend, 'resources.facts', { clusterId: chain.other.id });
  expect([other.fundingSources, other.budgetLines, other.strategies]).toEqual([[], [], []]);
  expect(issues(await refused('resources.facts', { clusterId: 9999 }))).toEqual(['notFound']);
  expect(count('funding_source')).toBe(2);
});
