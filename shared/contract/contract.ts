// The one contract between the renderer and the backend. Each call has a name, an input schema
// and an output schema; the backend (db/) validates every input against it at run time, and
// both transports (Electron IPC, loopback HTTP) carry exactly these calls. CRUD calls for every
// entity are generated from shared/contract/entities.ts.
import { z } from 'zod';
import {
  createSchema,
  dtoSchema,
  type Entities,
  type EntityKind,
  entities,
  entityKinds,
  enums,
  isoDate,
  type LinkKind,
  links,
  listSchema,
  updateSchema,
} from './entities.ts';
import * as ev from './evaluation.ts';
import * as m from './monitoring.ts';
import * as n from './network.ts';
import * as rp from './report.ts';
import * as r from './resources.ts';
import * as s from './schemas.ts';

export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  /** True for calls that change the workspace: they run in one write transaction. */
  readonly writes: boolean;
}

function query<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): CallSpec<I, O> {
  return { input, output, writes: false };
}
function command<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): CallSpec<I, O> {
  return { input, output, writes: true };
}

const none = z.strictObject({});
const byId = z.strictObject({ id: s.id });

type Dto<K extends EntityKind> = ReturnType<typeof dtoSchema<K>>;
type Plural<K extends EntityKind> = Entities[K]['plural'];
type CrudCalls<K extends EntityKind> = {
  [N in `${Plural<K>}.list`]: CallSpec<ReturnType<typeof listSchema<K>>, z.ZodArray<Dto<K>>>;
} & { [N in `${Plural<K>}.get`]: CallSpec<typeof byId, Dto<K>> } & {
  [N in `${Plural<K>}.create`]: CallSpec<ReturnType<typeof createSchema<K>>, Dto<K>>;
} & { [N in `${Plural<K>}.update`]: CallSpec<ReturnType<typeof updateSchema<K>>, Dto<K>> } & {
  [N in `${Plural<K>}.delete`]: CallSpec<typeof byId, typeof byId>;
};

function crud<K extends EntityKind>(kind: K): CrudCalls<K> {
  const plural = entities[kind].plural;
  const dto = dtoSchema(kind);
  return {
    [`${plural}.list`]: query(listSchema(kind), z.array(dto)),
    [`${plural}.get`]: query(byId, dto),
    [`${plural}.create`]: command(createSchema(kind), dto),
    [`${plural}.update`]: command(updateSchema(kind), dto),
    [`${plural}.delete`]: command(byId, byId),
  } as CrudCalls<K>;
}

type LinkShape<L extends LinkKind> = z.ZodObject<{
  [F in (typeof links)[L]['left'] | (typeof links)[L]['right']]: typeof s.id;
}>;
type LinkCalls<L extends LinkKind> = {
  [N in `${(typeof links)[L]['plural']}.list`]: CallSpec<z.ZodObject, z.ZodArray<LinkShape<L>>>;
} & {
  [N in `${(typeof links)[L]['plural']}.link` | `${(typeof links)[L]['plural']}.unlink`]: CallSpec<
    LinkShape<L>,
    LinkShape<L>
  >;
};

function linkCalls<L extends LinkKind>(kind: L): LinkCalls<L> {
  const { plural, left, right } = links[kind];
  const pair = z.strictObject({ [left]: s.id, [right]: s.id });
  const filter = z.union([z.strictObject({ [left]: s.id }), z.strictObject({ [right]: s.id })]);
  return {
    [`${plural}.list`]: query(filter, z.array(pair)),
    [`${plural}.link`]: command(pair, pair),
    [`${plural}.unlink`]: command(pair, pair),
  } as unknown as LinkCalls<L>;
}

const crudByKind = entityKinds.map((kind) => crud(kind));
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
type AllCrud = UnionToIntersection<{ [K in EntityKind]: CrudCalls<K> }[EntityKind]>;
type AllLinks = UnionToIntersection<{ [L in LinkKind]: LinkCalls<L> }[LinkKind]>;

