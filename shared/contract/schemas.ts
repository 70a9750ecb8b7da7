// Runtime schemas of the contract's data transfer objects. Types derive from them, so the
// schema is the single statement of what crosses a transport. All values are JSON-safe: dates
// travel as ISO strings.
import { z } from 'zod';

export const id = z.number().int().positive();
/** No control characters (NUL, line breaks, escapes): they have no place in names or paths. */
const noControl = (s: string) => !/\p{Cc}/u.test(s);

/** Names and titles: trimmed, not empty, no control characters, `max` characters at most. */
export const displayText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(noControl, { params: { code: 'invalidFormat' } });

export const displayName = displayText(120);

export const isoDateTime = z.iso.datetime({ offset: true });

/** The range of calendar dates the contract and the schema accept. */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2200-12-31';

export const cluster = z.object({
  id,
  name: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Cluster = z.infer<typeof cluster>;

export const language = z.enum(['de', 'en']);
export type Language = z.infer<typeof language>;

export const themePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof themePreference>;

export const preferences = z.object({
  /** null: follow the operating system's language. */
  language: language.nullable(),
  theme: themePreference,
  /** Editors save by themselves a second after the last change. */
  autoSave: z.boolean().default(false),
  /** A single click opens an item in one reusable preview tab (VS Code's workbench.editor.enablePreview). */
  enablePreview: z.boolean().default(true),
});
export type Preferences = z.infer<typeof preferences>;

/** What an editor tab shows; stored in the view state so tabs come back after a restart. */
export const editorInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cluster'), id }),
  z.object({ kind: z.literal('welcome') }),
  z.object({ kind: z.literal('guide'), clusterId: id }),
  z.object({ kind: z.literal('dashboard'), clusterId: id }),
  /** The measurement grid: one indicator, or all of the cluster's (indicatorId null). */
  z.object({ kind: z.literal('measurements'), clusterId: id, indicatorId: id.nullable() }),
  /** Everything due for one period, across the cluster's indicators. */
  z.object({ kind: z.literal('dueEntry'), clusterId: id }),
  z.object({ kind: z.literal('import'), clusterId: id }),
  z.object({ kind: z.literal('timeline'), clusterId: id }),
  z.object({ kind: z.literal('help'), topic: z.enum(['status']) }),
  /** The meeting's presenter view (the audience screen is a window of its own). */
  z.object({ kind: z.literal('meeting'), evaluationId: id }),
  /** The minutes of an evaluation meeting, as a document. */
  z.object({ kind: z.literal('minutes'), evaluationId: id }),
  /** An evaluation's report: the preview, its texts, producing PDF, Word and Excel files. */
  z.object({ kind: z.literal('report'), evaluationId: id }),
  /** Resources and activities (issue 14): one editor of each per cluster. */
  z.object({ kind: z.literal('budget'), clusterId: id }),
  z.object({ kind: z.literal('financingPlan'), clusterId: id }),
  z.object({ kind: z.literal('staff'), clusterId: id }),
  z.object({ kind: z.literal('activityProfile'), clusterId: id }),
  z.object({ kind: z.literal('readiness'), clusterId: id }),
  z.object({ kind: z.literal('importBudget'), clusterId: id }),
  z.object({ kind: z.literal('importBenchmark'), clusterId: id }),
  z.object({ kind: z.literal('importLabelIndicators'), clusterId: id }),
  // The actors' network (issue 13): the register, one actor, the network view, the events log,
  // the imports of member lists and relationships, and the help on the network indicators.
  z.object({ kind: z.literal('actors'), clusterId: id }),
  z.object({ kind: z.literal('actor'), id }),
  z.object({ kind: z.literal('network'), clusterId: id }),
  z.object({ kind: z.literal('events'), clusterId: id }),
  z.object({ kind: z.literal('networkImport'), clusterId: id, what: z.enum(['actors', 'relationships']) }),
  z.object({ kind: z.literal('networkHelp') }),
  z.object({
    kind: z.literal('entity'),
    entity: z.enum(['strategy', 'goal', 'indicator', 'milestone', 'breakPoint', 'evaluation']),
    id,
  }),
]);
export type EditableEntity = Extract<EditorInput, { kind: 'entity' }>['entity'];
export type EditorInput = z.infer<typeof editorInput>;

