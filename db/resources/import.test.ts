// Imports of budgets, benchmark sets and label indicators: formats as German and English
// spreadsheets write them, every bad row listed by row and column, all or nothing after a
// backup, one undo.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResourceFacts, ResourceImportPreview } from '../../shared/contract/resources.ts';
import type { AuditBatch, Backup } from '../../shared/contract/schemas.ts';
import { type Chain, must, seedChain } from '../../test/support/fixtures.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { type Backend, createBackend } from '../backend/backend.ts';

const newDir = tempDirs();
let backend: Backend;
let chain: Chain;
let clusterId: number;

beforeEach(async () => {
  const dir = newDir();
  backend = await createBackend({
    workspacePath: path.join(dir, 'i.clusterpilot'),
    dataDir: dir,
    validateOutputs: true,
    now: () => new Date('2026-11-21T10:00:00Z'),
  });
  chain = await seedChain(backend);
  clusterId = chain.cluster.id;
});
afterEach(() => backend.close());

const facts = () => must<ResourceFacts>(backend, 'resources.facts', { clusterId });
const file = (text: string, encoding: BufferEncoding | 'latin1' = 'utf8') =>
  Buffer.from(text, encoding === 'latin1' ? 'latin1' : encoding).toString('base64');
const preview = (kind: string, fileName: string, content: string, extra: Record<string, unknown> = {}) =>
  must<ResourceImportPreview>(backend, 'resources.importPreview', {
    kind,
    clusterId,
    fileName,
    content,
    ...extra,
  });

const germanBudget = [
  'Finanzierungsquelle;Art;Jahr;Plan (€);Ist (€)',
  'EFRE-Programm;EU-Mittel;2026;140.000,00;138.500,50',
  'Land;Landesmittel;2026;60.000;60.000',
  'Mitgliedsbeiträge;Mitgliedsbeiträge;2026;45.000,00;',
  ';Personalausgaben;2026;190.000,00;185.000,00',
  'Messe;Reisekosten;2026;12.000;',
].join('\r\n');

