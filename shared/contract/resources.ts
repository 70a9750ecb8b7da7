// Data transfer objects of the resources and activities calls (issue 14): the plain facts of a
// cluster's staff, budget, financing plan, activity profile, benchmarks and label
// self-assessments, and the inputs of the calls that change them. The facts are what the pure
// computations in shared/resources read (the renderer's views, the Problems rules and the
// funder report from its frozen snapshot alike). Money is integer cents, shares basis points
// (1 % = 100 bp), intensities the survey's scale 1 = not at all … 5 = daily.
import { z } from 'zod';
import { enums, isoDate } from './entities.ts';
import { MAX_IMPORT_BASE64_CHARS } from './envelope.ts';
import { displayText, id } from './schemas.ts';

export const fundingCategory = enums.fundingCategory;
export type FundingCategory = z.infer<typeof fundingCategory>;
export const fundingCategories = fundingCategory.options;

export const expenditureCategory = z.enum([
  'personnel',
  'travel',
  'events',
  'communication',
  'external_services',
  'equipment',
  'overheads',
  'other',
]);
export type ExpenditureCategory = z.infer<typeof expenditureCategory>;
export const expenditureCategories = expenditureCategory.options;

/** The five areas of the ESCA/EUCLES benchmarking (docs/domain.md). */
export const labelArea = z.enum([
  'structure',
  'management',
  'financing',
  'strategy_services',
  'achievements',
]);
export type LabelArea = z.infer<typeof labelArea>;
export const labelAreas = labelArea.options;

/** How a label indicator's value meets its threshold: at least, at most, or a yes/no criterion. */
export const labelComparator = z.enum(['ge', 'le', 'yes']);
export type LabelComparator = z.infer<typeof labelComparator>;

/** The indicative default benchmark sets shipped by migration 5 (survey 2006/07). */
export const benchmarkKey = z.enum([
  'survey_all',
  'survey_ict',
  'survey_mature',
  'survey_small_team',
  'survey_large_team',
]);
export type BenchmarkKey = z.infer<typeof benchmarkKey>;

const year = z.number().int().min(1900).max(2200);
const cents = z.number().int().min(0).max(100_000_000_000_000);
const shareBp = z.number().int().min(0).max(10_000);
const intensity = z.number().int().min(1).max(5);
const finite = z.number().refine(Number.isFinite, { params: { code: 'invalidValue' } });
const text = (max: number) => z.string().max(max);

// ---- Facts: what the pure computations read ------------------------------------------------

export const staffFact = z.object({
  id,
  name: z.string(),
  role: z.string(),
  /** Full-time equivalents while the position is held (0 < fte ≤ 10). */
  fte: z.number(),
  startOn: z.string(),
  endOn: z.string().nullable(),
});
export type StaffFact = z.infer<typeof staffFact>;

export const fundingSourceFact = z.object({
  id,
  name: z.string(),
  category: fundingCategory,
  note: z.string(),
});
export type FundingSourceFact = z.infer<typeof fundingSourceFact>;

/** Income from one funding source in one year: planned, and actual once known (null before). */
export const budgetLineFact = z.object({
  id,
  fundingSourceId: id,
  year: z.number().int(),
  plannedCents: z.number().int(),
  actualCents: z.number().int().nullable(),
});
export type BudgetLineFact = z.infer<typeof budgetLineFact>;

export const expenditureFact = z.object({
  id,
  category: expenditureCategory,
  year: z.number().int(),
  plannedCents: z.number().int(),
  actualCents: z.number().int().nullable(),
  note: z.string(),
});
export type ExpenditureFact = z.infer<typeof expenditureFact>;

/** The degressive financing plan: the planned public share of income in a year. */
export const planFact = z.object({ id, year: z.number().int(), publicShareBp: z.number().int() });
export type PlanFact = z.infer<typeof planFact>;

export const fieldOfActionFact = z.object({
  id,
  /** The catalogue's key (translated name); null for a field the user named. */
  key: z.string().nullable(),
  name: z.string(),
  sortOrder: z.number().int(),
});
export type FieldOfActionFact = z.infer<typeof fieldOfActionFact>;

