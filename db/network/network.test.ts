// The actors' network through the contract: member-list and relationship imports (German and
// English CSV, Windows-1252, XLSX; bad rows named; unknown words mapped; names matched; all or
// nothing after a backup, one undo), exports read back, bad input refused on the generic calls,
// changes to many actors, the events log, the network, its indicators, layout and picture.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  ActorDetail,
  ActorImportPreview,
  ActorRow,
  EventRow,
  NetworkGraph,
  NetworkHistory,
  NetworkIndicatorsDto,
  RelationshipImportPreview,
} from '../../shared/contract/network.ts';
import type { ApiError } from '../../shared/contract/result.ts';
import type { AuditBatch } from '../../shared/contract/schemas.ts';
import { must } from '../../test/support/fixtures.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { type Backend, createBackend } from '../backend/backend.ts';

const newDir = tempDirs();
let backend: Backend;
let clusterId: number;
const base64 = (content: string | Buffer) => Buffer.from(content).toString('base64');
const count = (sql: string, ...args: unknown[]) =>
  backend.workspace.db
    .prepare(sql)
    .pluck()
    .get(...args) as number;
const failure = async (name: string, input: unknown): Promise<ApiError> => {
  const result = await backend.call(name, input);
  if (result.ok) throw new Error(`${name} succeeded: ${JSON.stringify(result.data)}`);
  return result.error;
};
const actorId = (name: string) =>
  backend.workspace.db.prepare('select id from actor where name = ?').pluck().get(name) as number;

beforeEach(async () => {
  const dir = newDir();
  backend = await createBackend({
    workspacePath: path.join(dir, 'n.clusterpilot'),
    dataDir: dir,
    validateOutputs: true,
    demoForNewWorkspace: null,
    now: () => new Date('2026-11-21T10:00:00Z'),
  });
  clusterId = (await must<{ id: number }>(backend, 'clusters.create', { name: 'Photonik Havelland' })).id;
});
afterEach(() => backend.close());

/** A German member list as Excel saves "CSV (Trennzeichen-getrennt)": Windows-1252, semicolons. */
const germanList = (rows: string[]) =>
  Buffer.from(
    new Uint8Array(
      [...['Name;Typ;KMU;Mitglied seit;Ort', ...rows].join('\r\n')].map((c) =>
        c === 'ä' ? 0xe4 : c === 'ö' ? 0xf6 : c === 'ü' ? 0xfc : c === 'ß' ? 0xdf : c.charCodeAt(0),
      ),
    ),
  );

const importActors = (
  content: Buffer | string,
  options: Record<string, unknown> = {},
  fileName = 'mitglieder.csv',
) => ({ clusterId, fileName, content: base64(content), options });