describe('budget import', () => {
  it('reads a German CSV (semicolons, decimal comma, € in the header) and imports it all or nothing after a backup', async () => {
    const content = file(`\ufeff${germanBudget}\r\n`);
    const checked = await preview('budget', 'Finanzplan.csv', content);
    expect(checked).toMatchObject({
      delimiter: ';',
      decimal: 'comma',
      columns: { name: 0, kind: 1, year: 2, planned: 3, actual: 4 },
      rows: 5,
      valid: 5,
      replaces: 0,
      issues: [],
    });
    const result = await must<{ imported: number; backup: string }>(backend, 'resources.import', {
      kind: 'budget',
      clusterId,
      fileName: 'Finanzplan.csv',
      content,
    });
    expect(result.imported).toBe(5);
    const backups = await must<Backup[]>(backend, 'backups.list', {});
    expect(backups.map((b) => b.reason)).toContain('before-import');
    const f = await facts();
    const sources = new Map(f.fundingSources.map((s) => [s.id, s]));
    expect(
      f.budgetLines.map((l) => [sources.get(l.fundingSourceId)!.name, l.plannedCents, l.actualCents]),
    ).toEqual([
      ['Land', 6_000_000, 6_000_000],
      ['EFRE-Programm', 14_000_000, 13_850_050],
      ['Mitgliedsbeiträge', 4_500_000, null],
    ]);
    expect(sources.get(f.budgetLines[1]!.fundingSourceId)!.category).toBe('eu');
    expect(f.expenditure.map((e) => [e.category, e.plannedCents, e.actualCents, e.note])).toEqual([
      ['personnel', 19_000_000, 18_500_000, ''],
      ['travel', 1_200_000, null, 'Messe'],
    ]);
    const [batch] = await must<AuditBatch[]>(backend, 'audit.list', { limit: 1 });
    expect(batch).toMatchObject({ label: 'resources.import', undone: false });
    await must(backend, 'history.undo', {});
    expect((await facts()).budgetLines).toHaveLength(0);
    expect((await facts()).fundingSources.map((s) => s.name)).toEqual(['Land']);
  });

  it('reads an English CSV and Windows-1252 text; a second import replaces the year’s lines', async () => {
    const english = 'Source,Kind,Year,Planned,Actual\nState,state funding,2026,"1,234.50",\n';
    expect(await preview('budget', 'b.csv', file(english))).toMatchObject({
      delimiter: ',',
      decimal: 'point',
      valid: 1,
      replaces: 0,
    });
    await must(backend, 'resources.import', {
      kind: 'budget',
      clusterId,
      fileName: 'b.csv',
      content: file(english),
    });
    expect(await preview('budget', 'b.csv', file(english))).toMatchObject({ valid: 1, replaces: 1 });
    expect((await facts()).budgetLines.map((l) => l.plannedCents)).toEqual([123_450]);
    const latin = 'Quelle;Art;Jahr;Soll;Ist\nLandkreis Märkisch;Kommunale Mittel;2027;1.000,00;\n';
    expect(await preview('budget', 'b.csv', file(latin, 'latin1'))).toMatchObject({
      encoding: 'windows-1252',
      valid: 1,
      sample: [{ cells: ['Landkreis Märkisch', 'Kommunale Mittel', '2027', '1.000,00', ''] }],
    });
  });

  it('lists every bad row by row number and column, and imports nothing', async () => {
    const bad = [
      'Quelle;Art;Jahr;Plan;Ist',
      'EFRE;EU-Mittel;2026;-5,00;',
      'Land;Lotterie;2026;5,00;',
      'Bund;Bundesmittel;2040;5,00;',
      'Bund;Bundesmittel;zwanzig;5,00;',
      'Stiftung;Private Sponsoren;2026;viel;',
      ';Private Sponsoren;2026;5,00;',
      'Land;EU-Mittel;2027;5,00;',
      'EFRE;EU-Mittel;2027;1,00;',
      'efre;EU-Mittel;2027;2,00;',
      'Leer;EU-Mittel;2028;;',
    ].join('\n');
    const checked = await preview('budget', 'b.csv', file(bad));
    expect(checked.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [2, 'Plan', 'amountNegative'],
      [3, 'Art', 'kindUnknown'],
      [4, 'Jahr', 'outsidePeriod'],
      [5, 'Jahr', 'yearInvalid'],
      [6, 'Plan', 'amountInvalid'],
      [7, 'Quelle', 'nameRequired'],
      [8, 'Art', 'kindMismatch'],
      [10, 'Quelle', 'duplicate'],
      [11, 'Plan', 'empty'],
    ]);
    expect(checked.valid).toBe(1);
    const result = await backend.call('resources.import', {
      kind: 'budget',
      clusterId,
      fileName: 'b.csv',
      content: file(bad),
    });
    expect(result).toEqual({
      ok: false,
      error: { kind: 'conflict', code: 'import.invalid', params: { count: 9, row: 2, column: 'Plan' } },
    });
    expect((await facts()).budgetLines).toEqual([]);
  });

  it('asks for the columns when the header names none it knows, and takes them when chosen', async () => {
    const content = file('A;B;C;D\nEFRE;EU-Mittel;2026;5,00\n');
    expect((await preview('budget', 'b.csv', content)).columns).toBeNull();
    const chosen = await preview('budget', 'b.csv', content, {
      options: { columns: { name: 0, kind: 1, year: 2, planned: 3, actual: null } },
    });
    expect(chosen).toMatchObject({ valid: 1, issues: [] });
    expect(
      await backend.call('resources.import', { kind: 'budget', clusterId, fileName: 'b.csv', content }),
    ).toMatchObject({ ok: false, error: { code: 'import.columns' } });
  });

  it('reads an XLSX workbook with numbers and text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Budget');
    sheet.addRow(['Source', 'Kind', 'Year', 'Planned', 'Actual']);
    sheet.addRow(['ERDF', 'EU funding', 2026, 140000, 139000.25]);
    sheet.addRow(['Fees', 'Member fees', 2026, 45000, null]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    expect(await preview('budget', 'budget.xlsx', content)).toMatchObject({
      format: 'xlsx',
      valid: 2,
      issues: [],
    });
    await must(backend, 'resources.import', { kind: 'budget', clusterId, fileName: 'budget.xlsx', content });
    expect((await facts()).budgetLines.map((l) => l.actualCents)).toEqual([13_900_025, null]);
  });
});

