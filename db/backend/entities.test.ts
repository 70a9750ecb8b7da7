// Every entity through the contract: create, get, list under its parent, update, delete; then
// the rules that tie fields and items together, each refused with the field named.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type EntityKind, entities } from '../../shared/contract/entities.ts';
import { type Chain, must, seedChain } from '../../test/support/fixtures.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { type Backend, createBackend } from './backend.ts';

const newDir = tempDirs();
let backend: Backend;
let chain: Chain;
beforeEach(async () => {
  const dir = newDir();
  backend = await createBackend({
    workspacePath: path.join(dir, 'e.clusterpilot'),
    dataDir: dir,
    validateOutputs: true,
  });
  chain = await seedChain(backend);
});
afterEach(() => backend.close());

/** A valid new item of each kind, and one field to change on it. */
const cases: Record<
  EntityKind,
  (c: Chain) => { create: Record<string, unknown>; update: Record<string, unknown> }
> = {
  cluster: () => ({
    create: { name: 'Neu', sectorGroup: 'ict', foundingYear: 2020 },
    update: { lifeCycleStage: 'mature', reportAccent: '#aa3300', reportFooter: 'Gefördert durch das Land' },
  }),
  actor: (c) => ({
    create: {
      clusterId: c.cluster.id,
      name: 'Stadt X',
      actorGroup: 'administration',
      subtype: 'municipal_body',
    },
    update: { location: 'Nauen' },
  }),
  relationshipType: () => ({ create: { name: 'Patenschaft' }, update: { name: 'Mentoring' } }),
  relationship: (c) => ({
    create: {
      clusterId: c.cluster.id,
      fromActorId: c.company.id,
      toActorId: c.institute.id,
      typeId: c.type.id,
      startedOn: '2026-01-01',
    },
    update: { endedOn: '2026-12-31' },
  }),
  strategy: (c) => ({
    create: {
      clusterId: c.cluster.id,
      title: 'Folgestrategie',
      periodStart: '2031-01-01',
      periodEnd: '2035-12-31',
    },
    update: { vision: 'Vision' },
  }),
  fieldOfAction: () => ({ create: { name: 'Eigenes Handlungsfeld' }, update: { sortOrder: 20 } }),
  goal: (c) => ({
    create: { strategyId: c.strategy.id, title: 'Neues Ziel', perspective: 'finance', priority: 1 },
    update: { owner: 'Vorstand' },
  }),
  indicator: (c) => ({
    create: {
      clusterId: c.cluster.id,
      name: 'Anteil',
      kind: 'outcome',
      direction: 'band',
      aggregation: 'periodic',
      frequency: 'yearly',
      bandLow: 10,
      bandHigh: 20,
    },
    update: { unit: '%' },
  }),
  target: (c) => ({
    create: { indicatorId: c.indicator.id, date: '2030-12-31', value: 75 },
    update: { value: 80 },
  }),
  measurement: (c) => ({
    create: { indicatorId: c.indicator.id, date: '2026-01-31', periodStart: '2026-01-01', value: 42 },
    update: { note: 'geprüft' },
  }),
  breakPoint: (c) => ({
    create: {
      strategyId: c.strategy.id,
      title: 'Nutzen',
      kind: 'qualitative',
      checkDate: '2027-11-30',
      criterion: 'Mitglieder sehen Nutzen',
    },
    update: { consequenceNote: 'Strategie überarbeiten' },
  }),
  breakPointCondition: (c) => ({
    create: {
      breakPointId: c.breakPoint.id,
      node: 'compare',
      indicatorId: c.indicator.id,
      comparator: 'ge',
      threshold: 60,
    },
    update: { threshold: 65 },
  }),
  milestone: (c) => ({
    create: { strategyId: c.strategy.id, title: 'Messeauftritt', dueDate: '2027-03-01' },
    update: { status: 'in_progress' },
  }),
  activityPlan: (c) => ({
    create: { clusterId: c.cluster.id, fieldOfActionId: c.foa.id, year: 2026, plannedIntensity: 4 },
    update: { actualIntensity: 3 },
  }),
  event: (c) => ({
    create: {
      clusterId: c.cluster.id,
      date: '2026-05-12',
      type: 'workshop',
      title: 'Werkstattgespräch',
      participants: 25,
    },
    update: { participants: 31 },
  }),
  staff: (c) => ({
    create: { clusterId: c.cluster.id, role: 'Clustermanagerin', fte: 1, startOn: '2026-01-01' },
    update: { fte: 0.8 },
  }),
  fundingSource: (c) => ({
    create: { clusterId: c.cluster.id, name: 'EFRE', category: 'eu' },
    update: { note: 'Förderperiode 2021–2027' },
  }),
  budgetLine: (c) => ({
    create: { fundingSourceId: c.source.id, year: 2026, plannedCents: 6_000_000 },
    update: { actualCents: 5_900_000 },
  }),
  financingPlan: (c) => ({
    create: { clusterId: c.cluster.id, year: 2026, publicShareBp: 8000 },
    update: { publicShareBp: 7500 },
  }),
  endorsement: (c) => ({
    create: {
      strategyId: c.strategy.id,
      actorId: c.institute.id,
      date: '2026-02-02',
      form: 'board_decision',
    },
    update: { note: 'Senatsbeschluss' },
  }),
  commitment: (c) => ({
    create: { endorsementId: c.endorsement.id, kind: 'money', amountCents: 250_000 },
    update: { description: 'jährlich' },
  }),
  evaluation: (c) => ({
    create: {
      clusterId: c.cluster.id,
      title: 'Evaluierung 2027',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      cutoffDate: '2027-12-31',
    },
    update: { meetingDate: '2028-02-20', language: 'en' },
  }),
  assessment: (c) => ({
    create: { evaluationId: c.evaluation.id, subjectKind: 'goal', subjectId: c.goal.id, verdict: 'achieved' },
    update: { narrative: 'Im Plan' },
  }),
  decision: (c) => ({
    create: {
      evaluationId: c.evaluation.id,
      outcome: 'continue',
      rationale: 'Ziele erreicht',
      decidedOn: '2027-02-20',
    },
    update: { participants: 'Vorstand (5 von 5)' },
  }),
  evaluationParticipant: (c) => ({
    create: { evaluationId: c.evaluation.id, name: 'Dr. Anna Weber', organisation: 'Landesministerium' },
    update: { attendance: 'present' },
  }),
  agendaItem: (c) => ({
    create: { evaluationId: c.evaluation.id, kind: 'other', title: 'Bericht des Clustermanagements' },
    update: { minutes: 'Bericht zur Kenntnis genommen.', plannedMinutes: 10 },
  }),
  evidence: (c) => ({
    create: { assessmentId: c.assessment.id, kind: 'note', text: 'Protokoll der Vorstandssitzung' },
    update: { text: 'Protokoll vom 3. März' },
  }),
  resolution: (c) => ({
    create: {
      evaluationId: c.evaluation.id,
      motion: 'Die Beitragsordnung wird überarbeitet.',
      result: 'adopted',
    },
    update: { votesFor: 7, votesAgainst: 0, abstentions: 1 },
  }),
  followUp: (c) => ({
    create: {
      evaluationId: c.evaluation.id,
      title: 'Beitragsordnung vorlegen',
      owner: 'Geschäftsstelle',
      dueDate: '2028-06-30',
    },
    update: { goalId: c.goal.id },
  }),
  adjustment: (c) => ({
    create: { evaluationId: c.evaluation.id, description: 'Zielwert Mitglieder senken' },
    update: { indicatorId: c.indicator.id, targetDate: '2028-12-31', targetValue: 40 },
  }),
  reportNarrative: (c) => ({
    create: {
      evaluationId: c.evaluation.id,
      language: 'de',
      key: 'section:summary',
      text: 'Das Cluster liegt im Plan.',
    },
    update: { text: 'Das Cluster liegt überwiegend im Plan.\n\nDie Mitglieder sehen einen klaren Nutzen.' },
  }),
};