export const sideView = z.enum([
  'explorer',
  'search',
  'dashboard',
  'evaluation',
  'resources',
  'reports',
  'settings',
]);
export type SideView = z.infer<typeof sideView>;

export const panelView = z.enum(['problems', 'activity']);
export type PanelView = z.infer<typeof panelView>;

/** The workbench layout of one workspace: open editors, side bar and panel. */
export const viewState = z.object({
  editors: z.array(editorInput).max(50),
  activeEditor: z.number().int().min(0).nullable(),
  /** The index of the preview tab (opened by a single click, replaced by the next); absent when none. */
  previewEditor: z.number().int().min(0).optional(),
  sideView: sideView.nullable(),
  sideBarWidth: z.number().int().min(170).max(800),
  panel: panelView.nullable(),
  expanded: z.array(z.string().max(64)).max(5000),
});
export type ViewState = z.infer<typeof viewState>;

export const workspaceInfo = z.object({
  path: z.string(),
  fileName: z.string(),
  schemaVersion: z.number().int(),
  readOnly: z.boolean(),
  /**
   * Why the workspace is read-only: the file may not be written, it lies on read-only media
   * (opened from a snapshot), or no file is open at all (the empty placeholder after a failure).
   */
  readOnlyReason: z.enum(['file', 'media', 'noWorkspace']).nullable(),
  /** Set when the workspace asked for could not be opened; the app then runs on the fallback or on no file. */
  openError: z
    .object({
      path: z.string(),
      reason: z.enum(['notSqlite', 'notOurs', 'damaged', 'tooNew', 'missing', 'io', 'altered']),
      message: z.string(),
    })
    .nullable(),
});
export type WorkspaceInfo = z.infer<typeof workspaceInfo>;

/**
 * A file path from the user. Control characters are refused: SQLite and the OS stop a path at a
 * NUL byte while Node's existence checks see the whole string, so "notes.txt\u0000" would pass
 * the "does it exist?" check and then write over notes.txt.
 */
export const filePath = z
  .string()
  .trim()
  .min(1)
  .max(1000)
  .refine(noControl, { params: { code: 'invalidFormat' } })
  // A relative path would resolve against wherever the backend process happens to run.
  .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), { params: { code: 'absolutePath' } });

export const recentWorkspace = z.object({ path: z.string(), fileName: z.string(), openedAt: isoDateTime });
export type RecentWorkspace = z.infer<typeof recentWorkspace>;

/** A path the user picked in a native dialog; `supported: false` where there is none (web host). */
export const chosenPath = z.object({ supported: z.boolean(), path: z.string().nullable() });

export const backup = z.object({
  file: z.string(),
  takenAt: isoDateTime,
  reason: z.string(),
  bytes: z.number().int(),
});
export type Backup = z.infer<typeof backup>;

const historyEntry = z.object({ batchId: z.number().int(), label: z.string(), at: isoDateTime });
export const historyState = z.object({ undo: historyEntry.nullable(), redo: historyEntry.nullable() });
export type HistoryState = z.infer<typeof historyState>;
export const historyStep = z.object({
  batchId: z.number().int(),
  label: z.string(),
  kind: z.enum(['undo', 'redo']),
});

