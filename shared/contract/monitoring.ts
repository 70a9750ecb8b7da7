// Data transfer objects of the monitoring calls: the dashboard, the measurement grid, imports
// and exports. Statuses are the status engine's (shared/status).
import { z } from 'zod';
import { enums, isoDate } from './entities.ts';
import { MAX_IMPORT_BASE64_CHARS } from './envelope.ts';
import { breakPointStatus, filePath, id, indicatorStatus } from './schemas.ts';

export { breakPointStatus, indicatorStatus } from './schemas.ts';

const point = z.object({ date: z.string(), value: z.number() });
const milestoneSummary = z.object({
  id,
  title: z.string(),
  goalId: id.nullable(),
  dueDate: z.string(),
  status: enums.milestoneStatus,
});

export const dashboardIndicator = z.object({
  id,
  name: z.string(),
  unit: z.string(),
  decimals: z.number().int(),
  derived: z.string().nullable(),
  direction: z.enum(['increase', 'decrease', 'band']),
  aggregation: z.enum(['cumulative', 'periodic']),
  frequency: z.enum(['monthly', 'quarterly', 'half_yearly', 'yearly']),
  status: indicatorStatus,
  actual: z.number().nullable(),
  planned: z.number().nullable(),
  deviation: z.number().nullable(),
  lastDate: z.string().nullable(),
  /** The actual series up to the "as of" date (running totals for cumulative indicators), newest last. */
  series: z.array(point),
  /** Baseline and targets: the planned trajectory's points. */
  plan: z.array(point),
  due: z.object({ periodEnd: z.string(), overdue: z.boolean() }).nullable(),
});
export type DashboardIndicator = z.infer<typeof dashboardIndicator>;

export const dashboard = z.object({
  asOf: z.string(),
  clusterId: id,
  strategy: z
    .object({
      id,
      title: z.string(),
      periodStart: z.string(),
      periodEnd: z.string(),
      status: indicatorStatus,
    })
    .nullable(),
  goals: z.array(
    z.object({
      id,
      parentId: id.nullable(),
      title: z.string(),
      status: indicatorStatus,
      indicatorIds: z.array(id),
    }),
  ),
  indicators: z.array(dashboardIndicator),
  breakPoints: z.array(
    z.object({
      id,
      title: z.string(),
      kind: z.enum(['rule', 'qualitative']),
      status: breakPointStatus,
      checkDate: z.string(),
      daysToCheck: z.number().int(),
    }),
  ),
  milestones: z.array(
    milestoneSummary.extend({
      overdue: z.boolean(),
      daysToDue: z.number().int(),
    }),
  ),
});
export type Dashboard = z.infer<typeof dashboard>;

export const dashboardInput = z.strictObject({ clusterId: id, asOf: isoDate, strategyId: id.optional() });

/** One measurement as the grid shows it. */
export const measurementRow = z.object({
  id,
  indicatorId: id,
  date: z.string(),
  value: z.number(),
  note: z.string(),
  enteredBy: z.string(),
  enteredAt: z.string(),
});
export type MeasurementRow = z.infer<typeof measurementRow>;

/** The most rows one page of measurements holds (a block of the grid is smaller). */
export const MEASUREMENT_PAGE_MAX = 1000;

/**
 * A window of a cluster's measurements (or one indicator's), in the grid's order: by indicator,
 * then date (`desc` reverses both). The grid reads only the rows it shows, in blocks.
 */
export const measurementPageInput = z.strictObject({
  clusterId: id,
  indicatorId: id.optional(),
  order: z.enum(['asc', 'desc']).optional(),
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(MEASUREMENT_PAGE_MAX),
});
export type MeasurementPageInput = z.infer<typeof measurementPageInput>;

/** The rows of the window and how many there are in all (the grid's height). */
export const measurementPage = z.object({ total: z.number().int(), rows: z.array(measurementRow) });
export type MeasurementPage = z.infer<typeof measurementPage>;

