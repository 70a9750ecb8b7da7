// The report's data annex as an Excel workbook (XLSX), written with exceljs: a first sheet "About"
// ("Über") naming the report, its cover facts and the sheets, then one sheet per data table with
// the raw values (numbers with the column's format, ISO dates as Excel dates), a bold frozen
// header row with an autofilter, fitted column widths, indented levels and bold totals. Created
// and modified are the report's producedAt, so one model always gives the same workbook content.
import type ExcelJS from 'exceljs';
import type { Language } from '../../shared/contract/schemas.ts';
import { formatDateTime, type MessageKey, translate } from '../../shared/i18n/i18n.ts';
import type { Cell, Column, ColumnKind, ReportModel, Row, TableBlock } from '../../shared/report/model.ts';
import { dataTables } from '../../shared/report/model.ts';
import { printableModel } from './printable.ts';
import { SheetNames } from './sheet-names.ts';

/** The About sheet's own words, in the report's language. */
function aboutWords(language: Language) {
  const t = (key: MessageKey) => translate(language, key);
  return {
    sheet: t('report.xlsx.about'),
    report: t('report.xlsx.report'),
    produced: t('report.xlsx.produced'),
    producedBy: t('report.xlsx.producedBy'),
    status: t('report.column.status'),
    sheets: t('report.xlsx.sheet'),
  };
}

export const dateFormat: Record<Language, string> = { de: 'dd.mm.yyyy', en: 'yyyy-mm-dd' };

const numericKinds: ReadonlySet<ColumnKind> = new Set(['number', 'money', 'percent', 'date']);
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };
const groupFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF2F7' } };

/** An ISO date as the Date exceljs writes as that day's serial number (UTC midnight). */
function excelDate(value: string): Date | null {
  const match = isoDate.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

interface Written {
  readonly value: ExcelJS.CellValue;
  readonly numFmt?: string;
  /** The width it needs, in characters. */
  readonly width: number;
}

/** What a cell holds in Excel: its raw value where it has one, else the text as printed. */
function written(cell: Cell | undefined, column: Column, language: Language): Written {
  if (!cell) return { value: null, width: 0 };
  const value = cell.value;
  if (column.kind !== 'status' && typeof value === 'number' && Number.isFinite(value))
    return {
      value,
      ...(column.numberFormat ? { numFmt: column.numberFormat } : {}),
      width: Math.max(cell.text.length, 6),
    };
  if (column.kind !== 'status' && typeof value === 'string') {
    const date = excelDate(value);
    if (date) return { value: date, numFmt: dateFormat[language], width: 10 };
    return { value, width: value.length };
  }
  return { value: cell.text === '' ? null : cell.text, width: cell.text.length };
}

function writeRow(
  sheet: ExcelJS.Worksheet,
  table: TableBlock,
  row: Row,
  language: Language,
  widths: number[],
) {
  const excelRow = sheet.addRow([]);
  table.columns.forEach((column, i) => {
    const content = written(row.cells[i], column, language);
    const cell = excelRow.getCell(i + 1);
    cell.value = content.value;
    if (content.numFmt) cell.numFmt = content.numFmt;
    const indent = i === 0 && row.level ? row.level : 0;
    if (indent) cell.alignment = { indent };
    else if (numericKinds.has(column.kind)) cell.alignment = { horizontal: 'right' };
    if (row.emphasis) cell.font = { bold: true };
    if (row.emphasis === 'group') cell.fill = groupFill;
    widths[i] = Math.max(widths[i]!, content.width + indent * 2);
  });
}

function writeTableSheet(workbook: ExcelJS.Workbook, name: string, table: TableBlock, language: Language) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const header = sheet.addRow(table.columns.map((column) => column.label));
  header.font = { bold: true };
  header.eachCell((cell, i) => {
    cell.fill = headerFill;
    cell.border = { bottom: { style: 'thin' } };
    if (numericKinds.has(table.columns[i - 1]!.kind)) cell.alignment = { horizontal: 'right' };
  });
  const widths = table.columns.map((column) => column.label.length + 2);
  for (const row of table.rows) writeRow(sheet, table, row, language, widths);
  if (table.columns.length > 0)
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: table.rows.length + 1, column: table.columns.length },
    };
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = Math.min(Math.max(width + 2, 8), 60);
  });
  if (table.note) {
    const note = sheet.getCell(table.rows.length + 3, 1);
    note.value = table.note;
    note.font = { italic: true, color: { argb: 'FF595959' } };
  }
}

function writeAboutSheet(
  sheet: ExcelJS.Worksheet,
  model: ReportModel,
  sheets: readonly { name: string; caption: string }[],
) {
  const words = aboutWords(model.language);
  const facts: [string, string][] = [
    [words.report, model.meta.title],
    ...model.cover.facts.map((fact): [string, string] => [fact.label, fact.value]),
    [words.status, model.cover.status],
    [words.produced, formatDateTime(model.language, model.meta.producedAt)],
    [words.producedBy, model.meta.producedBy],
  ];
  sheet.addRow([model.meta.title]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  for (const [label, value] of facts) sheet.addRow([label, value]).getCell(1).font = { bold: true };
  sheet.addRow([]);
  const heading = sheet.addRow([words.sheets, model.furniture.contents]);
  heading.font = { bold: true };
  for (const { name, caption } of sheets) {
    // A HYPERLINK formula: exceljs writes an internal hyperlink as an external relationship too.
    const quoted = (text: string) => text.replace(/"/g, '""');
    const target = `#'${name.replace(/'/g, "''")}'!A1`;
    const row = sheet.addRow([
      { formula: `HYPERLINK("${quoted(target)}","${quoted(name)}")`, result: name },
      caption,
    ]);
    row.getCell(1).font = { color: { argb: 'FF1F5FA8' }, underline: true };
  }
  const width = (texts: string[]) => Math.min(Math.max(...texts.map((text) => text.length), 10) + 2, 80);
  sheet.getColumn(1).width = width([...facts.map(([label]) => label), ...sheets.map((s) => s.name)]);
  sheet.getColumn(2).width = width([...facts.map(([, value]) => value), ...sheets.map((s) => s.caption)]);
}

export async function reportXlsx(input: ReportModel): Promise<Uint8Array> {
  const model = printableModel(input);
  // Loaded on first use: exceljs is large, and most sessions never write a spreadsheet.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  const produced = new Date(model.meta.producedAt);
  workbook.creator = model.meta.author;
  workbook.lastModifiedBy = model.meta.producedBy;
  workbook.title = model.meta.title;
  workbook.subject = model.meta.subject;
  workbook.keywords = model.meta.keywords.join(', ');
  if (!Number.isNaN(produced.getTime())) {
    workbook.created = produced;
    workbook.modified = produced;
  }

  const aboutName = aboutWords(model.language).sheet;
  const about = workbook.addWorksheet(aboutName);
  const names = new SheetNames([aboutName]);
  const tables = dataTables(model).map((table, i) => ({
    table,
    name: names.claim(table.sheet ?? table.caption, `${model.furniture.table} ${i + 1}`),
  }));
  for (const { table, name } of tables) writeTableSheet(workbook, name, table, model.language);
  writeAboutSheet(
    about,
    model,
    tables.map(({ table, name }) => ({ name, caption: table.caption })),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