export const activityFact = z.object({
  id,
  fieldOfActionId: id,
  year: z.number().int(),
  plannedIntensity: z.number().int(),
  actualIntensity: z.number().int().nullable(),
});
export type ActivityFact = z.infer<typeof activityFact>;

/** One entry of the events log (what the actual intensity is suggested from). */
export const eventFact = z.object({ date: z.string(), fieldOfActionId: id.nullable() });
export type EventFact = z.infer<typeof eventFact>;

export const actorFact = z.object({
  id,
  actorGroup: enums.actorGroup,
  subtype: z.string(),
  size: enums.actorSize.nullable(),
  memberSince: z.string().nullable(),
  memberUntil: z.string().nullable(),
});
export type ActorFact = z.infer<typeof actorFact>;

/** A commitment an actor made when endorsing one of the cluster's strategies. */
export const commitmentFact = z.object({
  actorId: id,
  strategyId: id,
  kind: enums.commitmentKind,
  endorsedOn: z.string(),
  startOn: z.string().nullable(),
  endOn: z.string().nullable(),
});
export type CommitmentFact = z.infer<typeof commitmentFact>;

export const benchmarkSet = z.object({
  id,
  /** Set for the built-in sets (their names are translated); null for the user's own. */
  key: benchmarkKey.nullable(),
  name: z.string(),
  source: z.string(),
  /** Indicative values, not measured means (the built-in survey sets). */
  indicative: z.boolean(),
  values: z.array(z.object({ fieldOfActionId: id, intensity: z.number() })),
});
export type BenchmarkSet = z.infer<typeof benchmarkSet>;

export const labelIndicator = z.object({
  id,
  area: labelArea,
  code: z.string(),
  title: z.string(),
  description: z.string(),
  unit: z.string(),
  comparator: labelComparator,
  /** Null for yes/no criteria. */
  threshold: z.number().nullable(),
  weight: z.number(),
  /** An indicative example item shipped with the app, not an official indicator. */
  indicative: z.boolean(),
  sortOrder: z.number().int(),
});
export type LabelIndicator = z.infer<typeof labelIndicator>;

export const labelResult = z.object({
  labelIndicatorId: id,
  /** The value found; for yes/no criteria 1 (yes) or 0 (no); null when not assessed. */
  value: z.number().nullable(),
  evidence: z.string(),
});
export type LabelResult = z.infer<typeof labelResult>;

export const labelAssessment = z.object({
  id,
  assessedOn: z.string(),
  title: z.string(),
  note: z.string(),
  results: z.array(labelResult),
});
export type LabelAssessment = z.infer<typeof labelAssessment>;

export const strategyPeriod = z.object({
  id,
  title: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
});
export type StrategyPeriod = z.infer<typeof strategyPeriod>;

/** Everything the resource views, the Problems rules and the report compute from, for one cluster. */
export const resourceFacts = z.object({
  clusterId: id,
  clusterName: z.string(),
  sectorGroup: enums.sectorGroup.nullable(),
  strategies: z.array(strategyPeriod),
  staff: z.array(staffFact),
  fundingSources: z.array(fundingSourceFact),
  budgetLines: z.array(budgetLineFact),
  expenditure: z.array(expenditureFact),
  financingPlan: z.array(planFact),
  fieldsOfAction: z.array(fieldOfActionFact),
  activityPlan: z.array(activityFact),
  events: z.array(eventFact),
  actors: z.array(actorFact),
  commitments: z.array(commitmentFact),
  /** Every benchmark set of the workspace (built-in and the user's). */
  benchmarkSets: z.array(benchmarkSet),
  /** The set the cluster chose; null: the default for its sector group. */
  benchmarkChoice: id.nullable(),
  labelIndicators: z.array(labelIndicator),
  labelAssessments: z.array(labelAssessment),
});
export type ResourceFacts = z.infer<typeof resourceFacts>;

