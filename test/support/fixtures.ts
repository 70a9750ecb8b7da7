// A small, valid chain of items through the contract (cluster → actors → strategy → goals →
// indicator → …), for tests that need parents to hang things on.
import type { Backend } from '../../db/backend/backend.ts';

export async function must<T = Record<string, unknown>>(
  backend: Backend,
  name: string,
  input: unknown,
): Promise<T> {
  const result = await backend.call(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

type WithId = { id: number };

export async function seedChain(backend: Backend) {
  const cluster = await must<WithId>(backend, 'clusters.create', {
    name: 'Testcluster',
    region: 'Havelland',
    regionalStrengths: ['Optik'],
  });
  const other = await must<WithId>(backend, 'clusters.create', { name: 'Anderer Cluster' });
  const company = await must<WithId>(backend, 'actors.create', {
    clusterId: cluster.id,
    name: 'Optik GmbH',
    actorGroup: 'business',
    subtype: 'supplier',
    size: 'sme',
    memberSince: '2024-01-01',
  });
  const institute = await must<WithId>(backend, 'actors.create', {
    clusterId: cluster.id,
    name: 'Institut',
    actorGroup: 'research',
    subtype: 'research_institute',
  });
  const foreign = await must<WithId>(backend, 'actors.create', {
    clusterId: other.id,
    name: 'Fremd GmbH',
    actorGroup: 'business',
    subtype: 'bank',
  });
  const strategy = await must<WithId>(backend, 'strategies.create', {
    clusterId: cluster.id,
    title: 'Strategie 2026–2030',
    periodStart: '2026-01-01',
    periodEnd: '2030-12-31',
  });
  const goal = await must<WithId>(backend, 'goals.create', {
    strategyId: strategy.id,
    title: 'Zusammenarbeit stärken',
  });
  const objective = await must<WithId>(backend, 'goals.create', {
    strategyId: strategy.id,
    parentId: goal.id,
    title: 'Mehr Projekte',
  });
  const indicator = await must<WithId>(backend, 'indicators.create', {
    clusterId: cluster.id,
    name: 'Mitglieder',
    kind: 'output',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'monthly',
    baselineDate: '2025-12-31',
    baselineValue: 40,
  });
  const breakPoint = await must<WithId>(backend, 'breakPoints.create', {
    strategyId: strategy.id,
    title: 'Mindestens 60 Mitglieder',
    kind: 'rule',
    checkDate: '2028-12-31',
    consequence: 'revise_strategy',
  });
  const milestone = await must<WithId>(backend, 'milestones.create', {
    strategyId: strategy.id,
    goalId: objective.id,
    title: 'Erster Photonik-Tag',
    dueDate: '2026-06-30',
  });
  const source = await must<WithId>(backend, 'fundingSources.create', {
    clusterId: cluster.id,
    name: 'Land',
    category: 'state',
  });
  const endorsement = await must<WithId>(backend, 'endorsements.create', {
    strategyId: strategy.id,
    actorId: company.id,
    date: '2026-02-01',
    form: 'letter_of_intent',
  });
  const evaluation = await must<WithId>(backend, 'evaluations.create', {
    clusterId: cluster.id,
    strategyId: strategy.id,
    title: 'Evaluierung 2026',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    cutoffDate: '2026-12-31',
  });
  const assessment = await must<WithId>(backend, 'assessments.create', {
    evaluationId: evaluation.id,
    subjectKind: 'overall',
  });
  const foa = (await must<(WithId & { key: string })[]>(backend, 'fieldsOfAction.list', {}))[0]!;
  const type = (await must<(WithId & { key: string })[]>(backend, 'relationshipTypes.list', {})).find(
    (r) => r.key === 'joint_rnd',
  )!;
  return {
    cluster,
    other,
    company,
    institute,
    foreign,
    strategy,
    goal,
    objective,
    indicator,
    breakPoint,
    milestone,
    source,
    endorsement,
    evaluation,
    assessment,
    foa,
    type,
  };
}

export type Chain = Awaited<ReturnType<typeof seedChain>>;
