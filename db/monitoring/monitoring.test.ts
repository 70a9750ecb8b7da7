// Monitoring through the contract, on the demo workspace: the dashboard, the grid's saves,
// imports (German and English CSV, XLSX) and exports.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dashboard, ImportPreview, MeasurementRow } from '../../shared/contract/monitoring.ts';
import type { AuditBatch, Backup } from '../../shared/contract/schemas.ts';
import { must } from '../../test/support/fixtures.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { type Backend, createBackend } from '../backend/backend.ts';

const newDir = tempDirs();
let backend: Backend;
let clusterId: number;
const indicatorId = (name: string) =>
  backend.workspace.db.prepare('select id from indicator where name = ?').pluck().get(name) as number;
const count = (sql: string, ...args: unknown[]) =>
  backend.workspace.db
    .prepare(sql)
    .pluck()
    .get(...args) as number;
const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

beforeEach(async () => {
  const dir = newDir();
  backend = await createBackend({
    workspacePath: path.join(dir, 'm.clusterpilot'),
    dataDir: dir,
    validateOutputs: true,
    demoForNewWorkspace: 'de',
    now: () => new Date('2026-11-21T10:00:00Z'),
  });
  await must(backend, 'settings.update', { userName: 'Anna Berger' });
  clusterId = count('select id from cluster');
});
afterEach(() => backend.close());

describe('dashboard', () => {
  // The indicators' rows and targets are kept between calls until the data changes
  // (status-inputs.ts): each kind of edit must show in the next answer.
  it('shows the new status after an edited measurement, target or tolerance, and after undo', async () => {
    const id = indicatorId('Internationale Partnerschaften');
    const asOf = '2026-11-21';
    const card = async () =>
      (await must<Dashboard>(backend, 'monitoring.dashboard', { clusterId, asOf })).indicators.find(
        (i) => i.id === id,
      )!;
    const before = await card();
    expect(before.status).toBe('off_track');

    // A measurement far above the plan, dated on the last one: on track.
    await must(backend, 'measurements.save', {
      clusterId,
      changes: [{ indicatorId: id, date: before.lastDate!, value: 1000 }],
    });
    const edited = await card();
    expect(edited.status).toBe('on_track');
    expect(edited.actual).toBeGreaterThan(before.actual! + 900);
    await must(backend, 'history.undo', {});
    expect(await card()).toMatchObject({ status: 'off_track', actual: before.actual });

    // Every target raised far above: the plan at the last measurement moves, the status stays off track.
    const targets = backend.workspace.db
      .prepare('select id, value from target where indicator_id = ? order by date')
      .all(id) as { id: number; value: number }[];
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) await must(backend, 'targets.update', { id: t.id, value: t.value * 10 });
    const raised = await card();
    expect(raised.planned).not.toBe(before.planned);
    expect(raised.plan.map((p) => p.value)).toContain(targets[0]!.value * 10);

    // A tolerance so wide that the shortfall counts as on track.
    await must(backend, 'indicators.update', { id, toleranceAtRisk: 9.5, toleranceOffTrack: 10 });
    expect((await card()).status).toBe('on_track');
  });

  it('gives the statuses the status engine computes for the demo, as of today', async () => {
    const board = await must<Dashboard>(backend, 'monitoring.dashboard', { clusterId, asOf: '2026-11-21' });
    expect(board.strategy?.title).toBeTruthy();
    expect(board.strategy?.status).toBe('off_track');
    expect(board.indicators.filter((i) => i.status === 'off_track').map((i) => i.name)).toEqual([
      'Internationale Partnerschaften',
    ]);
    expect(board.indicators.filter((i) => i.status === 'at_risk').length).toBeGreaterThanOrEqual(2);
    expect(board.goals.filter((g) => g.parentId === null)).toHaveLength(4);
    // A goal rolls up its objectives' indicators: one strategic goal is off track.
    expect(board.goals.filter((g) => g.parentId === null && g.status === 'off_track')).toHaveLength(1);
    const atRisk = board.breakPoints.filter((b) => b.status === 'at_risk');
    expect(atRisk.map((b) => b.title)).toEqual(['Privater Finanzierungsanteil mindestens 40 %']);
    expect(board.breakPoints.find((b) => b.kind === 'qualitative')?.status).toBe('needs_assessment');
    expect(board.milestones.filter((m) => m.overdue)).toHaveLength(1);
    // Derived indicators are computed from actors, events and budget, and marked.
    const derived = board.indicators.filter((i) => i.derived !== null);
    expect(derived.map((i) => i.derived).sort()).toEqual(['events', 'members', 'private_cofunding_share']);
    for (const i of derived) {
      expect(i.series.length).toBeGreaterThan(0);
      expect(i.due).toBeNull();
    }
    expect(board.indicators.find((i) => i.derived === 'members')?.actual).toBe(
      count(
        "select count(*) from actor where member_since <= '2026-10-31' and (member_until is null or member_until > '2026-10-31')",
      ),
    );
    const card = board.indicators[0]!;
    expect(card.series.length).toBeGreaterThan(1);
    expect(card.series.length).toBeLessThanOrEqual(12);
    expect(card.plan.length).toBeGreaterThanOrEqual(2);
  });

  it('shows an earlier state for an earlier "as of" date', async () => {
    const today = await must<Dashboard>(backend, 'monitoring.dashboard', { clusterId, asOf: '2026-11-21' });
    const earlier = await must<Dashboard>(backend, 'monitoring.dashboard', { clusterId, asOf: '2024-03-31' });
    expect(earlier.asOf).toBe('2024-03-31');
    const last = (b: Dashboard) =>
      Math.max(...b.indicators.map((i) => (i.lastDate ? Date.parse(i.lastDate) : 0)));
    expect(last(earlier)).toBeLessThanOrEqual(Date.parse('2024-03-31'));
    expect(earlier.indicators.map((i) => i.status)).not.toEqual(today.indicators.map((i) => i.status));
    // Before any measurement, nothing has data.
    const before = await must<Dashboard>(backend, 'monitoring.dashboard', { clusterId, asOf: '2023-06-30' });
    expect(new Set(before.indicators.map((i) => i.status))).toEqual(new Set(['no_data']));
  });

  it('names a cluster that does not exist', async () => {
    const result = await backend.call('monitoring.dashboard', { clusterId: 999, asOf: '2026-11-21' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'notFound', entity: 'cluster' } });
  });
});

