// The Excel writer, read back with exceljs: sheet names, raw numbers with their formats, dates as
// dates, the header row, the About sheet in both languages, properties and repeatable content.
import type ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/contract/schemas.ts';
import type { ReportModel, TableBlock } from '../../shared/report/model.ts';
import { dataTables } from '../../shared/report/model.ts';
import { fixtureModel } from './fixture-model.ts';
import { reportXlsx } from './xlsx.ts';

async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  // exceljs's typings predate Node's generic Buffer.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

const written = new Map<Language, { model: ReportModel; bytes: Uint8Array; workbook: ExcelJS.Workbook }>();
async function workbookFor(language: Language) {
  let entry = written.get(language);
  if (!entry) {
    const model = fixtureModel(language);
    const bytes = await reportXlsx(model);
    entry = { model, bytes, workbook: await readXlsx(bytes) };
    written.set(language, entry);
  }
  return entry;
}

const table = (model: ReportModel, id: string): TableBlock => dataTables(model).find((t) => t.id === id)!;

describe.each(['de', 'en'] as const)('reportXlsx (%s)', (language) => {
  it('writes the About sheet first, then one sheet per data table with a valid, unique name', async () => {
    const { workbook } = await workbookFor(language);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(
      language === 'de'
        ? [
            'Über',
            'Indikatoren',
            'Veranstaltungen und Teilnehmend',
            'Veranstaltungen und Teilneh (2)',
            'Finanzierung 2025-2026 Quellen',
          ]
        : [
            'About',
            'Indicators',
            'Events and participants by',
            'Events and participants by (2)',
            'Funding 2025-2026 sources and',
          ],
    );
    for (const name of names) expect(name).toMatch(/^[^[\]:*?/\\]{1,31}$/);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });

  it('writes raw numbers with the column’s format, status words and the text where there is no value', async () => {
    const { model, workbook } = await workbookFor(language);
    const block = table(model, 'indicators');
    const sheet = workbook.worksheets[1]!;
    // The header, the rows, a blank row and the note.
    expect(sheet.rowCount).toBe(1 + block.rows.length + 2);
    expect(sheet.getCell(`A${block.rows.length + 3}`).value).toBe(block.note);
    // Row 3 is the first indicator (row 2 is its goal's group heading).
    const row = block.rows[1]!;
    expect(sheet.getCell('A3').value).toBe(row.cells[0]!.text);
    expect(sheet.getCell('B3').value).toBe(row.cells[1]!.value);
    expect(sheet.getCell('B3').numFmt).toBe('#,##0.0');
    expect(sheet.getCell('C3').value).toBe(row.cells[2]!.value);
    expect(typeof sheet.getCell('C3').value).toBe('number');
    expect(sheet.getCell('D3').value).toBe(row.cells[3]!.value);
    expect(sheet.getCell('D3').numFmt).toBe('0.0%');
    expect(sheet.getCell('F3').value).toBe(row.cells[5]!.text);
    expect(sheet.getCell('F3').value).toBe(language === 'de' ? 'gefährdet' : 'at risk');
    // Levels indent the first cell; group and total rows are bold.
    expect(sheet.getCell('A3').alignment).toMatchObject({ indent: 1 });
    expect(sheet.getCell('A2').font).toMatchObject({ bold: true });
    const total = sheet.getRow(block.rows.length + 1);
    expect(total.getCell(1).value).toBe(language === 'de' ? 'Summe' : 'Total');
    expect(total.getCell(1).font).toMatchObject({ bold: true });
    expect(total.getCell(2).value).toBe(block.rows.at(-1)!.cells[1]!.value);
    // Money in the funding sheet.
    const funding = workbook.worksheets[4]!;
    expect(funding.getCell('B7').value).toBe(64500.5);
    expect(funding.getCell('B7').numFmt).toBe('#,##0 "€"');
    expect(funding.getCell('A4').alignment).toMatchObject({ indent: 2 });
  });

  it('writes ISO dates as Excel dates in the language’s date format', async () => {
    const { model, workbook } = await workbookFor(language);
    const iso = table(model, 'indicators').rows[1]!.cells[4]!.value as string;
    const cell = workbook.worksheets[1]!.getCell('E3');
    expect(cell.value).toBeInstanceOf(Date);
    expect((cell.value as Date).toISOString()).toBe(`${iso}T00:00:00.000Z`);
    expect(cell.numFmt).toBe(language === 'de' ? 'dd.mm.yyyy' : 'yyyy-mm-dd');
  });

  it('freezes the bold header row, filters it and fits the columns to their content', async () => {
    const { model, workbook } = await workbookFor(language);
    const block = table(model, 'indicators');
    const sheet = workbook.worksheets[1]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:F${block.rows.length + 1}`);
    expect(sheet.getRow(1).values).toEqual([undefined, ...block.columns.map((column) => column.label)]);
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true });
    const longest = Math.max(...block.rows.map((row) => row.cells[0]!.text.length));
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(longest);
    expect(sheet.getColumn(1).width).toBeGreaterThan(sheet.getColumn(2).width!);
  });

  it('names the report, its cover facts and its sheets with their captions on the About sheet', async () => {
    const { model, workbook } = await workbookFor(language);
    const about = workbook.worksheets[0]!;
    const rows: unknown[][] = [];
    about.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual([model.meta.title]);
    for (const fact of model.cover.facts) expect(rows).toContainEqual([fact.label, fact.value]);
    expect(rows).toContainEqual([language === 'de' ? 'Erstellt von' : 'Produced by', model.meta.producedBy]);
    expect(rows).toContainEqual([language === 'de' ? 'Blatt' : 'Sheet', model.furniture.contents]);
    const listed = rows.slice(-dataTables(model).length);
    expect(listed.map(([link, caption]) => [(link as { result: string }).result, caption])).toEqual(
      dataTables(model).map((block, i) => [workbook.worksheets[i + 1]!.name, block.caption]),
    );
    expect((listed[0]![0] as { formula: string }).formula).toBe(
      `HYPERLINK("#'${workbook.worksheets[1]!.name}'!A1","${workbook.worksheets[1]!.name}")`,
    );
  });

  it('sets the workbook’s properties, created and modified at the report’s producedAt', async () => {
    const { model, workbook } = await workbookFor(language);
    expect(workbook.creator).toBe(model.meta.author);
    expect(workbook.title).toBe(model.meta.title);
    expect(workbook.subject).toBe(model.meta.subject);
    expect(workbook.created.toISOString()).toBe(model.meta.producedAt);
    expect(workbook.modified.toISOString()).toBe(model.meta.producedAt);
  });
});

describe('reportXlsx, repeated', () => {
  it('gives the same workbook content for the same model', async () => {
    const model = fixtureModel('de');
    const [first, second] = await Promise.all([reportXlsx(model), reportXlsx(model)]);
    const a = unzipSync(first);
    const b = unzipSync(second);
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    for (const name of Object.keys(a))
      expect(Buffer.from(a[name]!).equals(Buffer.from(b[name]!)), name).toBe(true);
  });
});

describe('reportXlsx with control characters', () => {
  it('drops the characters XML does not allow from captions and cells', async () => {
    const model = fixtureModel('en');
    const funding = model.sections[3]!;
    const block = funding.blocks[0] as TableBlock;
    const dirty = {
      ...model,
      sections: [
        {
          ...funding,
          blocks: [
            {
              ...block,
              caption: 'Fund\u0001ing',
              rows: [{ cells: [{ text: 'St\u0007ate' }, { text: '1', value: 1 }] }],
            },
          ],
        },
      ],
    };
    const workbook = await readXlsx(await reportXlsx(dirty));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['About', 'Funding']);
    expect(workbook.worksheets[1]!.getCell('A2').value).toBe('State');
  });
});
