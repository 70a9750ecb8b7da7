// Importing member lists and relationships from the spreadsheets clusters already keep. The
// file is read like a measurement import (db/monitoring/import.ts: encoding, separator and
// date format detected, CSV or XLSX); the columns are guessed from German or English headers;
// groups, subtypes, sizes and relationship types are recognised from everyday words
// (shared/network/words.ts), with the user's own mapping for words not known. Every row is
// checked before anything is written, and names already in the register are matched: a row
// updates its actor (or relationship), it never adds a second one. Empty cells keep what the
// register holds: the import adds and updates, it never erases.
import { type ActorGroup, actorSubtypes } from '../../shared/contract/entities.ts';
import type {
  ActorImportColumns,
  ActorImportPreview,
  NetworkImportIssue,
  RelationshipImportColumns,
  RelationshipImportPreview,
  UnknownWord,
  WordMapping,
} from '../../shared/contract/network.ts';
import {
  fallbackSubtype,
  isBlankWord,
  isOtherWord,
  normaliseWord,
  recogniseActorGroup,
  recogniseActorKind,
  recogniseRelationshipType,
  recogniseSize,
} from '../../shared/network/words.ts';
import { type Cell, detectDateFormat, display, parseDate, type Table } from '../monitoring/import.ts';

const MAX_ISSUES = 200;
const SAMPLE_ROWS = 20;
type DateFormat = ActorImportPreview['dateFormat'];

/** A name as the register compares it: case, spacing and umlaut spelling do not matter. */
export function nameKey(name: string): string {
  return normaliseWord(name);
}