describe('saving from the grid', () => {
  it('sets, replaces and removes values in one action, with who entered them', async () => {
    const id = indicatorId('Medienberichte');
    const before = count('select count(*) from measurement where indicator_id = ?', id);
    await must(backend, 'measurements.save', {
      clusterId,
      changes: [
        { indicatorId: id, date: '2026-12-31', value: 12.5 },
        { indicatorId: id, date: '2026-09-30', value: 7 },
      ],
    });
    const rows = await must<MeasurementRow[]>(backend, 'measurements.ofCluster', {
      clusterId,
      indicatorId: id,
    });
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({ date: '2026-12-31', value: 12.5, enteredBy: 'Anna Berger' });
    expect(rows.find((r) => r.date === '2026-09-30')?.value).toBe(7);
    const [batch] = await must<AuditBatch[]>(backend, 'audit.list', { limit: 1 });
    expect(batch).toMatchObject({ label: 'measurements.save', changeCount: 2 });

    await must(backend, 'measurements.save', {
      clusterId,
      changes: [{ indicatorId: id, date: '2026-12-31', value: null }],
    });
    expect(count('select count(*) from measurement where indicator_id = ?', id)).toBe(before);
    await must(backend, 'history.undo', {});
    expect(count("select value from measurement where indicator_id = ? and date = '2026-12-31'", id)).toBe(
      12.5,
    );
  });

  it('refuses values for derived indicators and indicators of other clusters, writing nothing', async () => {
    const derived = count('select id from indicator where derived is not null');
    const ok = indicatorId('Medienberichte');
    const before = count('select count(*) from measurement');
    const result = await backend.call('measurements.save', {
      clusterId,
      changes: [
        { indicatorId: ok, date: '2026-12-31', value: 3 },
        { indicatorId: derived, date: '2026-12-31', value: 3 },
        { indicatorId: 9999, date: '2026-12-31', value: 3 },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: 'validation',
        issues: [
          { path: ['changes', 1, 'value'], code: 'inconsistent' },
          { path: ['changes', 2, 'indicatorId'], code: 'unknownReference' },
        ],
      },
    });
    expect(count('select count(*) from measurement')).toBe(before);
  });
});

const germanCsv = (rows: string[]) =>
  Buffer.from(['Indikator;Datum;Wert;Bemerkung', ...rows].join('\r\n'), 'latin1');