describe('benchmark import', () => {
  it('creates a set from field names in either language, named by the user', async () => {
    const content = file(
      'Handlungsfeld;Intensität\nKooperationsförderung;4,6\nEvents, workshops and networking;4,9\nmonitoring_evaluation;2\n',
    );
    expect(await preview('benchmark', 'programm.csv', content)).toMatchObject({ valid: 3, issues: [] });
    const result = await must<{ benchmarkSetId: number }>(backend, 'resources.import', {
      kind: 'benchmark',
      clusterId,
      fileName: 'programm.csv',
      content,
      setName: 'Landesprogramm 2025',
      setSource: 'Jahresbericht S. 12',
    });
    const set = (await facts()).benchmarkSets.find((s) => s.id === result.benchmarkSetId)!;
    expect([set.name, set.source, set.indicative, set.values.map((v) => v.intensity).sort()]).toEqual([
      'Landesprogramm 2025',
      'Jahresbericht S. 12',
      false,
      [2, 4.6, 4.9],
    ]);
    expect(
      await backend.call('resources.import', {
        kind: 'benchmark',
        clusterId,
        fileName: 'programm.csv',
        content,
        setName: 'landesprogramm 2025',
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['setName'], code: 'duplicate' }] } });
  });

  it('refuses unknown fields, intensities outside 1–5 and duplicates', async () => {
    const content = file(
      'Field;Intensity\nAstrology;3\nCluster marketing;6\nCluster marketing;0,5\nLobbying;4\nlobbying;3\n',
    );
    expect((await preview('benchmark', 'x.csv', content)).issues.map((i) => [i.row, i.code])).toEqual([
      [2, 'fieldUnknown'],
      [3, 'intensityInvalid'],
      [4, 'intensityInvalid'],
      [6, 'duplicate'],
    ]);
  });
});

describe('label indicator import', () => {
  it('imports indicators per area with comparators and thresholds, replacing those of the same title', async () => {
    await must(backend, 'labels.addExamples', { clusterId, language: 'en' });
    const content = file(
      [
        'Area;Code;Indicator;Comparison;Threshold;Unit;Weight',
        'Structure of the cluster;1.1;Committed cluster participants;≥;40;actors;2',
        'Finanzierung;3.2;Private share of income;mindestens;35;%;',
        'Management;2.4;Written rules of procedure;ja/nein;;;',
        'Strategie;4.1;Response time to member requests;≤;5;days;1,5',
      ].join('\n'),
    );
    expect(await preview('labelIndicators', 'eucles.csv', content)).toMatchObject({
      valid: 4,
      replaces: 2,
      issues: [],
    });
    await must(backend, 'resources.import', {
      kind: 'labelIndicators',
      clusterId,
      fileName: 'eucles.csv',
      content,
    });
    const indicators = (await facts()).labelIndicators;
    expect(indicators).toHaveLength(15);
    expect(
      indicators
        .filter((i) => !i.indicative)
        .map((i) => [i.area, i.code, i.title, i.comparator, i.threshold, i.weight]),
    ).toEqual([
      ['structure', '1.1', 'Committed cluster participants', 'ge', 40, 2],
      ['financing', '3.2', 'Private share of income', 'ge', 35, 1],
      ['management', '2.4', 'Written rules of procedure', 'yes', null, 1],
      ['strategy_services', '4.1', 'Response time to member requests', 'le', 5, 1.5],
    ]);
  });

  it('refuses rows without area, title or threshold, and bad comparators and weights', async () => {
    const content = file(
      [
        'Bereich;Indikator;Vergleich;Schwelle;Gewicht',
        'Irgendwo;A;≥;1;',
        'Struktur;;≥;1;',
        'Struktur;B;ungefähr;1;',
        'Struktur;C;≥;;',
        'Struktur;D;≥;1;0',
        'Struktur;E;≥;viele;',
      ].join('\n'),
    );
    expect(
      (await preview('labelIndicators', 'x.csv', content)).issues.map((i) => [i.row, i.column, i.code]),
    ).toEqual([
      [2, 'Bereich', 'areaUnknown'],
      [3, 'Indikator', 'empty'],
      [4, 'Vergleich', 'comparatorUnknown'],
      [5, 'Schwelle', 'empty'],
      [6, 'Gewicht', 'weightInvalid'],
      [7, 'Schwelle', 'thresholdInvalid'],
    ]);
  });
});