/** Collapses runs of white space (a name pasted from elsewhere often has two spaces or a tab). */
export function cleanName(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// ---- Columns ------------------------------------------------------------------------------------

const actorHeaders: Record<keyof ActorImportColumns, readonly string[]> = {
  name: [
    'name',
    'akteur',
    'organisation',
    'organization',
    'firma',
    'firmenname',
    'mitglied',
    'mitgliedsname',
    'institution',
    'einrichtung',
    'bezeichnung',
    'actor',
    'member',
    'company',
    'unternehmen',
  ],
  group: ['gruppe', 'akteursgruppe', 'bereich', 'sektor', 'group', 'actor group', 'sector'],
  kind: [
    'typ',
    'art',
    'kategorie',
    'untertyp',
    'akteurstyp',
    'organisationstyp',
    'rolle',
    'type',
    'kind',
    'category',
    'subtype',
    'actor type',
    'role',
  ],
  size: ['kmu', 'groesse', 'unternehmensgroesse', 'kmu status', 'sme', 'size', 'company size'],
  memberSince: [
    'mitglied seit',
    'beitritt',
    'eintritt',
    'beitrittsdatum',
    'eintrittsdatum',
    'mitgliedschaft seit',
    'seit',
    'member since',
    'joined',
    'join date',
    'since',
  ],
  memberUntil: [
    'mitglied bis',
    'austritt',
    'austrittsdatum',
    'ausgetreten',
    'mitgliedschaft bis',
    'bis',
    'member until',
    'left',
    'leaving date',
    'until',
  ],
  location: ['ort', 'standort', 'sitz', 'stadt', 'location', 'city', 'town', 'place'],
  note: ['notiz', 'bemerkung', 'anmerkung', 'kommentar', 'hinweis', 'note', 'notes', 'comment', 'remarks'],
};

const relationshipHeaders: Record<keyof RelationshipImportColumns, readonly string[]> = {
  from: [
    'akteur 1',
    'akteur a',
    'partner 1',
    'partner a',
    'organisation 1',
    'from',
    'actor 1',
    'actor a',
    'source',
  ],
  to: [
    'akteur 2',
    'akteur b',
    'partner 2',
    'partner b',
    'organisation 2',
    'to',
    'actor 2',
    'actor b',
    'target',
  ],
  type: [
    'beziehungsart',
    'art der beziehung',
    'beziehung',
    'art',
    'typ',
    'kooperation',
    'relationship type',
    'relationship',
    'type',
    'kind',
  ],
  startedOn: [
    'beginn',
    'start',
    'seit',
    'von',
    'startdatum',
    'begin',
    'started',
    'start date',
    'since',
    'from date',
  ],
  endedOn: ['ende', 'bis', 'enddatum', 'end', 'ended', 'end date', 'until', 'to date'],
  note: ['notiz', 'bemerkung', 'anmerkung', 'kommentar', 'note', 'notes', 'comment'],
};

/**
 * Columns guessed from the header: a header equal to a known name first, then one that begins
 * with it ("Mitglied seit (Datum)"); each column serves one field. `required` fields must be found.
 */
function guess<F extends string>(
  header: readonly Cell[],
  names: Record<F, readonly string[]>,
  required: readonly F[],
): Record<F, number | null> | null {
  const normal = header.map((h) => normaliseWord(display(h)));
  const taken = new Set<number>();
  const found = {} as Record<F, number | null>;
  const fields = Object.keys(names) as F[];
  for (const field of fields) found[field] = null;
  for (const pass of ['exact', 'prefix'] as const) {
    for (const field of fields) {
      if (found[field] !== null) continue;
      for (const name of names[field]) {
        const index = normal.findIndex(
          (h, i) => !taken.has(i) && (pass === 'exact' ? h === name : h.startsWith(`${name} `)),
        );
        if (index !== -1) {
          found[field] = index;
          taken.add(index);
          break;
        }
      }
    }
  }
  return required.every((field) => found[field] !== null) ? found : null;
}

export function guessActorColumns(header: readonly Cell[]): ActorImportColumns | null {
  return guess(header, actorHeaders, ['name']) as ActorImportColumns | null;
}

export function guessRelationshipColumns(header: readonly Cell[]): RelationshipImportColumns | null {
  return guess(header, relationshipHeaders, ['from', 'to', 'type']) as RelationshipImportColumns | null;
}

// ---- Shared bookkeeping -------------------------------------------------------------------------

class Findings {
  readonly issues: NetworkImportIssue[] = [];
  count = 0;
  readonly #unknown = new Map<string, UnknownWord>();
  readonly #header: readonly string[];

  constructor(header: readonly string[]) {
    this.#header = header;
  }

  issue(row: number, column: number, code: NetworkImportIssue['code'], cell: Cell): void {
    this.count++;
    if (this.issues.length < MAX_ISSUES)
      this.issues.push({
        row,
        column: this.#header[column] || `#${column + 1}`,
        code,
        value: display(cell).slice(0, 200),
      });
  }

  unknownWord(field: UnknownWord['field'], word: string, row: number): void {
    const key = `${field}:${normaliseWord(word)}`;
    const known = this.#unknown.get(key);
    if (known) this.#unknown.set(key, { ...known, rows: known.rows + 1 });
    else this.#unknown.set(key, { field, word: word.trim().slice(0, 200), rows: 1, firstRow: row });
  }

  get unknownWords(): UnknownWord[] {
    return [...this.#unknown.values()];
  }

  get more(): number {
    return this.count - this.issues.length;
  }
}

/** The user's mappings by field and normalised word. */
function mappings(words: readonly WordMapping[]): Map<string, string> {
  return new Map(words.map((w) => [`${w.field}:${normaliseWord(w.word)}`, w.value]));
}

const isEmptyRow = (cells: readonly Cell[]) => cells.every((c) => display(c).trim() === '');
const text = (cells: readonly Cell[], column: number | null) =>
  column === null ? '' : display(cells[column] ?? null).trim();

/** The date format, detected from the date columns' cells unless given. */
function dateFormatOf(
  table: Table,
  data: Table['rows'],
  columns: readonly (number | null)[],
  given?: DateFormat,
) {
  if (given) return given;
  const cells = data.flatMap((r) => columns.filter((c) => c !== null).map((c) => r.cells[c!] ?? null));
  return detectDateFormat(cells, table.delimiter === ';' ? 'comma' : 'point');
}

/** A date cell: undefined when blank, null when not a valid date. */
function dateCell(
  cells: readonly Cell[],
  column: number | null,
  format: DateFormat,
): string | null | undefined {
  if (column === null) return undefined;
  const cell = cells[column] ?? null;
  if (cell === null || isBlankWord(display(cell))) return undefined;
  return parseDate(cell, format);
}

function sample(data: Table['rows']) {
  return data.slice(0, SAMPLE_ROWS).map((r) => ({ row: r.row, cells: r.cells.map(display) }));
}

// ---- Member lists -------------------------------------------------------------------------------

export interface RegisteredActor {
  readonly id: number;
  readonly name: string;
  readonly actorGroup: ActorGroup;
  readonly subtype: string;
  readonly size: 'sme' | 'large' | null;
  readonly memberSince: string | null;
  readonly memberUntil: string | null;
  readonly location: string;
  readonly note: string;
}

export interface ActorValues {
  readonly name: string;
  readonly actorGroup: ActorGroup;
  readonly subtype: string;
  readonly size: 'sme' | 'large' | null;
  readonly memberSince: string | null;
  readonly memberUntil: string | null;
  readonly location: string;
  readonly note: string;
}

export interface ActorPlan {
  readonly creates: ActorValues[];
  readonly updates: (ActorValues & { readonly id: number })[];
}

export interface ActorImportOptionsParsed {
  readonly dateFormat?: DateFormat;
  readonly columns?: ActorImportColumns;
  readonly words: readonly WordMapping[];
  readonly memberSince: string | null;
}

const validSubtype = (group: ActorGroup, subtype: string) =>
  (actorSubtypes[group] as readonly string[]).includes(subtype);

export function analyseActorImport(
  table: Table,
  options: ActorImportOptionsParsed,
  register: readonly RegisteredActor[],
): { preview: ActorImportPreview; plan: ActorPlan } {
  const [headerRow, ...data] = table.rows;
  const header = (headerRow?.cells ?? []).map(display);
  const columns = options.columns ?? guessActorColumns(headerRow?.cells ?? []);
  const dateFormat = dateFormatOf(
    table,
    data,
    columns ? [columns.memberSince, columns.memberUntil] : [],
    options.dateFormat,
  );
  const findings = new Findings(header);
  const mapped = mappings(options.words);
  const byName = new Map(register.map((a) => [nameKey(a.name), a]));
  const plan: ActorPlan = { creates: [], updates: [] };
  let unchanged = 0;
  let valid = 0;

  if (columns) {
    const seen = new Set<string>();
    for (const { row, cells } of data) {
      if (isEmptyRow(cells)) continue;
      let ok = true;
      const fail = (column: number, code: NetworkImportIssue['code']) => {
        findings.issue(row, column, code, cells[column] ?? null);
        ok = false;
      };
      const name = cleanName(text(cells, columns.name));
      if (name === '') fail(columns.name, 'empty');
      else if (name.length > 200) fail(columns.name, 'tooLong');
      const key = nameKey(name);
      if (name !== '' && seen.has(key)) fail(columns.name, 'duplicate');
      seen.add(key);
      const existing = byName.get(key);

      // Group and subtype: from the type column, the group column, or both (which must agree).
      const kindText = text(cells, columns.kind);
      const groupText = text(cells, columns.group);
      let kind: { actorGroup: ActorGroup; subtype: string | null } | null = null;
      if (columns.kind !== null && kindText !== '' && !isBlankWord(kindText) && !isOtherWord(kindText)) {
        const mine = mapped.get(`kind:${normaliseWord(kindText)}`);
        const found = mine ? parseKind(mine) : recogniseActorKind(kindText);
        if (found) kind = found;
        else {
          findings.unknownWord('kind', kindText, row);
          fail(columns.kind, 'wordUnknown');
        }
      }
      let group: ActorGroup | null = null;
      if (columns.group !== null && groupText !== '' && !isBlankWord(groupText)) {
        const mine = mapped.get(`group:${normaliseWord(groupText)}`);
        const found = mine ? (mine as ActorGroup) : recogniseActorGroup(groupText);
        if (found && found in actorSubtypes) group = found;
        else {
          findings.unknownWord('group', groupText, row);
          fail(columns.group, 'wordUnknown');
        }
      }
      if (kind && group && kind.actorGroup !== group) fail(columns.group!, 'groupMismatch');
      const actorGroup: ActorGroup | null = kind?.actorGroup ?? group ?? existing?.actorGroup ?? null;
      let subtype: string | null =
        kind?.subtype ??
        (actorGroup && existing && existing.actorGroup === actorGroup ? existing.subtype : null) ??
        (actorGroup ? fallbackSubtype(actorGroup) : null);
      if (actorGroup && subtype && !validSubtype(actorGroup, subtype)) subtype = fallbackSubtype(actorGroup);
      if (!actorGroup && ok) {
        // A new actor needs its group: name the column that should have said it.
        fail(columns.kind ?? columns.group ?? columns.name, 'empty');
      }

      // Size.
      let size = existing?.size ?? null;
      const sizeText = text(cells, columns.size);
      if (columns.size !== null && sizeText !== '') {
        const mine = mapped.get(`size:${normaliseWord(sizeText)}`);
        const found = mine ? (mine === 'none' ? null : (mine as 'sme' | 'large')) : recogniseSize(sizeText);
        if (found === undefined) {
          findings.unknownWord('size', sizeText, row);
          fail(columns.size, 'wordUnknown');
        } else if (found !== null || mine === 'none') size = found;
      }

      // Membership dates: blank keeps the register's (or the default for a new member).
      const since = dateCell(cells, columns.memberSince, dateFormat);
      const until = dateCell(cells, columns.memberUntil, dateFormat);
      if (since === null) fail(columns.memberSince!, 'dateInvalid');
      if (until === null) fail(columns.memberUntil!, 'dateInvalid');
      const memberSince = since ?? existing?.memberSince ?? (existing ? null : options.memberSince);
      const memberUntil = until ?? existing?.memberUntil ?? null;
      if (since !== null && until !== null && memberUntil !== null) {
        const column = columns.memberUntil ?? columns.memberSince ?? columns.name;
        if (memberSince === null) fail(column, 'untilWithoutSince');
        else if (memberUntil < memberSince) fail(column, 'dateOrder');
      }

      const location = text(cells, columns.location);
      const note = text(cells, columns.note);
      if (location.length > 200) fail(columns.location!, 'tooLong');
      if (note.length > 20000) fail(columns.note!, 'tooLong');
      if (!ok || !actorGroup || !subtype) continue;
      valid++;
      const values: ActorValues = {
        name: existing ? existing.name : name,
        actorGroup,
        subtype,
        size,
        memberSince,
        memberUntil,
        location: location || existing?.location || '',
        note: note || existing?.note || '',
      };
      if (!existing) plan.creates.push(values);
      else if (
        (Object.keys(values) as (keyof ActorValues)[]).some((field) => values[field] !== existing[field])
      )
        plan.updates.push({ ...values, id: existing.id });
      else unchanged++;
    }
  }
  return {
    preview: {
      format: table.format,
      header,
      delimiter: table.delimiter,
      encoding: table.encoding,
      dateFormat,
      columns,
      sample: sample(data),
      rows: data.filter((r) => !isEmptyRow(r.cells)).length,
      valid,
      creates: plan.creates.length,
      updates: plan.updates.length,
      unchanged,
      issues: findings.issues,
      moreIssues: findings.more,
      unknownWords: findings.unknownWords,
    },
    plan,
  };
}

function parseKind(value: string): { actorGroup: ActorGroup; subtype: string } | null {
  const [group, subtype] = value.split(':') as [string, string | undefined];
  if (!(group in actorSubtypes)) return null;
  const actorGroup = group as ActorGroup;
  return {
    actorGroup,
    subtype: subtype && validSubtype(actorGroup, subtype) ? subtype : fallbackSubtype(actorGroup),
  };
}

// ---- Relationships ------------------------------------------------------------------------------

export interface RegisteredRelationship {
  readonly id: number;
  readonly fromActorId: number;
  readonly toActorId: number;
  readonly typeId: number;
  readonly startedOn: string | null;
  readonly endedOn: string | null;
  readonly note: string;
}

export interface RelationshipValues {
  readonly fromActorId: number;
  readonly toActorId: number;
  readonly typeId: number;
  readonly startedOn: string | null;
  readonly endedOn: string | null;
  readonly note: string;
}

export interface RelationshipPlan {
  readonly creates: RelationshipValues[];
  readonly updates: (RelationshipValues & { readonly id: number })[];
}

export interface RelationshipImportOptionsParsed {
  readonly dateFormat?: DateFormat;
  readonly columns?: RelationshipImportColumns;
  readonly words: readonly WordMapping[];
}

/** A relationship's identity: the pair (either way round), its type and its start. */
const relationshipKey = (a: number, b: number, typeId: number, startedOn: string | null) =>
  `${Math.min(a, b)}|${Math.max(a, b)}|${typeId}|${startedOn ?? ''}`;

export function analyseRelationshipImport(
  table: Table,
  options: RelationshipImportOptionsParsed,
  actors: readonly { readonly id: number; readonly name: string }[],
  types: readonly { readonly id: number; readonly key: string | null; readonly name: string }[],
  stored: readonly RegisteredRelationship[],
): { preview: RelationshipImportPreview; plan: RelationshipPlan } {
  const [headerRow, ...data] = table.rows;
  const header = (headerRow?.cells ?? []).map(display);
  const columns = options.columns ?? guessRelationshipColumns(headerRow?.cells ?? []);
  const dateFormat = dateFormatOf(
    table,
    data,
    columns ? [columns.startedOn, columns.endedOn] : [],
    options.dateFormat,
  );
  const findings = new Findings(header);
  const mapped = mappings(options.words);
  const actorByName = new Map(actors.map((a) => [nameKey(a.name), a.id]));
  const typeByKey = new Map(types.filter((t) => t.key !== null).map((t) => [t.key!, t.id]));
  const typeByName = new Map(
    types.filter((t) => t.name.trim() !== '').map((t) => [normaliseWord(t.name), t.id]),
  );
  const existing = new Map(
    stored.map((r) => [relationshipKey(r.fromActorId, r.toActorId, r.typeId, r.startedOn), r]),
  );
  const plan: RelationshipPlan = { creates: [], updates: [] };
  let unchanged = 0;
  let valid = 0;

  if (columns) {
    const seen = new Set<string>();
    for (const { row, cells } of data) {
      if (isEmptyRow(cells)) continue;
      let ok = true;
      const fail = (column: number, code: NetworkImportIssue['code']) => {
        findings.issue(row, column, code, cells[column] ?? null);
        ok = false;
      };
      const actorIn = (column: number) => {
        const name = cleanName(text(cells, column));
        if (name === '') {
          fail(column, 'empty');
          return null;
        }
        const id = actorByName.get(nameKey(name));
        if (id === undefined) fail(column, 'actorUnknown');
        return id ?? null;
      };
      const from = actorIn(columns.from);
      const to = actorIn(columns.to);
      if (from !== null && from === to) fail(columns.to, 'selfRelationship');

      const typeText = text(cells, columns.type);
      let typeId: number | null = null;
      if (typeText === '') fail(columns.type, 'empty');
      else {
        const mine = mapped.get(`type:${normaliseWord(typeText)}`);
        const key = mine ?? recogniseRelationshipType(typeText);
        typeId = (key ? typeByKey.get(key) : undefined) ?? typeByName.get(normaliseWord(typeText)) ?? null;
        if (typeId === null) {
          findings.unknownWord('type', typeText, row);
          fail(columns.type, 'wordUnknown');
        }
      }

      const started = dateCell(cells, columns.startedOn, dateFormat);
      const ended = dateCell(cells, columns.endedOn, dateFormat);
      if (started === null) fail(columns.startedOn!, 'dateInvalid');
      if (ended === null) fail(columns.endedOn!, 'dateInvalid');
      if (started && ended && ended < started) fail(columns.endedOn!, 'dateOrder');
      const note = text(cells, columns.note);
      if (note.length > 20000) fail(columns.note!, 'tooLong');
      if (!ok || from === null || to === null || typeId === null) continue;

      const startedOn = started ?? null;
      const key = relationshipKey(from, to, typeId, startedOn);
      if (seen.has(key)) {
        findings.issue(row, columns.from, 'duplicate', cells[columns.from] ?? null);
        continue;
      }
      seen.add(key);
      valid++;
      const match = existing.get(key);
      if (!match) {
        plan.creates.push({
          fromActorId: from,
          toActorId: to,
          typeId,
          startedOn,
          endedOn: ended ?? null,
          note,
        });
        continue;
      }
      const endedOn = ended ?? match.endedOn;
      const merged = { ...match, endedOn, note: note || match.note };
      if (merged.endedOn !== null && merged.startedOn !== null && merged.endedOn < merged.startedOn) {
        findings.issue(
          row,
          columns.endedOn ?? columns.from,
          'dateOrder',
          cells[columns.endedOn ?? columns.from] ?? null,
        );
        valid--;
        continue;
      }
      if (merged.endedOn !== match.endedOn || merged.note !== match.note) plan.updates.push(merged);
      else unchanged++;
    }
  }
  return {
    preview: {
      format: table.format,
      header,
      delimiter: table.delimiter,
      encoding: table.encoding,
      dateFormat,
      columns,
      sample: sample(data),
      rows: data.filter((r) => !isEmptyRow(r.cells)).length,
      valid,
      creates: plan.creates.length,
      updates: plan.updates.length,
      unchanged,
      issues: findings.issues,
      moreIssues: findings.more,
      unknownWords: findings.unknownWords,
    },
    plan,
  };
}