describe('every entity through the contract', () => {
  it.each(Object.keys(cases) as EntityKind[])('%s: create, get, list, update, delete', async (kind) => {
    const { plural, parent } = entities[kind];
    const { create, update } = cases[kind](chain);
    const created = await must<Record<string, unknown> & { id: number }>(backend, `${plural}.create`, create);
    expect(created).toMatchObject(create);
    expect(await must(backend, `${plural}.get`, { id: created.id })).toEqual(created);
    const list = await must<{ id: number }[]>(
      backend,
      `${plural}.list`,
      parent ? { [parent]: create[parent] } : {},
    );
    expect(list.map((i) => i.id)).toContain(created.id);
    const updated = await must(backend, `${plural}.update`, { id: created.id, ...update });
    expect(updated).toMatchObject({ ...create, ...update, id: created.id });
    expect(await must(backend, `${plural}.delete`, { id: created.id })).toEqual({ id: created.id });
    expect(await backend.call(`${plural}.get`, { id: created.id })).toMatchObject({
      ok: false,
      error: { kind: 'notFound', entity: kind },
    });
  });

  it('links and unlinks indicators and goals, milestones and events', async () => {
    const pair = { indicatorId: chain.indicator.id, goalId: chain.objective.id };
    await must(backend, 'indicatorGoals.link', pair);
    await must(backend, 'indicatorGoals.link', pair); // idempotent
    expect(await must(backend, 'indicatorGoals.list', { goalId: chain.objective.id })).toEqual([pair]);
    await must(backend, 'indicatorGoals.unlink', pair);
    expect(await must(backend, 'indicatorGoals.list', { indicatorId: chain.indicator.id })).toEqual([]);
    expect(await backend.call('indicatorGoals.unlink', pair)).toMatchObject({
      ok: false,
      error: { kind: 'notFound' },
    });
  });
});