describe('member-list import', () => {
  const rows = [
    'Optik Müller GmbH;Zulieferer;ja;15.01.2024;Rathenow',
    'TH Brandenburg;Hochschule;;01.03.2024;Brandenburg',
    'Fraunhofer IAP;Forschungsinstitut;nein;01.06.2024;Potsdam',
    'IHK Potsdam;Kammer;;31.02.2026;Potsdam',
    'Stadt Rathenow;Kommune;;01.01.2025;Rathenow',
  ];

  it('detects the format, names the bad row and column, and writes nothing', async () => {
    const preview = await must<ActorImportPreview>(
      backend,
      'actors.importPreview',
      importActors(germanList(rows)),
    );
    expect(preview).toMatchObject({
      format: 'csv',
      delimiter: ';',
      encoding: 'windows-1252',
      dateFormat: 'dmy.',
      rows: 5,
      valid: 4,
      creates: 4,
      columns: { name: 0, kind: 1, size: 2, memberSince: 3, location: 4, group: null },
    });
    expect(preview.issues).toEqual([
      { row: 5, column: 'Mitglied seit', code: 'dateInvalid', value: '31.02.2026' },
    ]);
    const error = await failure('actors.import', importActors(germanList(rows)));
    expect(error).toMatchObject({
      kind: 'conflict',
      code: 'import.invalid',
      params: { row: 5, column: 'Mitglied seit' },
    });
    expect(count('select count(*) from actor')).toBe(0);
  });

  it('imports the fixed list all or nothing after a backup, as one undo step', async () => {
    const fixed = germanList(rows.map((r) => r.replace('31.02.2026', '28.02.2026')));
    const result = await must<{ created: number; updated: number; backup: string }>(
      backend,
      'actors.import',
      importActors(fixed),
    );
    expect(result).toMatchObject({ created: 5, updated: 0 });
    expect(result.backup).toMatch(/before-import/);
    const table = await must<ActorRow[]>(backend, 'actors.table', { clusterId, at: '2026-11-21' });
    expect(table.map((a) => [a.name, a.actorGroup, a.subtype, a.size, a.memberSince, a.location])).toEqual([
      ['Fraunhofer IAP', 'research', 'research_institute', 'large', '2024-06-01', 'Potsdam'],
      ['IHK Potsdam', 'business', 'chamber', null, '2026-02-28', 'Potsdam'],
      ['Optik Müller GmbH', 'business', 'supplier', 'sme', '2024-01-15', 'Rathenow'],
      ['Stadt Rathenow', 'administration', 'municipal_body', null, '2025-01-01', 'Rathenow'],
      ['TH Brandenburg', 'research', 'university', null, '2024-03-01', 'Brandenburg'],
    ]);
    const [batch] = await must<AuditBatch[]>(backend, 'audit.list', { limit: 1 });
    expect(batch).toMatchObject({ label: 'actors.import', changeCount: 5 });
    await must(backend, 'history.undo', {});
    expect(count('select count(*) from actor')).toBe(0);
  });

  it('matches names already in the register: updates them, never adds a second', async () => {
    await must(backend, 'actors.create', {
      clusterId,
      name: 'OPTIK MÜLLER GMBH',
      actorGroup: 'business',
      subtype: 'other',
      note: 'kept',
    });
    const list = germanList([
      'Optik  Müller GmbH;Zulieferer;ja;15.01.2024;',
      'Neu AG;Zulieferer;nein;01.01.2026;Nauen',
    ]);
    const preview = await must<ActorImportPreview>(backend, 'actors.importPreview', importActors(list));
    expect(preview).toMatchObject({ creates: 1, updates: 1, unchanged: 0, issues: [] });
    await must(backend, 'actors.import', importActors(list));
    const table = await must<ActorRow[]>(backend, 'actors.table', { clusterId, at: '2026-11-21' });
    expect(table.map((a) => [a.name, a.subtype, a.size, a.note, a.location])).toEqual([
      ['Neu AG', 'supplier', 'large', '', 'Nauen'],
      // The register's spelling stays; an empty cell keeps what was stored.
      ['OPTIK MÜLLER GMBH', 'supplier', 'sme', 'kept', ''],
    ]);
    // The same list again changes nothing.
    expect(await must(backend, 'actors.importPreview', importActors(list))).toMatchObject({
      creates: 0,
      updates: 0,
      unchanged: 2,
    });
  });

  it('lists words it does not know, and takes the user’s mapping for them', async () => {
    const list =
      'Name,Group,Type,SME,Member since\nKunstverein e.V.,,Verein,,2025-05-01\nHavel Bank,Business,Kreditgeber,yes,2025-01-01\nOpen Lab,,Makerspace,,2025-02-01\n';
    const preview = await must<ActorImportPreview>(
      backend,
      'actors.importPreview',
      importActors(list, {}, 'members.csv'),
    );
    expect(preview.unknownWords).toEqual([
      { field: 'kind', word: 'Verein', rows: 1, firstRow: 2 },
      { field: 'kind', word: 'Kreditgeber', rows: 1, firstRow: 3 },
      { field: 'kind', word: 'Makerspace', rows: 1, firstRow: 4 },
    ]);
    expect(preview.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [2, 'Type', 'wordUnknown'],
      [3, 'Type', 'wordUnknown'],
      [4, 'Type', 'wordUnknown'],
    ]);
    const words = [
      { field: 'kind', word: 'verein', value: 'culture:cultural' },
      { field: 'kind', word: 'Kreditgeber', value: 'business:bank' },
      { field: 'kind', word: 'Makerspace', value: 'research:other' },
    ];
    const mapped = await must<ActorImportPreview>(
      backend,
      'actors.importPreview',
      importActors(list, { words }, 'members.csv'),
    );
    expect(mapped).toMatchObject({
      valid: 3,
      issues: [],
      unknownWords: [],
      dateFormat: 'iso',
      delimiter: ',',
    });
    await must(backend, 'actors.import', importActors(list, { words }, 'members.csv'));
    expect(
      backend.workspace.db.prepare('select name, actor_group, subtype, size from actor order by name').all(),
    ).toEqual([
      { name: 'Havel Bank', actor_group: 'business', subtype: 'bank', size: 'sme' },
      { name: 'Kunstverein e.V.', actor_group: 'culture', subtype: 'cultural', size: null },
      { name: 'Open Lab', actor_group: 'research', subtype: 'other', size: null },
    ]);
  });

  it('refuses a duplicate name, a group that contradicts the type, an end before the start', async () => {
    const list = [
      'Name;Gruppe;Typ;Mitglied seit;Mitglied bis',
      'A GmbH;Wirtschaft;Zulieferer;01.01.2025;',
      'a gmbh;Wirtschaft;Zulieferer;01.01.2025;',
      'B e.V.;Verwaltung;Hochschule;01.01.2025;',
      'C AG;Wirtschaft;Zulieferer;01.06.2025;01.01.2025',
      ';Wirtschaft;Zulieferer;01.01.2025;',
    ].join('\n');
    const preview = await must<ActorImportPreview>(backend, 'actors.importPreview', importActors(list));
    expect(preview.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [3, 'Name', 'duplicate'],
      [4, 'Gruppe', 'groupMismatch'],
      [5, 'Mitglied bis', 'dateOrder'],
      [6, 'Name', 'empty'],
    ]);
    expect(preview.valid).toBe(1);
  });

  it('reads XLSX with real date cells, and sets a default join date where the list has none', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Mitglieder');
    sheet.addRow(['Organisation', 'Akteursgruppe', 'KMU (ja/nein)', 'Beitritt']);
    sheet.addRow(['Laser GmbH', 'Wirtschaft', 'ja', new Date('2024-05-02T00:00:00Z')]);
    sheet.addRow(['Volkshochschule Havelland', 'Bildung', '', null]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const input = {
      clusterId,
      fileName: 'liste.xlsx',
      content: base64(file),
      options: { memberSince: '2026-01-01' },
    };
    const preview = await must<ActorImportPreview>(backend, 'actors.importPreview', input);
    expect(preview).toMatchObject({
      format: 'xlsx',
      columns: { name: 0, group: 1, size: 2, memberSince: 3 },
      issues: [],
    });
    await must(backend, 'actors.import', input);
    expect(
      backend.workspace.db
        .prepare('select name, actor_group, subtype, size, member_since from actor order by name')
        .all(),
    ).toEqual([
      {
        name: 'Laser GmbH',
        actor_group: 'business',
        subtype: 'other',
        size: 'sme',
        member_since: '2024-05-02',
      },
      {
        name: 'Volkshochschule Havelland',
        actor_group: 'research',
        subtype: 'other',
        size: null,
        member_since: '2026-01-01',
      },
    ]);
  });

  it('asks for the columns when it cannot find the names', async () => {
    const list = 'Wer;Was\nA;Zulieferer\n';
    const preview = await must<ActorImportPreview>(backend, 'actors.importPreview', importActors(list));
    expect(preview.columns).toBeNull();
    expect(await failure('actors.import', importActors(list))).toMatchObject({ code: 'import.columns' });
    const columns = {
      name: 0,
      group: null,
      kind: 1,
      size: null,
      memberSince: null,
      memberUntil: null,
      location: null,
      note: null,
    };
    expect(await must(backend, 'actors.importPreview', importActors(list, { columns }))).toMatchObject({
      valid: 1,
    });
  });
});

