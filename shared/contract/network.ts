// Data transfer objects of the network calls: the actor register as a table, one actor with
// everything linked to it, changes to many actors at once, the network (actors, relationships
// and stored positions), its indicators at a date and year by year, the member-list and
// relationship imports (preview and options) and the events log.
import { z } from 'zod';
import { enums, isoDate } from './entities.ts';
import { MAX_IMPORT_BASE64_CHARS } from './envelope.ts';
import { displayText, filePath, id } from './schemas.ts';

const date = z.string();

/** One actor as the register's table shows it. */
export const actorRow = z.object({
  id,
  name: z.string(),
  actorGroup: enums.actorGroup,
  subtype: z.string(),
  size: enums.actorSize.nullable(),
  memberSince: date.nullable(),
  memberUntil: date.nullable(),
  location: z.string(),
  note: z.string(),
  /** Relationships in force at the date asked for. */
  relationships: z.number().int(),
  events: z.number().int(),
  endorsements: z.number().int(),
});
export type ActorRow = z.infer<typeof actorRow>;

/** A relationship seen from one of its actors. */
export const actorLink = z.object({
  id,
  partnerId: id,
  partnerName: z.string(),
  partnerGroup: enums.actorGroup,
  typeId: id,
  startedOn: date.nullable(),
  endedOn: date.nullable(),
  note: z.string(),
});
export type ActorLink = z.infer<typeof actorLink>;

export const actorDetail = z.object({
  relationships: z.array(actorLink),
  events: z.array(z.object({ id, date, title: z.string(), type: enums.eventType })),
  endorsements: z.array(
    z.object({
      id,
      strategyId: id,
      strategyTitle: z.string(),
      date,
      form: enums.endorsementForm,
      commitments: z.number().int(),
    }),
  ),
});
export type ActorDetail = z.infer<typeof actorDetail>;

/** A change from the register's grid: fields of an actor, or a new one (id null). */
export const actorChange = z.strictObject({
  id: id.nullable(),
  name: displayText(200).optional(),
  actorGroup: enums.actorGroup.optional(),
  subtype: enums.actorSubtype.optional(),
  size: enums.actorSize.nullable().optional(),
  memberSince: isoDate.nullable().optional(),
  memberUntil: isoDate.nullable().optional(),
  location: z.string().max(200).optional(),
  note: z.string().max(20000).optional(),
});
export type ActorChange = z.infer<typeof actorChange>;

/** Fields set on every chosen actor; a field left out stays as it is. */
export const actorBulkChange = z
  .strictObject({
    actorGroup: enums.actorGroup.optional(),
    subtype: enums.actorSubtype.optional(),
    size: enums.actorSize.nullable().optional(),
    memberSince: isoDate.nullable().optional(),
    memberUntil: isoDate.nullable().optional(),
  })
  .refine((change) => Object.values(change).some((v) => v !== undefined), {
    params: { code: 'required' },
  });

/** The network of a cluster: everything the view needs to draw it at any date. */
export const networkGraph = z.object({
  clusterId: id,
  /** [id, name, group, subtype, size, memberSince, memberUntil] per actor, by id. */
  actors: z.array(
    z.tuple([
      id,
      z.string(),
      enums.actorGroup,
      z.string(),
      enums.actorSize.nullable(),
      date.nullable(),
      date.nullable(),
    ]),
  ),
  /** [id, fromActorId, toActorId, typeId, startedOn, endedOn] per relationship. */
  relationships: z.array(z.tuple([id, id, id, id, date.nullable(), date.nullable()])),
  types: z.array(z.object({ id, key: z.string().nullable(), name: z.string() })),
  /** Stored positions: [actorId, x, y]. */
  positions: z.array(z.tuple([id, z.number(), z.number()])),
  /** The layout's seed for this cluster. */
  seed: z.number().int(),
});
export type NetworkGraph = z.infer<typeof networkGraph>;

const actorRef = z.object({ id, name: z.string() });

export const networkFigures = z.object({
  at: date,
  actors: z.number().int(),
  members: z.number().int(),
  membersByGroup: z.object({
    business: z.number().int(),
    administration: z.number().int(),
    research: z.number().int(),
    culture: z.number().int(),
  }),
  relationships: z.number().int(),
  pairs: z.number().int(),
  relationshipsPerActor: z.number().nullable(),
  /** 0 … 1 */
  density: z.number().nullable(),
  smes: z.number().int(),
  smesLinkedToResearch: z.number().int(),
  smeResearchShare: z.number().nullable(),
  isolatedMembers: z.number().int(),
  /** Highest share of the others' shortest paths through one actor (0 … 1); null below three actors. */
  topBrokerShare: z.number().nullable(),
  communities: z.number().int(),
});
export type NetworkFigures = z.infer<typeof networkFigures>;

export const networkIndicatorsDto = networkFigures.extend({
  isolated: z.array(actorRef),
  brokers: z.array(actorRef.extend({ betweenness: z.number() })),
  betweennessExact: z.boolean(),
  betweennessSources: z.number().int(),
  /** Sizes of the communities of two or more actors, largest first. */
  communitySizes: z.array(z.number().int()),
  modularity: z.number(),
});
export type NetworkIndicatorsDto = z.infer<typeof networkIndicatorsDto>;

/** The figures at the end of each year, and at the date asked for in the current year. */
export const networkHistory = z.object({ points: z.array(networkFigures) });
export type NetworkHistory = z.infer<typeof networkHistory>;

export const layoutPositions = z
  .array(z.strictObject({ actorId: id, x: z.number().min(-1e9).max(1e9), y: z.number().min(-1e9).max(1e9) }))
  .max(100_000);

// ---- Imports of member lists and relationships ----------------------------------------------