// ---- Inputs of the calls that change them -------------------------------------------------
// Each save call is one user action: one transaction, one undo step. A refused row names its
// index in the input (path ['rows', i, field]) so the grid shows the message on that row.

/** A staff row: `id` null creates a position. */
export const staffRow = z.strictObject({
  id: id.nullable(),
  name: text(200).default(''),
  role: displayText(200),
  fte: z.number().gt(0).max(10),
  startOn: isoDate,
  endOn: isoDate.nullable(),
});
export const saveStaffInput = z.strictObject({
  clusterId: id,
  rows: z.array(staffRow).max(1000).default([]),
  remove: z.array(id).max(1000).default([]),
});
export type SaveStaffInput = z.input<typeof saveStaffInput>;

/**
 * A funding source's row in the budget grid for one year: the source (new when `sourceId` is
 * null) and its planned and actual income. Both amounts null: no budget line in that year.
 */
export const budgetRow = z.strictObject({
  sourceId: id.nullable(),
  name: displayText(200),
  category: fundingCategory,
  plannedCents: cents.nullable(),
  actualCents: cents.nullable(),
});
export const saveBudgetInput = z.strictObject({
  clusterId: id,
  year,
  rows: z.array(budgetRow).min(1).max(500),
});
export type SaveBudgetInput = z.input<typeof saveBudgetInput>;

/** Expenditure of one category in the chosen year; both amounts null removes the line. */
export const expenditureRow = z.strictObject({
  category: expenditureCategory,
  plannedCents: cents.nullable(),
  actualCents: cents.nullable(),
  note: text(2000).default(''),
});
export const saveExpenditureInput = z.strictObject({
  clusterId: id,
  year,
  rows: z.array(expenditureRow).min(1).max(50),
});
export type SaveExpenditureInput = z.input<typeof saveExpenditureInput>;

/** The planned public share of a year; null removes the year from the plan. */
export const planRow = z.strictObject({ year, publicShareBp: shareBp.nullable() });
export const savePlanInput = z.strictObject({ clusterId: id, rows: z.array(planRow).min(1).max(300) });
export type SavePlanInput = z.input<typeof savePlanInput>;

/** A field of action's planned and actual intensity in the chosen year; planned null removes it. */
export const activityRow = z.strictObject({
  fieldOfActionId: id,
  plannedIntensity: intensity.nullable(),
  actualIntensity: intensity.nullable(),
});
export const saveActivityInput = z.strictObject({
  clusterId: id,
  year,
  rows: z.array(activityRow).min(1).max(100),
});
export type SaveActivityInput = z.input<typeof saveActivityInput>;

export const saveBenchmarkInput = z.strictObject({
  /** Null creates a set. Built-in sets cannot be changed. */
  id: id.nullable(),
  name: displayText(200),
  source: text(2000).default(''),
  values: z.array(z.strictObject({ fieldOfActionId: id, intensity: z.number().min(1).max(5) })).max(100),
});
export type SaveBenchmarkInput = z.input<typeof saveBenchmarkInput>;

export const chooseBenchmarkInput = z.strictObject({ clusterId: id, benchmarkSetId: id.nullable() });

export const labelIndicatorRow = z.strictObject({
  id: id.nullable(),
  area: labelArea,
  code: text(20).default(''),
  title: displayText(300),
  description: text(2000).default(''),
  unit: text(40).default(''),
  comparator: labelComparator,
  threshold: finite.nullable(),
  weight: z.number().gt(0).max(100).default(1),
});
export const saveLabelIndicatorsInput = z.strictObject({
  clusterId: id,
  rows: z.array(labelIndicatorRow).max(500).default([]),
  remove: z.array(id).max(500).default([]),
});
export type SaveLabelIndicatorsInput = z.input<typeof saveLabelIndicatorsInput>;

export const saveLabelAssessmentInput = z.strictObject({
  clusterId: id,
  /** Null creates an assessment. */
  id: id.nullable(),
  assessedOn: isoDate,
  title: displayText(200),
  note: text(20000).default(''),
  results: z
    .array(
      z.strictObject({ labelIndicatorId: id, value: finite.nullable(), evidence: text(5000).default('') }),
    )
    .max(500),
});
export type SaveLabelAssessmentInput = z.input<typeof saveLabelAssessmentInput>;