describe('relationship import', () => {
  beforeEach(async () => {
    for (const [name, actorGroup, subtype] of [
      ['Optik Müller GmbH', 'business', 'supplier'],
      ['TH Brandenburg', 'research', 'university'],
      ['Fraunhofer IAP', 'research', 'research_institute'],
    ] as const)
      await must(backend, 'actors.create', {
        clusterId,
        name,
        actorGroup,
        subtype,
        memberSince: '2024-01-01',
      });
  });
  const file = (lines: string[]) =>
    base64(['Akteur 1;Akteur 2;Beziehungsart;Beginn;Ende', ...lines].join('\n'));
  const input = (lines: string[]) => ({ clusterId, fileName: 'beziehungen.csv', content: file(lines) });

  it('names every bad row: unknown actor, self-relationship, unknown type, end before start, duplicate', async () => {
    const preview = await must<RelationshipImportPreview>(
      backend,
      'relationships.importPreview',
      input([
        'Optik Müller GmbH;TH Brandenburg;gemeinsames FuE-Projekt;01.03.2025;',
        'Optik Müller GmbH;Gibt es nicht AG;Lieferung;01.03.2025;',
        'TH Brandenburg;th brandenburg;Wissensaustausch;01.03.2025;',
        'Fraunhofer IAP;TH Brandenburg;Freundschaft;01.03.2025;',
        'Fraunhofer IAP;Optik Müller GmbH;Marketing;01.03.2025;01.01.2025',
        'TH Brandenburg;Optik Müller GmbH;FuE;01.03.2025;',
      ]),
    );
    expect(preview.issues.map((i) => [i.row, i.column, i.code, i.value])).toEqual([
      [3, 'Akteur 2', 'actorUnknown', 'Gibt es nicht AG'],
      [4, 'Akteur 2', 'selfRelationship', 'th brandenburg'],
      [5, 'Beziehungsart', 'wordUnknown', 'Freundschaft'],
      [6, 'Ende', 'dateOrder', '01.01.2025'],
      [7, 'Akteur 1', 'duplicate', 'TH Brandenburg'],
    ]);
    expect(preview.unknownWords).toEqual([{ field: 'type', word: 'Freundschaft', rows: 1, firstRow: 5 }]);
    expect(
      await failure('relationships.import', input(['Optik Müller GmbH;Gibt es nicht AG;Lieferung;;'])),
    ).toMatchObject({
      code: 'import.invalid',
      params: { row: 2, column: 'Akteur 2' },
    });
    expect(count('select count(*) from relationship')).toBe(0);
  });

  it('imports, then matches the same relationship on a second import (either way round) and updates it', async () => {
    await must(backend, 'relationships.import', input(['Optik Müller GmbH;TH Brandenburg;FuE;01.03.2025;']));
    const again = input(['TH Brandenburg;Optik Müller GmbH;gemeinsames FuE-Projekt;01.03.2025;31.12.2026']);
    expect(await must(backend, 'relationships.importPreview', again)).toMatchObject({
      creates: 0,
      updates: 1,
    });
    await must(backend, 'relationships.import', again);
    expect(backend.workspace.db.prepare('select started_on, ended_on from relationship').all()).toEqual([
      { started_on: '2025-03-01', ended_on: '2026-12-31' },
    ]);
  });
});