/** A change from the grid: a value to set for an indicator and date, or null to remove it. */
export const measurementChange = z.strictObject({
  indicatorId: id,
  date: isoDate,
  value: z.number().finite().nullable(),
  note: z.string().max(2000).optional(),
});
export type MeasurementChange = z.infer<typeof measurementChange>;

export const importOptions = z.strictObject({
  delimiter: z.enum([';', ',', '\t']).optional(),
  decimal: z.enum(['comma', 'point']).optional(),
  encoding: z.enum(['utf-8', 'windows-1252']).optional(),
  dateFormat: z.enum(['iso', 'dmy.', 'dmy/', 'mdy/']).optional(),
  /** Column index (0-based) of each field; guessed from the header when left out. */
  columns: z
    .strictObject({
      indicator: z.number().int().min(0),
      date: z.number().int().min(0),
      value: z.number().int().min(0),
      note: z.number().int().min(0).nullable(),
    })
    .optional(),
});
export type ImportOptions = z.infer<typeof importOptions>;

export const importInput = z.strictObject({
  clusterId: id,
  fileName: z.string().min(1).max(500),
  /** The file's bytes, base64-encoded. */
  content: z.string().max(MAX_IMPORT_BASE64_CHARS),
  options: importOptions.default({}),
  /** Why values dated in a locked evaluation period are changed (required then). */
  reason: z.string().trim().max(500).optional(),
});
export type ImportInput = z.input<typeof importInput>;

export const importIssue = z.object({
  /** Row number as a spreadsheet shows it (the header is row 1). */
  row: z.number().int(),
  /** The column's header text. */
  column: z.string(),
  code: z.enum(['indicatorUnknown', 'indicatorDerived', 'dateInvalid', 'valueInvalid', 'duplicate', 'empty']),
  value: z.string(),
});
export type ImportIssue = z.infer<typeof importIssue>;

export const importPreview = z.object({
  format: z.enum(['csv', 'xlsx']),
  header: z.array(z.string()),
  delimiter: z.enum([';', ',', '\t']).nullable(),
  decimal: z.enum(['comma', 'point']),
  encoding: z.enum(['utf-8', 'windows-1252']).nullable(),
  dateFormat: z.enum(['iso', 'dmy.', 'dmy/', 'mdy/']),
  columns: z
    .object({
      indicator: z.number().int(),
      date: z.number().int(),
      value: z.number().int(),
      note: z.number().int().nullable(),
    })
    .nullable(),
  /**
   * The first rows as read (for the preview table), with their row numbers, and the date and
   * value as the import reads them (null where a cell is not one), so the preview can show the
   * parsed value beside the raw text.
   */
  sample: z.array(
    z.object({
      row: z.number().int(),
      cells: z.array(z.string()),
      parsed: z.object({ date: z.string().nullable(), value: z.number().nullable() }).nullable(),
    }),
  ),
  rows: z.number().int(),
  valid: z.number().int(),
  /** Valid rows that replace an existing measurement of the same indicator and date. */
  replaces: z.number().int(),
  issues: z.array(importIssue),
  /** More issues than listed. */
  moreIssues: z.number().int(),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const exportInput = z.strictObject({
  clusterId: id,
  indicatorId: id.optional(),
  format: z.enum(['csv', 'xlsx']),
  language: z.enum(['de', 'en']),
  /** Where to write the file (chosen in the desktop app's save dialog); without it the content is returned. */
  path: filePath.optional(),
});
export const exportedFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  /** The file's bytes, base64-encoded; empty when written to `path`. */
  content: z.string(),
  path: z.string().nullable(),
});

export const timeline = z.object({
  strategy: z.object({ id, title: z.string(), periodStart: z.string(), periodEnd: z.string() }),
  goals: z.array(z.object({ id, parentId: id.nullable(), title: z.string() })),
  milestones: z.array(
    milestoneSummary.extend({
      completedOn: z.string().nullable(),
    }),
  ),
  dependencies: z.array(z.object({ milestoneId: id, dependsOnId: id })),
});
export type Timeline = z.infer<typeof timeline>;