export const auditAction = z.enum(['insert', 'update', 'delete']);
export const auditChange = z.object({
  entity: z.string(),
  entityId: z.number().int(),
  action: auditAction,
  label: z.string(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditChange = z.infer<typeof auditChange>;
export const auditBatch = z.object({
  id: z.number().int(),
  at: isoDateTime,
  user: z.string(),
  label: z.string(),
  kind: z.enum(['edit', 'undo', 'redo', 'import', 'system']),
  /** Why it was done, when the action needed a reason (a change in a locked period). */
  reason: z.string(),
  undone: z.boolean(),
  changeCount: z.number().int(),
  changes: z.array(auditChange),
});
export type AuditBatch = z.infer<typeof auditBatch>;
export const auditQuery = z.strictObject({
  entity: z.string().max(40).optional(),
  user: z.string().max(200).optional(),
  text: z.string().max(200).optional(),
  beforeId: z.number().int().optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

export const searchHit = z.object({
  entity: z.string(),
  id: z.number().int(),
  clusterId: z.number().int().nullable(),
  title: z.string(),
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof searchHit>;

export const workspaceSettings = z.object({
  /** Who the audit log names; empty: the operating system's user name. */
  userName: z.string().trim().max(200),
  /** Rolling backups: keep one a day for this many days … */
  backupDays: z.number().int().min(0).max(365),
  /** … and one a week for this many weeks. */
  backupWeeks: z.number().int().min(0).max(520),
});
export type WorkspaceSettings = z.infer<typeof workspaceSettings>;

const outlineItem = z.object({ id: z.number().int(), title: z.string() });
export const outline = z.object({
  clusters: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      strategies: z.array(
        outlineItem.extend({
          goals: z.array(
            outlineItem.extend({
              parentId: z.number().int().nullable(),
              indicatorIds: z.array(z.number().int()),
            }),
          ),
          milestones: z.array(outlineItem),
          breakPoints: z.array(outlineItem),
        }),
      ),
      indicators: z.array(outlineItem),
      /** Newest period first. */
      evaluations: z.array(
        outlineItem.extend({
          status: z.enum(['draft', 'in_meeting', 'decided', 'locked']),
          periodStart: z.string(),
          periodEnd: z.string(),
        }),
      ),
    }),
  ),
});
export type Outline = z.infer<typeof outline>;

/** The status engine's statuses (shared/status), as they cross the contract. */
export const indicatorStatus = z.enum(['on_track', 'at_risk', 'off_track', 'no_data', 'stale']);
export const breakPointStatus = z.enum([
  'not_yet_due',
  'on_course',
  'at_risk',
  'met',
  'missed',
  'missed_no_evidence',
  'needs_assessment',
]);

/** The facts the Problems rules read (shared/problems): one call, computed in the renderer. */
export const problemFacts = z.object({
  today: z.string(),
  strategies: z.array(
    z.object({
      id: z.number().int(),
      clusterId: z.number().int(),
      title: z.string(),
      periodStart: z.string(),
      periodEnd: z.string(),
      endorsements: z.number().int(),
    }),
  ),
  goals: z.array(
    z.object({
      id: z.number().int(),
      strategyId: z.number().int(),
      parentId: z.number().int().nullable(),
      title: z.string(),
      indicatorIds: z.array(z.number().int()),
    }),
  ),
  indicators: z.array(
    z.object({
      id: z.number().int(),
      clusterId: z.number().int(),
      name: z.string(),
      direction: z.enum(['increase', 'decrease', 'band']),
      frequency: z.enum(['monthly', 'quarterly', 'half_yearly', 'yearly']),
      baselineDate: z.string().nullable(),
      baselineValue: z.number().nullable(),
      bandLow: z.number().nullable(),
      bandHigh: z.number().nullable(),
      owner: z.string(),
      derived: z.string().nullable(),
      targets: z.array(z.object({ date: z.string(), value: z.number() })),
      /** Date of the latest measurement (monitoring: data overdue). */
      lastMeasurement: z.string().nullable(),
    }),
  ),
  breakPoints: z.array(
    z.object({
      id: z.number().int(),
      strategyId: z.number().int(),
      title: z.string(),
      kind: z.enum(['rule', 'qualitative']),
      checkDate: z.string(),
      consequence: z.string().nullable(),
      indicatorIds: z.array(z.number().int()),
      /** The status engine's status as of `today` (monitoring: break-point at risk). */
      status: breakPointStatus,
      /** Whether an evaluation has given it a verdict (qualitative break-points need one). */
      assessed: z.boolean(),
    }),
  ),
  milestones: z.array(
    z.object({
      id: z.number().int(),
      strategyId: z.number().int(),
      title: z.string(),
      dueDate: z.string(),
      status: z.string(),
      dependsOn: z.array(z.number().int()),
    }),
  ),
  /** Resources: each cluster's income and financing plan (public share against the plan). */
  finance: z
    .array(
      z.object({
        clusterId: z.number().int(),
        clusterName: z.string(),
        fundingSources: z.array(z.object({ id: z.number().int(), category: z.string() })),
        budgetLines: z.array(
          z.object({
            fundingSourceId: z.number().int(),
            year: z.number().int(),
            plannedCents: z.number().int(),
            actualCents: z.number().int().nullable(),
          }),
        ),
        financingPlan: z.array(z.object({ year: z.number().int(), publicShareBp: z.number().int() })),
      }),
    )
    .optional(),
});
export type ProblemFacts = z.infer<typeof problemFacts>;