describe('exports read back by the imports', () => {
  it.each([
    ['csv', 'de'],
    ['csv', 'en'],
    ['xlsx', 'de'],
    ['xlsx', 'en'],
  ] as const)(
    '%s in %s: the same register and relationships in another cluster',
    async (format, language) => {
      const kinds = [
        ['A Zulieferer', 'business', 'supplier', 'sme'],
        ['B Sozialpartner', 'business', 'social_partner', null],
        ['C Sonstige', 'business', 'other', 'large'],
        ['D Planung', 'administration', 'planning', null],
        ['E Institut', 'research', 'research_institute', null],
        ['F Kultur', 'culture', 'other', null],
      ] as const;
      for (const [name, actorGroup, subtype, size] of kinds)
        await must(backend, 'actors.create', {
          clusterId,
          name,
          actorGroup,
          subtype,
          size,
          memberSince: '2024-02-29',
          memberUntil: name.startsWith('C') ? '2026-03-31' : null,
          location: 'Rathenow; Havelland',
          note: 'Notiz mit "Anführungszeichen"',
        });
      const types = await must<{ id: number; key: string }[]>(backend, 'relationshipTypes.list', {});
      await must(backend, 'relationships.create', {
        clusterId,
        fromActorId: actorId('A Zulieferer'),
        toActorId: actorId('E Institut'),
        typeId: types.find((t) => t.key === 'capital')!.id,
        startedOn: '2025-01-31',
      });
      const actors = await must<{ content: string }>(backend, 'actors.export', {
        clusterId,
        format,
        language,
      });
      const relationships = await must<{ content: string }>(backend, 'relationships.export', {
        clusterId,
        format,
        language,
      });
      const copy = (await must<{ id: number }>(backend, 'clusters.create', { name: 'Kopie' })).id;
      const fileName = `export.${format}`;
      await must(backend, 'actors.import', { clusterId: copy, fileName, content: actors.content });
      await must(backend, 'relationships.import', {
        clusterId: copy,
        fileName,
        content: relationships.content,
      });
      const register = (cluster: number) =>
        backend.workspace.db
          .prepare(
            'select name, actor_group, subtype, size, member_since, member_until, location, note from actor where cluster_id = ? order by name',
          )
          .all(cluster);
      expect(register(copy)).toEqual(register(clusterId));
      const links = (cluster: number) =>
        backend.workspace.db
          .prepare(
            `select a.name as a, b.name as b, r.type_id, r.started_on, r.ended_on from relationship r
           join actor a on a.id = r.from_actor_id join actor b on b.id = r.to_actor_id where r.cluster_id = ?`,
          )
          .all(cluster);
      expect(links(copy)).toEqual(links(clusterId));
    },
  );
});