const issue = (path: string, code: string) => ({
  ok: false,
  error: {
    kind: 'validation',
    issues: expect.arrayContaining([expect.objectContaining({ path: [path], code })]),
  },
});

describe('rules across fields and items', () => {
  it.each([
    [
      'strategy ends before it starts',
      'strategies.create',
      (c: Chain) => ({
        clusterId: c.cluster.id,
        title: 'X',
        periodStart: '2030-01-01',
        periodEnd: '2029-01-01',
      }),
      'periodEnd',
      'inconsistent',
    ],
    [
      'actor subtype of another group',
      'actors.create',
      (c: Chain) => ({ clusterId: c.cluster.id, name: 'X', actorGroup: 'culture', subtype: 'bank' }),
      'subtype',
      'inconsistent',
    ],
    [
      'membership ends before it began',
      'actors.create',
      (c: Chain) => ({
        clusterId: c.cluster.id,
        name: 'X',
        actorGroup: 'business',
        subtype: 'bank',
        memberSince: '2026-05-01',
        memberUntil: '2026-01-01',
      }),
      'memberUntil',
      'inconsistent',
    ],
    [
      'band indicator without band',
      'indicators.create',
      (c: Chain) => ({
        clusterId: c.cluster.id,
        name: 'X',
        kind: 'output',
        direction: 'band',
        aggregation: 'periodic',
        frequency: 'yearly',
      }),
      'bandLow',
      'required',
    ],
    [
      'baseline value without a date',
      'indicators.create',
      (c: Chain) => ({
        clusterId: c.cluster.id,
        name: 'X',
        kind: 'output',
        direction: 'increase',
        aggregation: 'periodic',
        frequency: 'yearly',
        baselineValue: 3,
      }),
      'baselineDate',
      'required',
    ],
    [
      'off-track tolerance below at-risk',
      'indicators.create',
      (c: Chain) => ({
        clusterId: c.cluster.id,
        name: 'X',
        kind: 'output',
        direction: 'increase',
        aggregation: 'periodic',
        frequency: 'yearly',
        toleranceAtRisk: 0.2,
        toleranceOffTrack: 0.1,
      }),
      'toleranceOffTrack',
      'inconsistent',
    ],
    [
      'relationship with an actor of another cluster',
      'relationships.create',
      (c: Chain) => ({
        clusterId: c.cluster.id,
        fromActorId: c.company.id,
        toActorId: c.foreign.id,
        typeId: c.type.id,
      }),
      'toActorId',
      'inconsistent',
    ],
    [
      'relationship of an actor with itself',
      'relationships.create',
      (c: Chain) => ({
        clusterId: c.cluster.id,
        fromActorId: c.company.id,
        toActorId: c.company.id,
        typeId: c.type.id,
      }),
      'toActorId',
      'inconsistent',
    ],
    [
      'endorsement by an actor of another cluster',
      'endorsements.create',
      (c: Chain) => ({
        strategyId: c.strategy.id,
        actorId: c.foreign.id,
        date: '2026-01-01',
        form: 'board_decision',
      }),
      'actorId',
      'inconsistent',
    ],
    [
      'qualitative break-point without criterion',
      'breakPoints.create',
      (c: Chain) => ({ strategyId: c.strategy.id, title: 'X', kind: 'qualitative', checkDate: '2027-01-01' }),
      'criterion',
      'required',
    ],
    [
      'comparison without threshold',
      'breakPointConditions.create',
      (c: Chain) => ({
        breakPointId: c.breakPoint.id,
        node: 'compare',
        indicatorId: c.indicator.id,
        comparator: 'ge',
      }),
      'threshold',
      'required',
    ],
    [
      'completion date on an open milestone',
      'milestones.create',
      (c: Chain) => ({
        strategyId: c.strategy.id,
        title: 'X',
        dueDate: '2026-01-01',
        completedOn: '2026-01-02',
      }),
      'completedOn',
      'inconsistent',
    ],
    [
      'money commitment without amount',
      'commitments.create',
      (c: Chain) => ({ endorsementId: c.endorsement.id, kind: 'money' }),
      'amountCents',
      'required',
    ],
    [
      'measurement period ends before it starts',
      'measurements.create',
      (c: Chain) => ({
        indicatorId: c.indicator.id,
        date: '2026-01-01',
        periodStart: '2026-02-01',
        value: 1,
      }),
      'date',
      'inconsistent',
    ],
    [
      'impossible calendar date',
      'measurements.create',
      (c: Chain) => ({ indicatorId: c.indicator.id, date: '2026-02-30', value: 1 }),
      'date',
      'invalidFormat',
    ],
    [
      'a parent that does not exist',
      'goals.create',
      (c: Chain) => ({ strategyId: c.strategy.id + 100, title: 'X' }),
      'strategyId',
      'unknownReference',
    ],
    [
      'a sub-goal of another strategy',
      'goals.create',
      () => ({ strategyId: 0, title: 'X' }),
      'strategyId',
      'tooSmall',
    ],
  ] as const)('refuses %s', async (_name, call, input, field, code) => {
    expect(await backend.call(call, input(chain))).toEqual(issue(field, code));
  });

  it('refuses a goal tree cycle', async () => {
    expect(await backend.call('goals.update', { id: chain.goal.id, parentId: chain.objective.id })).toEqual(
      issue('parentId', 'inconsistent'),
    );
  });

  it('refuses a milestone dependency cycle', async () => {
    const later = await must<{ id: number }>(backend, 'milestones.create', {
      strategyId: chain.strategy.id,
      title: 'Später',
      dueDate: '2027-01-01',
    });
    await must(backend, 'milestoneDependencies.link', {
      milestoneId: later.id,
      dependsOnId: chain.milestone.id,
    });
    expect(
      await backend.call('milestoneDependencies.link', {
        milestoneId: chain.milestone.id,
        dependsOnId: later.id,
      }),
    ).toEqual(issue('dependsOnId', 'inconsistent'));
  });

  it('refuses a second measurement for the same date as a conflict on the date', async () => {
    await must(backend, 'measurements.create', {
      indicatorId: chain.indicator.id,
      date: '2026-03-31',
      value: 1,
    });
    expect(
      await backend.call('measurements.create', {
        indicatorId: chain.indicator.id,
        date: '2026-03-31',
        value: 2,
      }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'conflict', code: 'duplicate', path: ['date'] },
    });
  });

  it('keeps built-in catalogue entries', async () => {
    expect(await backend.call('fieldsOfAction.delete', { id: chain.foa.id })).toMatchObject({
      ok: false,
      error: { kind: 'conflict', code: 'builtIn' },
    });
  });

  it('refuses to delete a relationship type that is in use', async () => {
    const custom = await must<{ id: number }>(backend, 'relationshipTypes.create', { name: 'Patenschaft' });
    await must(backend, 'relationships.create', {
      clusterId: chain.cluster.id,
      fromActorId: chain.company.id,
      toActorId: chain.institute.id,
      typeId: custom.id,
    });
    expect(await backend.call('relationshipTypes.delete', { id: custom.id })).toMatchObject({
      ok: false,
      error: { kind: 'conflict', code: 'inUse' },
    });
  });
});