const base = {
  'workspace.info': query(none, s.workspaceInfo),
  /**
   * The renderer's first call, with the language it shows: on a first start the default
   * workspace is created now, with the demo in that language.
   */
  'workspace.start': command(z.strictObject({ language: s.language }), s.workspaceInfo),
  'workspace.outline': query(none, s.outline),
  /** `today` is the caller's local date (shared/time/today.ts): the Problems panel and the dashboard agree. */
  'workspace.problemFacts': query(z.strictObject({ today: isoDate }), s.problemFacts),
  'workspace.recent': query(none, z.array(s.recentWorkspace)),
  'workspace.choosePath': query(
    z.strictObject({
      purpose: z.enum([
        'open',
        'new',
        'saveCopy',
        'exportCsv',
        'exportXlsx',
        'exportPdf',
        'exportDocx',
        'openPdf',
        'exportSvg',
      ]),
      /** A file name to suggest (exports). */
      suggestedName: z.string().max(200).optional(),
    }),
    s.chosenPath,
  ),
  'workspace.new': command(
    z.strictObject({ path: s.filePath, demo: z.enum(['none', 'de', 'en']) }),
    s.workspaceInfo,
  ),
  'workspace.open': command(z.strictObject({ path: s.filePath }), s.workspaceInfo),
  'workspace.openDefault': command(none, s.workspaceInfo),
  'workspace.saveCopy': command(z.strictObject({ path: s.filePath }), z.strictObject({ path: z.string() })),
  'workspace.reveal': query(none, z.strictObject({ revealed: z.boolean() })),
  /**
   * Opens a second window of the app (the audience screen of a meeting, on the second display
   * when there is one). `opened: false` where the host has no windows (the browser opens a tab).
   */
  'workspace.openWindow': query(
    z.strictObject({ view: z.literal('meeting'), evaluationId: s.id }),
    z.strictObject({ opened: z.boolean() }),
  ),

  /** Backups of the open workspace, or of another file (one that failed to open). */
  'backups.list': query(z.strictObject({ path: s.filePath.optional() }), z.array(s.backup)),
  'backups.create': command(none, s.backup),
  'backups.restore': command(
    z.strictObject({ file: s.filePath, path: s.filePath.optional() }),
    s.workspaceInfo,
  ),

  /** Creates an indicator that measures a goal: the indicator and its link in one action (one undo). */
  'indicators.createForGoal': command(
    z.strictObject({ goalId: s.id, indicator: createSchema('indicator') }),
    dtoSchema('indicator'),
  ),
  /**
   * Saves an indicator's targets as the editor shows them, in one step (one undo): the list is
   * the targets after the save; a target missing from it is removed, one without an id is new.
   */
  'targets.save': command(
    z.strictObject({
      indicatorId: s.id,
      targets: z
        .array(
          z.strictObject({
            id: s.id.nullable(),
            date: isoDate,
            value: z.number().refine(Number.isFinite, { params: { code: 'invalidValue' } }),
          }),
        )
        .max(1000),
      /** The indicator's changed fields: saved in the same step (the editor's one Save, one undo). */
      indicator: updateSchema('indicator').omit({ id: true }).optional(),
    }),
    z.strictObject({ indicator: dtoSchema('indicator'), targets: z.array(dtoSchema('target')) }),
  ),
  /**
   * Saves a break-point's rule as the editor shows it, in one step (one undo): how the
   * comparisons combine (all must hold, or one is enough) and the comparisons in order; a
   * comparison missing from the list is removed, one without an id is new.
   */
  'breakPoints.saveRule': command(
    z.strictObject({
      breakPointId: s.id,
      node: z.enum(['all', 'any']),
      conditions: z
        .array(
          z.strictObject({
            id: s.id.nullable(),
            indicatorId: s.id,
            comparator: enums.comparator,
            threshold: z.number().refine(Number.isFinite, { params: { code: 'invalidValue' } }),
          }),
        )
        .max(100),
      /** The break-point's changed fields: saved in the same step (the editor's one Save, one undo). */
      breakPoint: updateSchema('breakPoint').omit({ id: true }).optional(),
    }),
    z.strictObject({
      breakPoint: dtoSchema('breakPoint'),
      conditions: z.array(dtoSchema('breakPointCondition')),
    }),
  ),
  /** Moves a goal: under another strategic goal (or to the top level), before a sibling or last. */
  'goals.move': command(
    z.strictObject({ id: s.id, parentId: s.id.nullable(), beforeId: s.id.nullable() }),
    z.strictObject({ id: s.id }),
  ),
  /** Copies an item under the same parent with a new title (a break-point with its rule, an indicator with its targets). */
  'items.duplicate': command(
    z.strictObject({
      entity: z.enum(['goal', 'indicator', 'milestone', 'breakPoint']),
      id: s.id,
      title: s.displayText(300),
    }),
    z.strictObject({ id: s.id }),
  ),
  /** Deletes several items in one action (one undo brings them all back). */
  'items.deleteMany': command(
    z.strictObject({
      items: z
        .array(
          z.strictObject({
            entity: z.enum(['strategy', 'goal', 'indicator', 'milestone', 'breakPoint']),
            id: s.id,
          }),
        )
        .min(1)
        .max(500),
    }),
    z.strictObject({ deleted: z.number().int() }),
  ),
  /** The state of one cluster at a date: goals, indicators, break-points, milestones, due data. */
  'monitoring.dashboard': query(m.dashboardInput, m.dashboard),
  /** Members by actor group at a date (the breakdown of the derived "members" indicator). */
  'monitoring.memberGroups': query(
    z.strictObject({ clusterId: s.id, at: isoDate }),
    z.partialRecord(z.enum(['business', 'administration', 'research', 'culture']), z.number().int()),
  ),
  /** A strategy's milestones with their goals and dependencies, for the timeline. */
  'monitoring.timeline': query(z.strictObject({ strategyId: s.id }), m.timeline),
  /** The measurements of a cluster (or of one of its indicators), by indicator and date. */
  'measurements.ofCluster': query(
    z.strictObject({ clusterId: s.id, indicatorId: s.id.optional() }),
    z.array(m.measurementRow),
  ),
  /** One window of those measurements and their total: what the grid reads, block by block. */
  'measurements.page': query(m.measurementPageInput, m.measurementPage),
  /**
   * Sets or removes values from the grid: one action, however many cells. A value dated in a
   * locked evaluation period needs a reason, which the audit trail keeps.
   */
  'measurements.save': command(
    z.strictObject({
      clusterId: s.id,
      changes: z.array(m.measurementChange).min(1).max(100_000),
      reason: z.string().trim().max(500).optional(),
    }),
    z.strictObject({ saved: z.number().int(), removed: z.number().int() }),
  ),
  /** Reads a CSV or XLSX file and checks every row; writes nothing. */
  'measurements.importPreview': query(m.importInput, m.importPreview),
  /** Imports a file all or nothing, after a backup: one entry in the Activity panel, one undo. */
  'measurements.import': command(
    m.importInput,
    z.strictObject({ imported: z.number().int(), replaced: z.number().int(), backup: z.string() }),
  ),
  'measurements.export': query(m.exportInput, m.exportedFile),
  // ---- The actors' network (issue 13): register, imports, events, the network and its indicators.
  /** The register of a cluster's actors, with their relationships in force at `at`. */
  'actors.table': query(z.strictObject({ clusterId: s.id, at: isoDate }), z.array(n.actorRow)),
  /** An actor's relationships (seen from it), events and endorsements. */
  'actors.detail': query(byId, n.actorDetail),
  /**
   * Saves the register grid's edits (changed cells, pasted rows, new actors) as one action; every
   * refusal names its change and field (['changes', i, field]).
   */
  'actors.save': command(
    z.strictObject({ clusterId: s.id, changes: z.array(n.actorChange).min(1).max(100_000) }),
    z.strictObject({ created: z.number().int(), updated: z.number().int() }),
  ),
  /** Sets fields on several actors in one action (one undo). */
  'actors.updateMany': command(
    z.strictObject({ ids: z.array(s.id).min(1).max(100_000), set: n.actorBulkChange }),
    z.strictObject({ updated: z.number().int() }),
  ),
  /** Deletes several actors (and their relationships) in one action (one undo). */
  'actors.deleteMany': command(
    z.strictObject({ ids: z.array(s.id).min(1).max(100_000) }),
    z.strictObject({ deleted: z.number().int() }),
  ),
  /** Reads a member list (CSV or XLSX) and checks every row; writes nothing. */
  'actors.importPreview': query(n.actorImportInput, n.actorImportPreview),
  /** Imports a member list all or nothing, after a backup: names in the register are updated. */
  'actors.import': command(n.actorImportInput, n.importResult),
  'actors.export': query(n.networkExportInput, m.exportedFile),
  'relationships.importPreview': query(n.relationshipImportInput, n.relationshipImportPreview),
  'relationships.import': command(n.relationshipImportInput, n.importResult),
  'relationships.export': query(n.networkExportInput, m.exportedFile),
  /** The events log of a cluster with each event's participating actors. */
  'events.ofCluster': query(z.strictObject({ clusterId: s.id }), z.array(n.eventRow)),
  /** Creates or changes an event together with its participating actors (one undo). */
  'events.save': command(n.eventSave, n.eventRow),
  /** Actors, relationships and stored positions of a cluster's network. */
  'network.graph': query(z.strictObject({ clusterId: s.id }), n.networkGraph),
  /** The network indicators at a date. */
  'network.indicators': query(z.strictObject({ clusterId: s.id, at: isoDate }), n.networkIndicatorsDto),
  /** The network indicators at each year's end, up to `at` (which ends the series). */
  'network.history': query(z.strictObject({ clusterId: s.id, at: isoDate }), n.networkHistory),
  /**
   * Keeps positions of the network picture (computed by the layout, not an edit: no Activity
   * entry, no undo). `replace` drops the cluster's other positions (a new layout).
   */
  'network.saveLayout': command(
    z.strictObject({ clusterId: s.id, positions: n.layoutPositions, replace: z.boolean().default(false) }),
    z.strictObject({ saved: z.number().int() }),
  ),
  /** The network at a date as a static SVG picture with its legend (the report's, and "Save Picture"). */
  'network.picture': query(
    z.strictObject({ clusterId: s.id, at: isoDate, language: s.language }),
    z.strictObject({ svg: z.string(), fileName: z.string() }),
  ),
  /** Writes the picture to a file the user chose (the desktop app's save dialog). */
  'network.savePicture': command(
    z.strictObject({ clusterId: s.id, at: isoDate, language: s.language, path: s.filePath }),
    z.strictObject({ path: z.string() }),
  ),
  // The annual evaluation: prepare, freeze, assess, hold the meeting, decide, lock.
  /** Freezes the facts as of the cut-off date into the snapshot and (re)generates the agenda. */
  'evaluation.freeze': command(
    ev.evaluationCalls.byEvaluation,
    z.strictObject({ takenAt: s.isoDateTime, agendaItems: z.number().int() }),
  ),
  /** Regenerates the agenda from the snapshot (or the live data as of the cut-off, before a freeze). */
  'evaluation.generateAgenda': command(
    ev.evaluationCalls.byEvaluation,
    z.strictObject({ agendaItems: z.number().int() }),
  ),
  /** Everything the preparation screen, the meeting and the minutes show, from the snapshot. */
  'evaluation.view': query(ev.evaluationCalls.byEvaluation, ev.evaluationView),
  /** What differs between the snapshot and the live data as of the same cut-off. */
  'evaluation.changes': query(ev.evaluationCalls.byEvaluation, z.array(ev.snapshotChange)),
  /** Moves an agenda item before another one (or last). */
  'agendaItems.move': command(ev.evaluationCalls.move, z.strictObject({ id: s.id })),
  /** Records the verdict and narrative of one subject (creates or updates its assessment). */
  'assessments.save': command(ev.evaluationCalls.assessment, dtoSchema('assessment')),
  /** Records the overall decision (creates or updates it); who was present comes from the participants. */
  'decisions.save': command(ev.evaluationCalls.decision, dtoSchema('decision')),
  /** Opens the meeting: the evaluation is in the meeting from now on, at its first item. */
  'meeting.start': command(ev.evaluationCalls.byEvaluation, ev.meetingState),
  /** Moves the meeting to an item; every screen of the meeting follows (a `meeting` event). */
  'meeting.goto': command(ev.evaluationCalls.goto, ev.meetingState),
  'meeting.state': query(ev.evaluationCalls.byEvaluation, ev.meetingState.nullable()),
  /** Closes the meeting: decided; follow-ups become milestones; the time per item is kept. */
  'meeting.close': command(ev.evaluationCalls.byEvaluation, z.strictObject({ milestones: z.number().int() })),
  /** Locks a decided evaluation and its period: changes to values in it then need a reason. */
  'evaluation.lock': command(ev.evaluationCalls.byEvaluation, dtoSchema('evaluation')),
  'evaluation.unlock': command(ev.evaluationCalls.unlock, dtoSchema('evaluation')),
  /** Applies a proposed adjustment (a changed target) to the strategy, referencing it. */
  'adjustments.apply': command(byId, dtoSchema('adjustment')),
  /** Attaches a file as evidence to an assessment (stored in the workspace). */
  'evidence.attach': command(ev.attachInput, dtoSchema('evidence')),
  'evidence.file': query(byId, z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() })),

  /** The report of an evaluation as its model (the in-app preview), in a language and variant. */
  'reports.model': query(rp.reportCalls.model, rp.reportModel),
  /** The manager's text for a section or an indicator of a report (empty: back to the draft). */
  'reports.saveNarrative': command(
    rp.reportCalls.saveNarrative,
    z.strictObject({ key: z.string(), text: z.string() }),
  ),
  /** Renders an evaluation's report (PDF, Word, Excel) into the archive, and copies where asked. */
  'reports.produce': command(rp.reportCalls.produce, rp.producedReports),
  'reports.list': query(rp.reportCalls.list, z.array(rp.archivedReport)),
  'reports.file': query(rp.reportCalls.file, rp.reportFile),
  /** Opens an archived file with the system's program (a temporary copy); `opened: false` without one. */
  'reports.open': query(rp.reportCalls.open, z.strictObject({ opened: z.boolean() })),
  /** Whether a copy of a report is one of the archive's, by its SHA-256. */
  'reports.verify': query(rp.reportCalls.verify, rp.verification),
  /** Renders an archived PDF again from its snapshot and compares page count and text. */
  'reports.reproduce': query(rp.reportCalls.reproduce, rp.reproduction),
  'clusters.setLogo': command(rp.reportCalls.setLogo, dtoSchema('cluster')),
  'clusters.clearLogo': command(rp.reportCalls.clearLogo, dtoSchema('cluster')),
  // ---- Resources and activities (issue 14; DTOs in ./resources.ts) ----------------------------
  /** A cluster's staff, budget, plan, activity profile, benchmarks and label assessments (plain facts). */
  'resources.facts': query(z.strictObject({ clusterId: s.id }), r.resourceFacts),
  'resources.saveStaff': command(
    r.saveStaffInput,
    z.strictObject({ created: z.number().int(), updated: z.number().int(), removed: z.number().int() }),
  ),
  /** Income of one year by funding source (sources created or renamed on the way): one action. */
  'resources.saveBudget': command(
    r.saveBudgetInput,
    z.strictObject({ sourcesCreated: z.number().int(), linesChanged: z.number().int() }),
  ),
  'resources.saveExpenditure': command(r.saveExpenditureInput, z.strictObject({ changed: z.number().int() })),
  'resources.savePlan': command(r.savePlanInput, z.strictObject({ changed: z.number().int() })),
  'resources.saveActivity': command(r.saveActivityInput, z.strictObject({ changed: z.number().int() })),
  /** Reads a budget, benchmark or label-indicator file and checks every row; writes nothing. */
  'resources.importPreview': query(r.resourceImportInput, r.resourceImportPreview),
  /** Imports such a file all or nothing, after a backup: one entry in the Activity panel, one undo. */
  'resources.import': command(r.resourceImportInput, r.resourceImportResult),
  'benchmarks.save': command(r.saveBenchmarkInput, z.strictObject({ id: s.id })),
  'benchmarks.delete': command(byId, byId),
  /** The set a cluster's activity profile is compared with; null: the default for its sector group. */
  'benchmarks.choose': command(r.chooseBenchmarkInput, z.strictObject({ benchmarkSetId: s.id.nullable() })),
  'labels.saveIndicators': command(
    r.saveLabelIndicatorsInput,
    z.strictObject({ created: z.number().int(), updated: z.number().int(), removed: z.number().int() }),
  ),
  /** Adds the indicative example indicators (marked as such) in the given language. */
  'labels.addExamples': command(
    z.strictObject({ clusterId: s.id, language: s.language }),
    z.strictObject({ added: z.number().int() }),
  ),
  'labels.saveAssessment': command(r.saveLabelAssessmentInput, z.strictObject({ id: s.id })),
  'labels.deleteAssessment': command(byId, byId),

  'history.state': query(none, s.historyState),
  'history.undo': command(none, s.historyStep.nullable()),
  'history.redo': command(none, s.historyStep.nullable()),
  'audit.list': query(s.auditQuery, z.array(s.auditBatch)),

  'search.query': query(
    z.strictObject({
      // Tabs and line breaks (pasted text) separate words; other control characters are refused.
      text: z
        .string()
        .max(200)
        .refine((t) => !/[^\P{Cc}\t\n\r]/u.test(t), { params: { code: 'invalidFormat' } }),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    z.array(s.searchHit),
  ),

  /** The settings, and the operating system's user name the audit trail uses when none is set. */
  'settings.get': query(none, s.workspaceSettings.extend({ systemUserName: z.string() })),
  'settings.update': command(s.workspaceSettings.partial().strict(), s.workspaceSettings),

  'preferences.get': query(none, s.preferences),
  'preferences.update': command(s.preferences.partial().strict(), s.preferences),

  'viewState.get': query(none, s.viewState.nullable()),
  'viewState.save': command(s.viewState, z.strictObject({})),
};

export const contract = Object.assign(
  {},
  base,
  ...crudByKind,
  ...(Object.keys(links) as LinkKind[]).map((kind) => linkCalls(kind)),
) as typeof base & AllCrud & AllLinks;

export type Contract = typeof contract;
/** The calls generated for every entity (list/get/create/update/delete) and link table. */
export type GeneratedCallName = (keyof AllCrud | keyof AllLinks) & string;
export type CallName = keyof Contract & string;
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>;

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Calls that change only this computer's app state, allowed on read-only workspaces. */
export const appStateCalls: ReadonlySet<string> = new Set([
  'preferences.update',
  'viewState.save',
  'workspace.start',
  'meeting.goto',
  'workspace.new',
  'workspace.open',
  'workspace.openDefault',
  'workspace.saveCopy',
  'backups.create',
]);