describe('bad input on the register’s own calls', () => {
  let type: number;
  beforeEach(async () => {
    type = (await must<{ id: number }[]>(backend, 'relationshipTypes.list', {}))[0]!.id;
    await must(backend, 'actors.create', {
      clusterId,
      name: 'Optik GmbH',
      actorGroup: 'business',
      subtype: 'supplier',
    });
    await must(backend, 'actors.create', {
      clusterId,
      name: 'Institut',
      actorGroup: 'research',
      subtype: 'research_institute',
    });
  });

  it('refuses a duplicate name, naming the field', async () => {
    expect(
      await failure('actors.create', {
        clusterId,
        name: 'optik gmbh',
        actorGroup: 'business',
        subtype: 'bank',
      }),
    ).toMatchObject({ kind: 'conflict', code: 'duplicate', path: ['name'] });
  });

  it('refuses a date that does not exist and a subtype of another group', async () => {
    const error = await failure('actors.create', {
      clusterId,
      name: 'Neu',
      actorGroup: 'business',
      subtype: 'university',
      memberSince: '2026-02-31',
    });
    expect(error.kind === 'validation' && error.issues.map((i) => i.path.join('.'))).toEqual(['memberSince']);
    expect(
      await failure('actors.create', {
        clusterId,
        name: 'Neu',
        actorGroup: 'business',
        subtype: 'university',
      }),
    ).toMatchObject({ kind: 'validation', issues: [{ path: ['subtype'], code: 'inconsistent' }] });
  });

  it('refuses a self-relationship, an end before the start and an actor that does not exist', async () => {
    const base = {
      clusterId,
      fromActorId: actorId('Optik GmbH'),
      toActorId: actorId('Institut'),
      typeId: type,
    };
    expect(await failure('relationships.create', { ...base, toActorId: base.fromActorId })).toMatchObject({
      kind: 'validation',
      issues: [{ path: ['toActorId'] }],
    });
    expect(
      await failure('relationships.create', { ...base, startedOn: '2026-05-01', endedOn: '2026-04-30' }),
    ).toMatchObject({ kind: 'validation', issues: [{ path: ['endedOn'] }] });
    expect(await failure('relationships.create', { ...base, toActorId: 99_999 })).toMatchObject({
      kind: 'validation',
      issues: [{ path: ['toActorId'], code: 'unknownReference' }],
    });
    expect(count('select count(*) from relationship')).toBe(0);
  });
});