describe('deliberate ON DELETE behaviour', () => {
  const count = (table: string) =>
    (backend.workspace.db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

  it('removes everything of a cluster with the cluster', async () => {
    await must(backend, 'measurements.create', {
      indicatorId: chain.indicator.id,
      date: '2026-01-31',
      value: 41,
    });
    await must(backend, 'clusters.delete', { id: chain.cluster.id });
    for (const table of [
      'strategy',
      'goal',
      'indicator',
      'measurement',
      'milestone',
      'break_point',
      'endorsement',
      'evaluation',
      'funding_source',
    ]) {
      expect(count(table), table).toBe(0);
    }
    expect(count('actor')).toBe(1); // the other cluster's actor stays
  });

  it('keeps a milestone when its goal is deleted, without the goal', async () => {
    await must(backend, 'goals.delete', { id: chain.objective.id });
    expect(await must(backend, 'milestones.get', { id: chain.milestone.id })).toMatchObject({ goalId: null });
  });

  it('deletes sub-goals with their goal', async () => {
    await must(backend, 'goals.delete', { id: chain.goal.id });
    expect(await backend.call('goals.get', { id: chain.objective.id })).toMatchObject({
      ok: false,
      error: { kind: 'notFound' },
    });
  });
});

describe('targets and the strategy period', () => {
  it('refuses a target outside the period of the strategies its indicator serves, and writes nothing', async () => {
    await must(backend, 'indicatorGoals.link', {
      indicatorId: chain.indicator.id,
      goalId: chain.objective.id,
    });
    expect(
      await backend.call('targets.create', {
        indicatorId: chain.indicator.id,
        date: '2031-12-31',
        value: 70,
      }),
    ).toEqual({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['date'], code: 'outsidePeriod' }] },
    });
    expect(await must(backend, 'targets.list', { indicatorId: chain.indicator.id })).toEqual([]);
    const inside = await must<{ id: number }>(backend, 'targets.create', {
      indicatorId: chain.indicator.id,
      date: '2030-12-31',
      value: 70,
    });
    expect(await backend.call('targets.update', { id: inside.id, date: '2025-06-30' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['date'], code: 'outsidePeriod' }] },
    });
  });
});