// ---- Imports: budgets, benchmark sets, label indicators -----------------------------------

export const resourceImportKind = z.enum(['budget', 'benchmark', 'labelIndicators']);
export type ResourceImportKind = z.infer<typeof resourceImportKind>;

/** The fields each import reads; the columns are guessed from the header (German or English). */
export const resourceImportFields = {
  budget: ['name', 'kind', 'year', 'planned', 'actual'],
  benchmark: ['field', 'intensity'],
  labelIndicators: ['area', 'code', 'title', 'comparator', 'threshold', 'unit', 'weight', 'description'],
} as const satisfies Record<ResourceImportKind, readonly string[]>;
export type ResourceImportField = (typeof resourceImportFields)[ResourceImportKind][number];

/** Fields a file must have a column for. */
export const requiredImportFields: Record<ResourceImportKind, readonly ResourceImportField[]> = {
  budget: ['kind', 'year'],
  benchmark: ['field', 'intensity'],
  labelIndicators: ['area', 'title'],
};

export const resourceImportOptions = z.strictObject({
  delimiter: z.enum([';', ',', '\t']).optional(),
  decimal: z.enum(['comma', 'point']).optional(),
  encoding: z.enum(['utf-8', 'windows-1252']).optional(),
  /** Column index (0-based) per field, null for none; guessed from the header when left out. */
  columns: z.record(z.string(), z.number().int().min(0).nullable()).optional(),
});
export type ResourceImportOptions = z.infer<typeof resourceImportOptions>;

export const resourceImportInput = z.strictObject({
  kind: resourceImportKind,
  clusterId: id,
  fileName: z.string().min(1).max(500),
  /** The file's bytes, base64-encoded. */
  content: z.string().max(MAX_IMPORT_BASE64_CHARS),
  /** Benchmark imports: the new set's name (and where its figures come from). */
  setName: text(200).optional(),
  setSource: text(2000).optional(),
  options: resourceImportOptions.default({}),
});
export type ResourceImportInput = z.input<typeof resourceImportInput>;

export const resourceImportIssueCode = z.enum([
  'empty',
  'kindUnknown',
  'kindMismatch',
  'yearInvalid',
  'outsidePeriod',
  'amountInvalid',
  'amountNegative',
  'nameRequired',
  'tooLong',
  'fieldUnknown',
  'intensityInvalid',
  'areaUnknown',
  'comparatorUnknown',
  'thresholdInvalid',
  'weightInvalid',
  'duplicate',
]);
export type ResourceImportIssueCode = z.infer<typeof resourceImportIssueCode>;

export const resourceImportPreview = z.object({
  kind: resourceImportKind,
  format: z.enum(['csv', 'xlsx']),
  header: z.array(z.string()),
  delimiter: z.enum([';', ',', '\t']).nullable(),
  decimal: z.enum(['comma', 'point']),
  encoding: z.enum(['utf-8', 'windows-1252']).nullable(),
  /** Column index per field (null: no such column); null overall when a required one is missing. */
  columns: z.record(z.string(), z.number().int().nullable()).nullable(),
  sample: z.array(z.object({ row: z.number().int(), cells: z.array(z.string()) })),
  rows: z.number().int(),
  valid: z.number().int(),
  /** Valid rows that replace stored values (the same source and year, field, or indicator title). */
  replaces: z.number().int(),
  issues: z.array(
    z.object({
      row: z.number().int(),
      column: z.string(),
      code: resourceImportIssueCode,
      value: z.string(),
    }),
  ),
  moreIssues: z.number().int(),
});
export type ResourceImportPreview = z.infer<typeof resourceImportPreview>;

export const resourceImportResult = z.object({
  imported: z.number().int(),
  replaced: z.number().int(),
  backup: z.string(),
  /** The benchmark set created by a benchmark import. */
  benchmarkSetId: id.nullable(),
});