const delimiter = z.enum([';', ',', '\t']);
const encoding = z.enum(['utf-8', 'windows-1252']);
const dateFormat = z.enum(['iso', 'dmy.', 'dmy/', 'mdy/']);
const column = z.number().int().min(0).max(1000);

/** A word of the file mapped by the user: to a group and subtype, a group, a size or a type. */
export const wordMapping = z.strictObject({
  field: z.enum(['kind', 'group', 'size', 'type']),
  /** The word as the file writes it. */
  word: z.string().max(200),
  /** 'group:subtype' (kind), a group, 'sme' / 'large' / 'none' (size), or a type's key. */
  value: z.string().max(100),
});
export type WordMapping = z.infer<typeof wordMapping>;

export const actorImportColumns = z.strictObject({
  name: column,
  group: column.nullable(),
  kind: column.nullable(),
  size: column.nullable(),
  memberSince: column.nullable(),
  memberUntil: column.nullable(),
  location: column.nullable(),
  note: column.nullable(),
});
export type ActorImportColumns = z.infer<typeof actorImportColumns>;

export const actorImportOptions = z.strictObject({
  delimiter: delimiter.optional(),
  encoding: encoding.optional(),
  dateFormat: dateFormat.optional(),
  columns: actorImportColumns.optional(),
  words: z.array(wordMapping).max(500).default([]),
  /** Membership start for new actors whose row has none (a list of members without join dates). */
  memberSince: isoDate.nullable().default(null),
});

export const relationshipImportColumns = z.strictObject({
  from: column,
  to: column,
  type: column,
  startedOn: column.nullable(),
  endedOn: column.nullable(),
  note: column.nullable(),
});
export type RelationshipImportColumns = z.infer<typeof relationshipImportColumns>;

export const relationshipImportOptions = z.strictObject({
  delimiter: delimiter.optional(),
  encoding: encoding.optional(),
  dateFormat: dateFormat.optional(),
  columns: relationshipImportColumns.optional(),
  words: z.array(wordMapping).max(500).default([]),
});

const fileInput = {
  clusterId: id,
  fileName: z.string().min(1).max(500),
  /** The file's bytes, base64-encoded. */
  content: z.string().max(MAX_IMPORT_BASE64_CHARS),
};
export const actorImportInput = z.strictObject({ ...fileInput, options: actorImportOptions.prefault({}) });
export type ActorImportInput = z.input<typeof actorImportInput>;
export const relationshipImportInput = z.strictObject({
  ...fileInput,
  options: relationshipImportOptions.prefault({}),
});
export type RelationshipImportInput = z.input<typeof relationshipImportInput>;

export const networkImportIssue = z.object({
  /** Row number as a spreadsheet shows it (the header is row 1). */
  row: z.number().int(),
  /** The column's header text. */
  column: z.string(),
  code: z.enum([
    'empty',
    'tooLong',
    'wordUnknown',
    'groupMismatch',
    'dateInvalid',
    'dateOrder',
    'untilWithoutSince',
    'duplicate',
    'actorUnknown',
    'selfRelationship',
  ]),
  value: z.string(),
});
export type NetworkImportIssue = z.infer<typeof networkImportIssue>;

/** A word the import did not recognise, for the user to map. */
export const unknownWord = z.object({
  field: z.enum(['kind', 'group', 'size', 'type']),
  word: z.string(),
  /** How many rows use it, and the first of them. */
  rows: z.number().int(),
  firstRow: z.number().int(),
});
export type UnknownWord = z.infer<typeof unknownWord>;

const previewBase = {
  format: z.enum(['csv', 'xlsx']),
  header: z.array(z.string()),
  delimiter: delimiter.nullable(),
  encoding: encoding.nullable(),
  dateFormat,
  /** The first rows as read, with their row numbers. */
  sample: z.array(z.object({ row: z.number().int(), cells: z.array(z.string()) })),
  rows: z.number().int(),
  valid: z.number().int(),
  /** Valid rows that add something new, and those that change what is stored. */
  creates: z.number().int(),
  updates: z.number().int(),
  unchanged: z.number().int(),
  issues: z.array(networkImportIssue),
  moreIssues: z.number().int(),
  unknownWords: z.array(unknownWord),
};

export const actorImportPreview = z.object({ ...previewBase, columns: actorImportColumns.nullable() });
export type ActorImportPreview = z.infer<typeof actorImportPreview>;
export const relationshipImportPreview = z.object({
  ...previewBase,
  columns: relationshipImportColumns.nullable(),
});
export type RelationshipImportPreview = z.infer<typeof relationshipImportPreview>;

export const importResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  backup: z.string(),
});

export const networkExportInput = z.strictObject({
  clusterId: id,
  format: z.enum(['csv', 'xlsx']),
  language: z.enum(['de', 'en']),
  /** Where to write the file (the desktop app's save dialog); without it the content is returned. */
  path: filePath.optional(),
});

// ---- Events ------------------------------------------------------------------------------------

export const eventRow = z.object({
  id,
  date,
  type: enums.eventType,
  title: z.string(),
  fieldOfActionId: id.nullable(),
  participants: z.number().int(),
  note: z.string(),
  actorIds: z.array(id),
});
export type EventRow = z.infer<typeof eventRow>;

/** An event with its participating actors, saved as one action. */
export const eventSave = z.strictObject({
  /** null: a new event. */
  id: id.nullable(),
  clusterId: id,
  date: isoDate,
  type: enums.eventType,
  title: displayText(300),
  fieldOfActionId: id.nullable().default(null),
  participants: z.number().int().min(0).max(1_000_000).default(0),
  note: z.string().max(20000).default(''),
  actorIds: z.array(id).max(5000).default([]),
});