describe('changes to many actors', () => {
  beforeEach(async () => {
    for (const [name, actorGroup, subtype] of [
      ['A', 'business', 'supplier'],
      ['B', 'business', 'other'],
      ['C', 'research', 'university'],
    ] as const)
      await must(backend, 'actors.create', {
        clusterId,
        name,
        actorGroup,
        subtype,
        memberSince: '2025-01-01',
      });
  });

  it('sets a group on several actors in one action; subtypes the group lacks become "other"', async () => {
    const ids = ['A', 'B', 'C'].map(actorId);
    expect(
      await must(backend, 'actors.updateMany', { ids, set: { actorGroup: 'research', size: 'sme' } }),
    ).toEqual({
      updated: 3,
    });
    expect(
      backend.workspace.db.prepare('select name, actor_group, subtype, size from actor order by name').all(),
    ).toEqual([
      { name: 'A', actor_group: 'research', subtype: 'other', size: 'sme' },
      { name: 'B', actor_group: 'research', subtype: 'other', size: 'sme' },
      { name: 'C', actor_group: 'research', subtype: 'university', size: 'sme' },
    ]);
    await must(backend, 'history.undo', {});
    expect(count("select count(*) from actor where actor_group = 'business'")).toBe(2);
  });

  it('refuses the whole change, naming the first actor it does not fit', async () => {
    const error = await failure('actors.updateMany', {
      ids: ['C', 'A'].map(actorId),
      set: { subtype: 'supplier' },
    });
    expect(error).toMatchObject({
      kind: 'validation',
      issues: [{ path: ['set', 'subtype'], params: { name: 'C' } }],
    });
    const dates = await failure('actors.updateMany', {
      ids: [actorId('A')],
      set: { memberUntil: '2024-12-31' },
    });
    expect(dates).toMatchObject({
      kind: 'validation',
      issues: [{ path: ['set', 'memberUntil'], params: { name: 'A' } }],
    });
    expect(count("select count(*) from actor where subtype = 'supplier'")).toBe(1);
  });

  it('deletes several actors with their relationships, and undo brings all back', async () => {
    const type = (await must<{ id: number }[]>(backend, 'relationshipTypes.list', {}))[0]!.id;
    await must(backend, 'relationships.create', {
      clusterId,
      fromActorId: actorId('A'),
      toActorId: actorId('C'),
      typeId: type,
    });
    expect(await must(backend, 'actors.deleteMany', { ids: [actorId('A'), actorId('B')] })).toEqual({
      deleted: 2,
    });
    expect(count('select count(*) from relationship')).toBe(0);
    await must(backend, 'history.undo', {});
    expect(count('select count(*) from actor')).toBe(3);
    expect(count('select count(*) from relationship')).toBe(1);
  });
});

