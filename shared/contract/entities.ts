// Every entity of the domain as runtime schemas: the DTO (what the backend answers), the create
// input and the update input. The contract generates list/get/create/update/delete calls from
// these, and the backend maps DTO fields to columns by name (camelCase ↔ snake_case).
import { z } from 'zod';
import { displayText, id, isoDateTime, MAX_DATE, MIN_DATE } from './schemas.ts';

/**
 * A calendar date as an ISO string, within the years the schema accepts (1900–2200). The bound
 * is not cosmetic: loops over reporting periods run from a baseline to a date, and a date in
 * year 9999 or 10000 (which sorts below 9999 as a string) must never reach them.
 */
export const isoDate = z.iso
  .date()
  .refine((d) => d >= MIN_DATE && d <= MAX_DATE, { params: { code: 'dateRange' } });
const text = (max: number) => z.string().max(max);
const name = displayText;
const finite = z.number().refine(Number.isFinite, { params: { code: 'invalidValue' } });
const cents = z.number().int().min(0).max(100_000_000_000_000);
const year = z.number().int().min(1900).max(2200);
/** A colour as '#rrggbb' in lower case (the report's accent). */
const hexColour = z.string().refine((v) => /^#[0-9a-f]{6}$/.test(v), { params: { code: 'colour' } });
export const DEFAULT_REPORT_ACCENT = '#1d5b8f';

export const actorSubtypes = {
  business: [
    'end_producer',
    'supplier',
    'service_provider',
    'business_association',
    'bank',
    'venture_capital',
    'business_angel',
    'social_partner',
    'chamber',
    'other',
  ],
  administration: ['state_body', 'municipal_body', 'economic_development_agency', 'planning', 'other'],
  research: ['university', 'research_institute', 'vocational_school', 'continuing_education', 'other'],
  culture: ['cultural', 'other'],
} as const;
export type ActorGroup = keyof typeof actorSubtypes;
const allSubtypes = [...new Set(Object.values(actorSubtypes).flat())] as [string, ...string[]];

export const enums = {
  sectorGroup: z.enum(['hightech', 'growth', 'ict', 'mature', 'other']),
  lifeCycleStage: z.enum(['emerging', 'developing', 'mature', 'transforming']),
  actorGroup: z.enum(['business', 'administration', 'research', 'culture']),
  actorSubtype: z.enum(allSubtypes),
  actorSize: z.enum(['sme', 'large']),
  perspective: z.enum(['members_region', 'finance', 'processes_services', 'learning_development']),
  indicatorKind: z.enum(['input', 'output', 'outcome', 'impact']),
  direction: z.enum(['increase', 'decrease', 'band']),
  aggregation: z.enum(['cumulative', 'periodic']),
  frequency: z.enum(['monthly', 'quarterly', 'half_yearly', 'yearly']),
  derived: z.enum([
    'members',
    'new_members',
    'leaving_members',
    'events',
    'event_participants',
    'sme_research_links',
    'private_cofunding_share',
    'management_fte',
    // The network indicators (shared/network/indicators.ts; migration 4).
    'members_business',
    'members_administration',
    'members_research',
    'members_culture',
    'relationships_per_actor',
    'network_density',
    'sme_research_share',
    'isolated_members',
    'top_broker_share',
    'communities',
  ]),
  breakPointKind: z.enum(['rule', 'qualitative']),
  consequence: z.enum(['revise_strategy', 'adjust_goals', 'reduce_funding', 'wind_down', 'other']),
  conditionNode: z.enum(['all', 'any', 'compare']),
  comparator: z.enum(['lt', 'le', 'gt', 'ge', 'eq']),
  milestoneStatus: z.enum(['planned', 'in_progress', 'done', 'delayed', 'cancelled']),
  eventType: z.enum(['workshop', 'conference', 'networking', 'training', 'fair', 'delegation', 'other']),
  fundingCategory: z.enum([
    'eu',
    'national',
    'state',
    'municipal',
    'member_fees',
    'private_sponsors',
    'project_revenue',
    'in_kind',
  ]),
  endorsementForm: z.enum(['board_decision', 'letter_of_intent', 'cooperation_agreement']),
  commitmentKind: z.enum(['money', 'in_kind', 'staff_time']),
  evaluationStatus: z.enum(['draft', 'in_meeting', 'decided', 'locked']),
  subjectKind: z.enum(['goal', 'indicator', 'break_point', 'milestone', 'overall']),
  verdict: z.enum(['achieved', 'partly_achieved', 'not_achieved', 'met', 'missed', 'not_assessable']),
  outcome: z.enum(['continue', 'continue_with_adjustments', 'wind_down']),
  language: z.enum(['de', 'en']),
  attendance: z.enum(['invited', 'present', 'apologised']),
  agendaKind: z.enum(['break_point', 'indicator', 'milestone', 'overall', 'decision', 'other']),
  evidenceKind: z.enum(['note', 'link', 'file']),
  agendaOrigin: z.enum(['generated', 'added']),
  resolutionResult: z.enum(['adopted', 'rejected']),
} as const;

export const publicFundingCategories = new Set(['eu', 'national', 'state', 'municipal']);

/**
 * An entity: its table, the parent it is listed under, its editable fields (with defaults for
 * optional ones), fields held as JSON text, and whether it has created/updated stamps.
 */
export interface EntityDefinition<
  F extends z.ZodRawShape = z.ZodRawShape,
  P extends string = string,
  Parent extends (keyof F & string) | null = (keyof F & string) | null,
  S extends boolean = boolean,
> {
  readonly table: string;
  readonly plural: P;
  readonly parent: Parent;
  readonly fields: F;
  readonly json?: readonly (keyof F & string)[];
  readonly stamps: S;
  /** Fields the backend sets and answers with, never taken from input (e.g. who entered a value). */
  readonly output?: z.ZodRawShape;
  /** The field that names an item in lists, the activity log and search. */
  readonly label: keyof F & string;
}

function entity<
  F extends z.ZodRawShape,
  const P extends string,
  const Parent extends (keyof F & string) | null,
  const S extends boolean,
>(definition: EntityDefinition<F, P, Parent, S>): EntityDefinition<F, P, Parent, S> {
  return definition;
}

export const entities = {
  cluster: entity({
    table: 'cluster',
    plural: 'clusters',
    parent: null,
    stamps: true,
    label: 'name',
    json: ['regionalStrengths'],
    fields: {
      name: name(120),
      region: text(200).default(''),
      country: text(100).default(''),
      sectorGroup: enums.sectorGroup.nullable().default(null),
      lifeCycleStage: enums.lifeCycleStage.nullable().default(null),
      foundingYear: z.number().int().min(1800).max(2200).nullable().default(null),
      hostOrganisation: text(200).default(''),
      legalForm: text(100).default(''),
      regionalStrengths: z.array(name(200)).max(50).default([]),
      description: text(20000).default(''),
      /** The corporate design of its reports: accent colour ('#rrggbb') and footer text. */
      reportAccent: hexColour.default(DEFAULT_REPORT_ACCENT),
      reportFooter: text(200).default(''),
    },
    output: {
      /** The logo's SHA-256 in the attachments (set with clusters.setLogo) and its type. */
      reportLogo: z.string().length(64).nullable().default(null),
      reportLogoType: z.enum(['', 'image/png', 'image/jpeg', 'image/svg+xml']).default(''),
    },
  }),
  actor: entity({
    table: 'actor',
    plural: 'actors',
    parent: 'clusterId',
    stamps: true,
    label: 'name',
    fields: {
      clusterId: id,
      name: name(200),
      actorGroup: enums.actorGroup,
      subtype: enums.actorSubtype,
      size: enums.actorSize.nullable().default(null),
      memberSince: isoDate.nullable().default(null),
      memberUntil: isoDate.nullable().default(null),
      location: text(200).default(''),
      note: text(20000).default(''),
    },
  }),
  relationshipType: entity({
    table: 'relationship_type',
    plural: 'relationshipTypes',
    parent: null,
    stamps: false,
    label: 'name',
    fields: { key: z.string().nullable().default(null), name: text(120).default('') },
  }),
  relationship: entity({
    table: 'relationship',
    plural: 'relationships',
    parent: 'clusterId',
    stamps: true,
    label: 'note',
    fields: {
      clusterId: id,
      fromActorId: id,
      toActorId: id,
      typeId: id,
      startedOn: isoDate.nullable().default(null),
      endedOn: isoDate.nullable().default(null),
      note: text(20000).default(''),
    },
  }),
  strategy: entity({
    table: 'strategy',
    plural: 'strategies',
    parent: 'clusterId',
    stamps: true,
    label: 'title',
    fields: {
      clusterId: id,
      title: name(200),
      periodStart: isoDate,
      periodEnd: isoDate,
      vision: text(20000).default(''),
      mission: text(20000).default(''),
    },
  }),
  fieldOfAction: entity({
    table: 'field_of_action',
    plural: 'fieldsOfAction',
    parent: null,
    stamps: false,
    label: 'name',
    fields: {
      key: z.string().nullable().default(null),
      name: text(120).default(''),
      sortOrder: z.number().int().default(0),
    },
  }),
  goal: entity({
    table: 'goal',
    plural: 'goals',
    parent: 'strategyId',
    stamps: true,
    label: 'title',
    fields: {
      strategyId: id,
      parentId: id.nullable().default(null),
      title: name(300),
      description: text(20000).default(''),
      fieldOfActionId: id.nullable().default(null),
      perspective: enums.perspective.nullable().default(null),
      owner: text(200).default(''),
      priority: z.number().int().min(1).max(3).nullable().default(null),
      rationale: text(20000).default(''),
      sortOrder: z.number().int().default(0),
    },
  }),
  indicator: entity({
    table: 'indicator',
    plural: 'indicators',
    parent: 'clusterId',
    stamps: true,
    label: 'name',
    fields: {
      clusterId: id,
      name: name(200),
      definition: text(20000).default(''),
      unit: text(40).default(''),
      kind: enums.indicatorKind,
      direction: enums.direction,
      aggregation: enums.aggregation,
      frequency: enums.frequency,
      toleranceAtRisk: z.number().min(0).max(10).default(0.05),
      toleranceOffTrack: z.number().min(0).max(10).default(0.15),
      bandLow: finite.nullable().default(null),
      bandHigh: finite.nullable().default(null),
      baselineDate: isoDate.nullable().default(null),
      baselineValue: finite.nullable().default(null),
      decimals: z.number().int().min(0).max(6).default(0),
      dataSource: text(500).default(''),
      owner: text(200).default(''),
      derived: enums.derived.nullable().default(null),
    },
  }),
  target: entity({
    table: 'target',
    plural: 'targets',
    parent: 'indicatorId',
    stamps: false,
    label: 'date',
    fields: { indicatorId: id, date: isoDate, value: finite, note: text(2000).default('') },
  }),
  measurement: entity({
    table: 'measurement',
    plural: 'measurements',
    parent: 'indicatorId',
    stamps: false,
    label: 'date',
    output: { enteredBy: z.string(), enteredAt: isoDateTime },
    fields: {
      indicatorId: id,
      date: isoDate,
      periodStart: isoDate.nullable().default(null),
      value: finite,
      note: text(2000).default(''),
    },
  }),
  breakPoint: entity({
    table: 'break_point',
    plural: 'breakPoints',
    parent: 'strategyId',
    stamps: true,
    label: 'title',
    fields: {
      strategyId: id,
      title: name(300),
      kind: enums.breakPointKind,
      checkDate: isoDate,
      criterion: text(20000).default(''),
      consequence: enums.consequence.nullable().default(null),
      consequenceNote: text(20000).default(''),
    },
  }),
  breakPointCondition: entity({
    table: 'break_point_condition',
    plural: 'breakPointConditions',
    parent: 'breakPointId',
    stamps: false,
    label: 'node',
    fields: {
      breakPointId: id,
      parentId: id.nullable().default(null),
      node: enums.conditionNode,
      indicatorId: id.nullable().default(null),
      comparator: enums.comparator.nullable().default(null),
      threshold: finite.nullable().default(null),
      sortOrder: z.number().int().default(0),
    },
  }),
  milestone: entity({
    table: 'milestone',
    plural: 'milestones',
    parent: 'strategyId',
    stamps: true,
    label: 'title',
    fields: {
      strategyId: id,
      goalId: id.nullable().default(null),
      title: name(300),
      dueDate: isoDate,
      owner: text(200).default(''),
      status: enums.milestoneStatus.default('planned'),
      completedOn: isoDate.nullable().default(null),
      evidence: text(20000).default(''),
      sortOrder: z.number().int().default(0),
    },
  }),
  activityPlan: entity({
    table: 'activity_plan',
    plural: 'activityPlans',
    parent: 'clusterId',
    stamps: false,
    label: 'year',
    fields: {
      clusterId: id,
      fieldOfActionId: id,
      year,
      plannedIntensity: z.number().int().min(1).max(5),
      actualIntensity: z.number().int().min(1).max(5).nullable().default(null),
    },
  }),
  event: entity({
    table: 'event',
    plural: 'events',
    parent: 'clusterId',
    stamps: true,
    label: 'title',
    fields: {
      clusterId: id,
      date: isoDate,
      type: enums.eventType,
      title: name(300),
      fieldOfActionId: id.nullable().default(null),
      participants: z.number().int().min(0).max(1_000_000).default(0),
      note: text(20000).default(''),
    },
  }),
  staff: entity({
    table: 'staff',
    plural: 'staff',
    parent: 'clusterId',
    stamps: false,
    label: 'role',
    fields: {
      clusterId: id,
      name: text(200).default(''),
      role: name(200),
      fte: z.number().gt(0).max(10),
      startOn: isoDate,
      endOn: isoDate.nullable().default(null),
    },
  }),
  fundingSource: entity({
    table: 'funding_source',
    plural: 'fundingSources',
    parent: 'clusterId',
    stamps: false,
    label: 'name',
    fields: { clusterId: id, name: name(200), category: enums.fundingCategory, note: text(2000).default('') },
  }),
  budgetLine: entity({
    table: 'budget_line',
    plural: 'budgetLines',
    parent: 'fundingSourceId',
    stamps: false,
    label: 'year',
    fields: { fundingSourceId: id, year, plannedCents: cents, actualCents: cents.nullable().default(null) },
  }),
  financingPlan: entity({
    table: 'financing_plan',
    plural: 'financingPlans',
    parent: 'clusterId',
    stamps: false,
    label: 'year',
    fields: { clusterId: id, year, publicShareBp: z.number().int().min(0).max(10000) },
  }),
  endorsement: entity({
    table: 'endorsement',
    plural: 'endorsements',
    parent: 'strategyId',
    stamps: false,
    label: 'date',
    fields: {
      strategyId: id,
      actorId: id,
      date: isoDate,
      form: enums.endorsementForm,
      note: text(2000).default(''),
    },
  }),
  commitment: entity({
    table: 'commitment',
    plural: 'commitments',
    parent: 'endorsementId',
    stamps: false,
    label: 'description',
    fields: {
      endorsementId: id,
      kind: enums.commitmentKind,
      amountCents: cents.nullable().default(null),
      hours: z.number().min(0).nullable().default(null),
      description: text(2000).default(''),
      startOn: isoDate.nullable().default(null),
      endOn: isoDate.nullable().default(null),
    },
  }),
  evaluation: entity({
    table: 'evaluation',
    plural: 'evaluations',
    parent: 'clusterId',
    stamps: true,
    label: 'title',
    fields: {
      clusterId: id,
      strategyId: id.nullable().default(null),
      title: name(300),
      periodStart: isoDate,
      periodEnd: isoDate,
      cutoffDate: isoDate,
      meetingDate: isoDate.nullable().default(null),
      status: enums.evaluationStatus.default('draft'),
      lockedAt: isoDateTime.nullable().default(null),
      /** The language of the narrative drafts and the minutes (independent of the UI's). */
      language: enums.language.default('de'),
    },
  }),
  assessment: entity({
    table: 'assessment',
    plural: 'assessments',
    parent: 'evaluationId',
    stamps: false,
    label: 'subjectKind',
    fields: {
      evaluationId: id,
      subjectKind: enums.subjectKind,
      subjectId: id.nullable().default(null),
      verdict: enums.verdict.nullable().default(null),
      narrative: text(20000).default(''),
    },
  }),
  decision: entity({
    table: 'decision',
    plural: 'decisions',
    parent: 'evaluationId',
    stamps: false,
    label: 'outcome',
    fields: {
      evaluationId: id,
      outcome: enums.outcome,
      rationale: name(20000),
      decidedOn: isoDate,
      /** Who was present when it was decided (filled in from the participants). */
      participants: text(20000).default(''),
    },
  }),
  evaluationParticipant: entity({
    table: 'evaluation_participant',
    plural: 'evaluationParticipants',
    parent: 'evaluationId',
    stamps: false,
    label: 'name',
    fields: {
      evaluationId: id,
      /** A member from the actor register, or null for a free name. */
      actorId: id.nullable().default(null),
      name: name(200),
      organisation: text(200).default(''),
      role: text(200).default(''),
      attendance: enums.attendance.default('invited'),
      sortOrder: z.number().int().default(0),
    },
  }),
  agendaItem: entity({
    table: 'agenda_item',
    plural: 'agendaItems',
    parent: 'evaluationId',
    stamps: false,
    label: 'title',
    fields: {
      evaluationId: id,
      sortOrder: z.number().int().default(0),
      kind: enums.agendaKind,
      subjectId: id.nullable().default(null),
      title: name(300),
      /** Why a generated item is on the agenda: { code, params } (shared/evaluation/agenda.ts). */
      reason: z.record(z.string(), z.unknown()).default({}),
      /** Generated from the data (with a reason) or added by hand. */
      origin: enums.agendaOrigin.default('added'),
      plannedMinutes: z.number().int().min(0).max(600).nullable().default(null),
      actualSeconds: z.number().int().min(0).nullable().default(null),
      minutes: text(20000).default(''),
    },
    json: ['reason'],
  }),
  evidence: entity({
    table: 'evidence',
    plural: 'evidence',
    parent: 'assessmentId',
    stamps: false,
    label: 'text',
    fields: {
      assessmentId: id,
      kind: enums.evidenceKind,
      text: text(20000).default(''),
      url: text(2000).default(''),
      fileName: text(255).default(''),
      mimeType: text(200).default(''),
      /** The attached file's SHA-256 (files are added with evidence.attach). */
      attachment: z.string().length(64).nullable().default(null),
    },
  }),
  resolution: entity({
    table: 'resolution',
    plural: 'resolutions',
    parent: 'evaluationId',
    stamps: false,
    label: 'motion',
    fields: {
      evaluationId: id,
      agendaItemId: id.nullable().default(null),
      motion: name(5000),
      result: enums.resolutionResult,
      votesFor: z.number().int().min(0).max(10000).nullable().default(null),
      votesAgainst: z.number().int().min(0).max(10000).nullable().default(null),
      abstentions: z.number().int().min(0).max(10000).nullable().default(null),
    },
  }),
  followUp: entity({
    table: 'follow_up',
    plural: 'followUps',
    parent: 'evaluationId',
    stamps: false,
    label: 'title',
    fields: {
      evaluationId: id,
      title: name(300),
      owner: name(200),
      dueDate: isoDate,
      goalId: id.nullable().default(null),
      /** The milestone it became when the meeting closed. */
      milestoneId: id.nullable().default(null),
    },
  }),
  reportNarrative: entity({
    table: 'report_narrative',
    plural: 'reportNarratives',
    parent: 'evaluationId',
    stamps: false,
    label: 'key',
    fields: {
      evaluationId: id,
      language: enums.language,
      /** 'section:summary', 'indicator:12', … (shared/report/build.ts names them). */
      key: z.string().min(1).max(100),
      /** Paragraphs separated by blank lines, as written in the report editor. */
      text: text(20000).min(1),
    },
  }),
  adjustment: entity({
    table: 'adjustment',
    plural: 'adjustments',
    parent: 'evaluationId',
    stamps: false,
    label: 'description',
    fields: {
      evaluationId: id,
      description: name(5000),
      /** A changed target: the indicator, the target's date and its new value. */
      indicatorId: id.nullable().default(null),
      targetDate: isoDate.nullable().default(null),
      targetValue: finite.nullable().default(null),
      /** Set by adjustments.apply. */
      appliedAt: isoDateTime.nullable().default(null),
    },
  }),
} as const;

export type Entities = typeof entities;
export type EntityKind = keyof Entities;
export const entityKinds = Object.keys(entities) as EntityKind[];

/** Link tables: pairs of ids, listed by either side. */
export const links = {
  indicatorGoal: { table: 'indicator_goal', plural: 'indicatorGoals', left: 'indicatorId', right: 'goalId' },
  milestoneDependency: {
    table: 'milestone_dependency',
    plural: 'milestoneDependencies',
    left: 'milestoneId',
    right: 'dependsOnId',
  },
  eventActor: { table: 'event_actor', plural: 'eventActors', left: 'eventId', right: 'actorId' },
} as const;
export type LinkKind = keyof typeof links;

type Fields<K extends EntityKind> = Entities[K]['fields'];

export function dtoSchema<K extends EntityKind>(kind: K) {
  const def = entities[kind] as unknown as EntityDefinition<Fields<K>>;
  const shape = {
    id,
    ...def.fields,
    ...def.output,
    ...(def.stamps ? { createdAt: isoDateTime, updatedAt: isoDateTime } : {}),
  };
  return z.object(shape) as unknown as z.ZodObject<
    { id: typeof id } & { [F in keyof Fields<K>]: z.ZodType<z.output<Fields<K>[F]>> } & StampShape<K>
  >;
}
type StampShape<K extends EntityKind> = Entities[K]['stamps'] extends true
  ? { createdAt: typeof isoDateTime; updatedAt: typeof isoDateTime }
  : unknown;

export function createSchema<K extends EntityKind>(kind: K) {
  return z.strictObject(entities[kind].fields as Fields<K>);
}

/** Update: the id plus any editable field except the parent (items do not move between parents). */
export function updateSchema<K extends EntityKind>(kind: K) {
  const def = entities[kind] as unknown as EntityDefinition;
  const shape: Record<string, z.ZodType> = {};
  for (const [key, schema] of Object.entries(def.fields)) {
    if (key === def.parent) continue;
    const inner =
      schema instanceof z.ZodDefault ? (schema.def.innerType as z.ZodType) : (schema as z.ZodType);
    shape[key] = inner.optional();
  }
  return z.strictObject({ id, ...shape }) as unknown as z.ZodObject<
    { id: typeof id } & {
      [F in Exclude<keyof Fields<K>, Entities[K]['parent']>]: z.ZodOptional<
        z.ZodType<z.output<Fields<K>[F]>>
      >;
    }
  >;
}

export function listSchema<K extends EntityKind>(kind: K) {
  const parent = entities[kind].parent;
  return (parent ? z.strictObject({ [parent]: id }) : z.strictObject({})) as unknown as z.ZodObject<
    Entities[K]['parent'] extends string ? { [P in Entities[K]['parent']]: typeof id } : Record<never, never>
  >;
}

export type EntityDto<K extends EntityKind> = z.output<ReturnType<typeof dtoSchema<K>>>;