describe('import', () => {
  it('reads a German Windows-1252 CSV and names the bad row and column; imports nothing until it is fixed', async () => {
    const before = count('select count(*) from measurement');
    const bad = germanCsv([
      'Medienberichte;31.12.2026;1.234,5;Pressespiegel Q4 – laut Agentur'.replace('–', '-'),
      'Weiterbildungsteilnehmende;31.12.2026;abc;Schätzung',
      'Internationale Partnerschaften;31.12.2026;4;',
    ]);
    const input = { clusterId, fileName: 'werte.csv', content: bad.toString('base64') };
    const preview = await must<ImportPreview>(backend, 'measurements.importPreview', input);
    expect(preview).toMatchObject({
      format: 'csv',
      delimiter: ';',
      decimal: 'comma',
      encoding: 'windows-1252',
      dateFormat: 'dmy.',
      rows: 3,
      valid: 2,
      issues: [{ row: 3, column: 'Wert', code: 'valueInvalid', value: 'abc' }],
    });
    expect(preview.sample[1]?.cells[3]).toBe('Schätzung');
    // The preview shows what the import reads beside the raw text: 1.234,5 is 1234.5.
    expect(preview.sample.map((r) => r.parsed)).toEqual([
      { date: '2026-12-31', value: 1234.5 },
      { date: '2026-12-31', value: null },
      { date: '2026-12-31', value: 4 },
    ]);
    const refused = await backend.call('measurements.import', input);
    expect(refused).toMatchObject({
      ok: false,
      error: { kind: 'conflict', code: 'import.invalid', params: { row: 3, column: 'Wert', count: 1 } },
    });
    expect(count('select count(*) from measurement')).toBe(before);

    const fixed = germanCsv([
      'Medienberichte;31.12.2026;1.234,5;Pressespiegel',
      'Weiterbildungsteilnehmende;31.12.2026;12;Schätzung',
      'Internationale Partnerschaften;31.12.2026;4;',
    ]);
    const done = await must<{ imported: number; backup: string }>(backend, 'measurements.import', {
      ...input,
      content: fixed.toString('base64'),
    });
    expect(done.imported).toBe(3);
    expect(fs.existsSync(done.backup)).toBe(true);
    expect((await must<Backup[]>(backend, 'backups.list', {}))[0]?.reason).toBe('before-import');
    expect(
      count(
        "select value from measurement where indicator_id = ? and date = '2026-12-31'",
        indicatorId('Medienberichte'),
      ),
    ).toBe(1234.5);
    expect(
      count(
        "select note from measurement where indicator_id = ? and date = '2026-12-31'",
        indicatorId('Weiterbildungsteilnehmende'),
      ),
    ).toBe('Schätzung');
    const [batch] = await must<AuditBatch[]>(backend, 'audit.list', { limit: 1 });
    expect(batch).toMatchObject({ label: 'measurements.import', changeCount: 3 });
    await must(backend, 'history.undo', {});
    expect(count('select count(*) from measurement')).toBe(before);
  });

  it('reads English CSV (comma, decimal point, US dates, UTF-8 with BOM) and reports replaced values', async () => {
    const text =
      '\ufeffIndicator,Date,Value,Note\r\n"Medienberichte",12/31/2026,"1,234.5","a, quoted ""note"""\r\nMedienberichte,03/31/2026,9,\r\n';
    const input = { clusterId, fileName: 'values.csv', content: base64(text) };
    const preview = await must<ImportPreview>(backend, 'measurements.importPreview', input);
    expect(preview).toMatchObject({
      delimiter: ',',
      decimal: 'point',
      encoding: 'utf-8',
      dateFormat: 'mdy/',
      valid: 2,
      replaces: 1,
      issues: [],
    });
    await must(backend, 'measurements.import', input);
    const id = indicatorId('Medienberichte');
    expect(count("select value from measurement where indicator_id = ? and date = '2026-12-31'", id)).toBe(
      1234.5,
    );
    expect(count("select note from measurement where indicator_id = ? and date = '2026-12-31'", id)).toBe(
      'a, quoted "note"',
    );
    expect(count("select value from measurement where indicator_id = ? and date = '2026-03-31'", id)).toBe(9);
  });

  it('lists unknown and derived indicators, bad dates, empty cells and duplicates, each with row and column', async () => {
    const csv = germanCsv([
      'Gibt es nicht;31.12.2026;1;',
      'Mitglieder;31.12.2026;80;',
      'Medienberichte;31.13.2026;1;',
      'Medienberichte;;1;',
      'Medienberichte;30.11.2026;2;',
      'Medienberichte;30.11.2026;3;',
    ]);
    const preview = await must<ImportPreview>(backend, 'measurements.importPreview', {
      clusterId,
      fileName: 'x.csv',
      content: csv.toString('base64'),
    });
    expect(preview.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [2, 'Indikator', 'indicatorUnknown'],
      [3, 'Indikator', 'indicatorDerived'],
      [4, 'Datum', 'dateInvalid'],
      [5, 'Datum', 'empty'],
      [7, 'Datum', 'duplicate'],
    ]);
    expect(preview.valid).toBe(1);
  });

  it('asks for the columns when the header does not name them, and takes a mapping', async () => {
    const csv = germanCsv(['Medienberichte;31.12.2026;5'])
      .toString('latin1')
      .replace('Indikator;Datum;Wert;Bemerkung', 'A;B;C');
    const input = { clusterId, fileName: 'x.csv', content: base64(csv) };
    expect((await must<ImportPreview>(backend, 'measurements.importPreview', input)).columns).toBeNull();
    expect(await backend.call('measurements.import', input)).toMatchObject({
      ok: false,
      error: { code: 'import.columns' },
    });
    const mapped = { ...input, options: { columns: { indicator: 0, date: 1, value: 2, note: null } } };
    expect((await must<ImportPreview>(backend, 'measurements.importPreview', mapped)).valid).toBe(1);
  });

  it('round-trips its own XLSX and CSV exports in both languages', async () => {
    const id = indicatorId('Medienberichte');
    const original = await must<MeasurementRow[]>(backend, 'measurements.ofCluster', {
      clusterId,
      indicatorId: id,
    });
    for (const language of ['de', 'en'] as const) {
      for (const format of ['csv', 'xlsx'] as const) {
        const file = await must<{ fileName: string; content: string }>(backend, 'measurements.export', {
          clusterId,
          indicatorId: id,
          format,
          language,
        });
        expect(file.fileName.endsWith(`.${format}`)).toBe(true);
        // Last year's values lie in the demo's locked evaluation period: removing them needs a reason.
        await must(backend, 'measurements.save', {
          clusterId,
          changes: original.map((m) => ({ indicatorId: id, date: m.date, value: null })),
          reason: 'Export und Import prüfen',
        });
        const preview = await must<ImportPreview>(backend, 'measurements.importPreview', {
          clusterId,
          fileName: file.fileName,
          content: file.content,
        });
        expect(preview.issues, `${language} ${format}`).toEqual([]);
        await must(backend, 'measurements.import', {
          clusterId,
          fileName: file.fileName,
          content: file.content,
          reason: 'Export und Import prüfen',
        });
        const back = await must<MeasurementRow[]>(backend, 'measurements.ofCluster', {
          clusterId,
          indicatorId: id,
        });
        expect(back.map((m) => [m.date, m.value, m.note])).toEqual(
          original.map((m) => [m.date, m.value, m.note]),
        );
      }
    }
  });

  it('writes German CSV as Excel expects it: BOM, semicolons, decimal comma, dd.mm.yyyy', async () => {
    await must(backend, 'measurements.save', {
      clusterId,
      changes: [
        { indicatorId: indicatorId('Medienberichte'), date: '2026-12-31', value: 1234.5, note: 'Q4; "gut"' },
      ],
    });
    const file = await must<{ content: string }>(backend, 'measurements.export', {
      clusterId,
      indicatorId: indicatorId('Medienberichte'),
      format: 'csv',
      language: 'de',
    });
    const bytes = Buffer.from(file.content, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Indikator;Datum;Wert;Notiz;Erfasst von;Erfasst am\r\n');
    expect(text).toContain('Medienberichte;31.12.2026;1234,5;"Q4; ""gut""";Anna Berger;');
  });

  it("writes the export to a chosen file (the desktop app's save dialog)", async () => {
    const target = path.join(newDir(), 'Messwerte');
    const written = await must<{ path: string; content: string }>(backend, 'measurements.export', {
      clusterId,
      format: 'xlsx',
      language: 'de',
      path: target,
    });
    expect(written).toMatchObject({ path: `${target}.xlsx`, content: '' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(written.path);
    expect(workbook.worksheets[0]?.getRow(1).getCell(1).value).toBe('Indikator');
    expect(workbook.worksheets[0]?.rowCount).toBe(count('select count(*) from measurement') + 1);
  });

  it('reads an XLSX written by a spreadsheet: date cells, text dates, numbers, formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tabelle1');
    sheet.addRow(['Indikator', 'Datum', 'Wert']);
    sheet.addRow(['Medienberichte', new Date('2026-12-31T00:00:00Z'), 4]);
    sheet.addRow(['Weiterbildungsteilnehmende', '31.12.2026', { formula: '2*3', result: 6 }]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const preview = await must<ImportPreview>(backend, 'measurements.importPreview', {
      clusterId,
      fileName: 'Werte.xlsx',
      content,
    });
    expect(preview).toMatchObject({ format: 'xlsx', valid: 2, issues: [] });
    await must(backend, 'measurements.import', { clusterId, fileName: 'Werte.xlsx', content });
    expect(
      count(
        "select value from measurement where indicator_id = ? and date = '2026-12-31'",
        indicatorId('Weiterbildungsteilnehmende'),
      ),
    ).toBe(6);
  });

  it('names a file it cannot read', async () => {
    const result = await backend.call('measurements.importPreview', {
      clusterId,
      fileName: 'kaputt.xlsx',
      content: base64('PK\u0003\u0004 not really a zip'),
    });
    expect(result).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'import.unreadable' } });
  });
});