describe('actor detail and the events log', () => {
  it('saves an event with its participants as one action, and lists it with the actor', async () => {
    const a = (
      await must<{ id: number }>(backend, 'actors.create', {
        clusterId,
        name: 'A',
        actorGroup: 'business',
        subtype: 'supplier',
      })
    ).id;
    const b = (
      await must<{ id: number }>(backend, 'actors.create', {
        clusterId,
        name: 'B',
        actorGroup: 'culture',
        subtype: 'cultural',
      })
    ).id;
    const event = await must<EventRow>(backend, 'events.save', {
      id: null,
      clusterId,
      date: '2026-05-12',
      type: 'workshop',
      title: 'Photonik-Werkstatt',
      participants: 24,
      actorIds: [a, b],
    });
    expect(event).toMatchObject({ title: 'Photonik-Werkstatt', participants: 24, actorIds: [a, b] });
    const changed = await must<EventRow>(backend, 'events.save', {
      ...event,
      clusterId,
      title: 'Werkstatt',
      actorIds: [b],
    });
    expect(changed.actorIds).toEqual([b]);
    expect(await must<EventRow[]>(backend, 'events.ofCluster', { clusterId })).toHaveLength(1);
    expect((await must<ActorDetail>(backend, 'actors.detail', { id: b })).events).toEqual([
      { id: event.id, date: '2026-05-12', title: 'Werkstatt', type: 'workshop' },
    ]);
    await must(backend, 'history.undo', {});
    expect((await must<EventRow[]>(backend, 'events.ofCluster', { clusterId }))[0]).toMatchObject({
      title: 'Photonik-Werkstatt',
      actorIds: [a, b],
    });
    const other = (await must<{ id: number }>(backend, 'clusters.create', { name: 'Anderer' })).id;
    const stranger = (
      await must<{ id: number }>(backend, 'actors.create', {
        clusterId: other,
        name: 'X',
        actorGroup: 'business',
        subtype: 'bank',
      })
    ).id;
    expect(
      await failure('events.save', {
        id: null,
        clusterId,
        date: '2026-05-12',
        type: 'fair',
        title: 'Messe',
        actorIds: [stranger],
      }),
    ).toMatchObject({ kind: 'validation', issues: [{ path: ['actorIds', 0], code: 'unknownReference' }] });
    expect(
      await failure('events.save', { id: null, clusterId, date: '2026-13-01', type: 'fair', title: 'Messe' }),
    ).toMatchObject({
      kind: 'validation',
    });
  });
});

describe('the network', () => {
  beforeEach(async () => {
    const type = (await must<{ id: number; key: string }[]>(backend, 'relationshipTypes.list', {})).find(
      (t) => t.key === 'joint_rnd',
    )!.id;
    for (const [name, actorGroup, subtype, size, memberSince] of [
      ['K1', 'business', 'supplier', 'sme', '2023-01-01'],
      ['K2', 'business', 'supplier', 'sme', '2024-01-01'],
      ['U', 'research', 'university', null, '2023-01-01'],
      ['S', 'administration', 'municipal_body', null, '2025-06-01'],
    ] as const)
      await must(backend, 'actors.create', { clusterId, name, actorGroup, subtype, size, memberSince });
    const link = (from: string, to: string, startedOn: string) =>
      must(backend, 'relationships.create', {
        clusterId,
        fromActorId: actorId(from),
        toActorId: actorId(to),
        typeId: type,
        startedOn,
      });
    await link('K1', 'U', '2023-06-01');
    await link('K2', 'U', '2024-06-01');
    await link('K1', 'U', '2025-01-01'); // a second relationship of the same pair
  });

  it('gives the indicators at a date and year by year', async () => {
    const now = await must<NetworkIndicatorsDto>(backend, 'network.indicators', {
      clusterId,
      at: '2025-12-31',
    });
    expect(now).toMatchObject({
      actors: 4,
      members: 4,
      membersByGroup: { business: 2, research: 1, administration: 1, culture: 0 },
      relationships: 3,
      pairs: 2,
      relationshipsPerActor: 1.5,
      density: 2 / 6,
      smes: 2,
      smesLinkedToResearch: 2,
      smeResearchShare: 1,
      isolatedMembers: 1,
      isolated: [{ id: actorId('S'), name: 'S' }],
      brokers: [{ name: 'U' }],
      betweennessExact: true,
      communitySizes: [3],
    });
    // K1–U–K2: U lies on the one path between K1 and K2, of three pairs among the others.
    expect(now.topBrokerShare).toBeCloseTo(1 / 3, 10);
    const history = await must<NetworkHistory>(backend, 'network.history', { clusterId, at: '2026-11-21' });
    expect(history.points.map((p) => [p.at, p.members, p.relationships])).toEqual([
      ['2023-12-31', 2, 1],
      ['2024-12-31', 3, 2],
      ['2025-12-31', 4, 3],
      ['2026-11-21', 4, 3],
    ]);
  });

  it('gives the graph, keeps layouts without an Activity entry, and draws the picture', async () => {
    const graph = await must<NetworkGraph>(backend, 'network.graph', { clusterId });
    expect(graph.actors.map((a) => a[1])).toEqual(['K1', 'K2', 'U', 'S']);
    expect(graph.relationships).toHaveLength(3);
    expect(graph.types.map((t) => t.key)).toContain('joint_rnd');
    expect(graph.positions).toEqual([]);
    const batches = count('select count(*) from audit_batch');
    const positions = graph.actors.map(([id], i) => ({ actorId: id, x: i * 10, y: i + 0.5 }));
    expect(await must(backend, 'network.saveLayout', { clusterId, positions })).toEqual({ saved: 4 });
    expect(count('select count(*) from audit_batch')).toBe(batches);
    expect((await must<NetworkGraph>(backend, 'network.graph', { clusterId })).positions).toHaveLength(4);
    await must(backend, 'network.saveLayout', { clusterId, positions: positions.slice(0, 1), replace: true });
    expect((await must<NetworkGraph>(backend, 'network.graph', { clusterId })).positions).toEqual([
      [positions[0]!.actorId, 0, 0.5],
    ]);
    const other = (await must<{ id: number }>(backend, 'clusters.create', { name: 'Anderer' })).id;
    expect(await failure('network.saveLayout', { clusterId: other, positions })).toMatchObject({
      kind: 'validation',
      issues: [{ path: ['positions', 0, 'actorId'], code: 'inconsistent' }],
    });
    // An actor deleted while the layout ran is skipped, the others kept.
    expect(
      await must(backend, 'network.saveLayout', {
        clusterId,
        positions: [...positions, { actorId: 99_999, x: 1, y: 1 }],
      }),
    ).toEqual({ saved: 4 });
    const picture = await must<{ svg: string; fileName: string }>(backend, 'network.picture', {
      clusterId,
      at: '2025-12-31',
      language: 'de',
    });
    expect(picture.fileName).toBe('Photonik-Havelland-2025-12-31.svg');
    expect(picture.svg).toContain('4 Akteure, 3 Beziehungen am 31.12.2025');
  });

  it('answers an unknown cluster with notFound', async () => {
    expect(await failure('network.indicators', { clusterId: 999, at: '2025-12-31' })).toMatchObject({
      kind: 'notFound',
      entity: 'cluster',
    });
  });
});

describe('the register grid', () => {
  it('saves edits and new rows as one action, and names every refused cell', async () => {
    const a = (
      await must<{ id: number }>(backend, 'actors.create', {
        clusterId,
        name: 'A',
        actorGroup: 'business',
        subtype: 'supplier',
      })
    ).id;
    await must(backend, 'actors.create', { clusterId, name: 'B', actorGroup: 'business', subtype: 'bank' });
    expect(
      await must(backend, 'actors.save', {
        clusterId,
        changes: [
          { id: a, location: 'Rathenow', memberSince: '2025-01-01' },
          { id: null, name: 'C', actorGroup: 'research', subtype: 'university' },
        ],
      }),
    ).toEqual({ created: 1, updated: 1 });
    await must(backend, 'history.undo', {});
    expect(count('select count(*) from actor')).toBe(2);
    const error = await failure('actors.save', {
      clusterId,
      changes: [
        { id: a, name: 'b' },
        { id: null, name: 'D', actorGroup: 'research', subtype: 'bank' },
        { id: a, memberUntil: '2020-01-01' },
      ],
    });
    expect(error.kind === 'validation' && error.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['changes.0.name', 'duplicate'],
      ['changes.1.subtype', 'inconsistent'],
      ['changes.2.memberSince', 'required'],
    ]);
    expect(count("select count(*) from actor where name = 'D'")).toBe(0);
  });
});
