// Importing measurements from CSV and XLSX files as spreadsheets in German and English write
// them: semicolon or comma separated, decimal comma or point (with thousands separators), dates
// as 31.12.2026, 12/31/2026 or 2026-12-31, UTF-8 (with or without BOM) or Windows-1252. The
// file is read into a table, the columns are mapped (guessed from the header), and every row is
// checked before anything is written: an import with one bad row imports nothing.
import type ExcelJS from 'exceljs';
import type { ImportIssue, ImportOptions, ImportPreview } from '../../shared/contract/monitoring.ts';
import { parseNumber } from '../../shared/i18n/i18n.ts';
import { parseCsv } from '../../shared/text/csv.ts';
import type { IndicatorRef, MeasurementValue } from './measurements.ts';

export type Cell = string | number | Date | null;

export interface Table {
  readonly format: 'csv' | 'xlsx';
  readonly delimiter: ';' | ',' | '\t' | null;
  readonly encoding: 'utf-8' | 'windows-1252' | null;
  /** Rows as read, the header first, each with its row number in the file. */
  readonly rows: readonly { readonly row: number; readonly cells: readonly Cell[] }[];
}

const MAX_ISSUES = 200;
const SAMPLE_ROWS = 20;

export async function readTable(bytes: Buffer, fileName: string, options: ImportOptions): Promise<Table> {
  const zip = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
  if (zip || /\.xlsx$/i.test(fileName)) return readXlsx(bytes);
  const { text, encoding } = decodeText(bytes, options.encoding);
  const delimiter = options.delimiter ?? detectDelimiter(text);
  return {
    format: 'csv',
    delimiter,
    encoding,
    rows: parseCsv(text, delimiter).map((cells, index) => ({ row: index + 1, cells })),
  };
}

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else Windows-1252 (older Excel on Windows). */
export function decodeText(
  bytes: Uint8Array,
  encoding?: 'utf-8' | 'windows-1252',
): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  if (encoding === 'windows-1252') return { text: new TextDecoder('windows-1252').decode(bytes), encoding };
  try {
    // TextDecoder drops the BOM by itself.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch (error) {
    if (encoding === 'utf-8') throw error;
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** The separator that splits the header line into the most columns (quotes respected). */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  let best: ';' | ',' | '\t' = ',';
  let most = 0;
  for (const candidate of [';', '\t', ','] as const) {
    const count = parseCsv(firstLine, candidate)[0]?.length ?? 0;
    if (count > most) {
      best = candidate;
      most = count;
    }
  }
  return best;
}

async function readXlsx(bytes: Buffer): Promise<Table> {
  // Loaded on first use: exceljs is large, and most sessions never read a spreadsheet.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  // exceljs's typings predate Node's generic Buffer.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: { row: number; cells: Cell[] }[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c).value));
    rows.push({ row: rowNumber, cells });
  });
  return { format: 'xlsx', delimiter: null, encoding: null, rows };
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

const headerNames: Record<'indicator' | 'date' | 'value' | 'note', readonly string[]> = {
  indicator: ['indicator', 'indikator', 'kennzahl', 'indicator id', 'indikator-id', 'name'],
  date: ['date', 'datum', 'stichtag', 'period', 'periode', 'zeitpunkt'],
  value: ['value', 'wert', 'istwert', 'ist', 'actual', 'messwert'],
  note: ['note', 'notiz', 'bemerkung', 'comment', 'kommentar', 'quelle', 'source', 'anmerkung'],
};

/** Columns guessed from the header (German or English names); null when one is missing. */
export function guessColumns(header: readonly Cell[]): ImportPreview['columns'] {
  const names = header.map((h) =>
    String(h ?? '')
      .trim()
      .toLowerCase(),
  );
  const find = (field: keyof typeof headerNames) => {
    for (const name of headerNames[field]) {
      const index = names.indexOf(name);
      if (index !== -1) return index;
    }
    return -1;
  };
  const indicator = find('indicator');
  const date = find('date');
  const value = find('value');
  const note = find('note');
  if (indicator === -1 || date === -1 || value === -1) return null;
  return { indicator, date, value, note: note === -1 ? null : note };
}

type DateFormat = ImportPreview['dateFormat'];
const datePatterns: Record<DateFormat, RegExp> = {
  iso: /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  'dmy.': /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/,
  'dmy/': /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
  'mdy/': /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
};

const daysIn = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : daysIn[month - 1]!)) return null;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** A date cell as an ISO date, or null. Spreadsheet dates (Date cells, serial numbers) need no format. */
export function parseDate(cell: Cell, format: DateFormat): string | null {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime())
      ? null
      : isoOf(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  }
  if (typeof cell === 'number') {
    // Excel's serial day number (1900 date system): day 25569 is 1970-01-01.
    if (!Number.isInteger(cell) || cell < 1 || cell > 120_000) return null;
    const date = new Date((cell - 25569) * 86_400_000);
    return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  const match = datePatterns[format].exec(String(cell ?? '').trim());
  if (!match) return null;
  const [a, b, c] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (format === 'iso') return isoOf(a, b, c);
  return format === 'mdy/' ? isoOf(c, a, b) : isoOf(c, b, a);
}

/** A value cell as a number, read with the file's decimal separator, or null. */
export function parseValue(cell: Cell, decimal: 'comma' | 'point'): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (cell === null || cell instanceof Date) return null;
  const value = parseNumber(decimal === 'comma' ? 'de' : 'en', cell.replace(/[\u00a0\u202f']/g, ''));
  return Number.isFinite(value) ? value : null;
}

export function detectDecimal(values: readonly Cell[], delimiter: Table['delimiter']): 'comma' | 'point' {
  let comma = 0;
  let point = 0;
  for (const cell of values) {
    if (typeof cell !== 'string') continue;
    const s = cell.trim();
    // "1.234" and "1,234" are ambiguous (a thousands separator or a decimal); they do not count.
    if (/^-?\d{1,3}[.,]\d{3}$/.test(s)) continue;
    if (/^-?[\d.]*,\d+$/.test(s)) comma++;
    else if (/^-?[\d,]*\.\d+$/.test(s)) point++;
  }
  if (comma !== point) return comma > point ? 'comma' : 'point';
  return delimiter === ';' ? 'comma' : 'point';
}

export function detectDateFormat(values: readonly Cell[], decimal: 'comma' | 'point'): DateFormat {
  const strings = values.filter((v): v is string => typeof v === 'string').slice(0, 2000);
  const order: DateFormat[] =
    decimal === 'point' ? ['iso', 'dmy.', 'mdy/', 'dmy/'] : ['iso', 'dmy.', 'dmy/', 'mdy/'];
  let best = order[0]!;
  let most = -1;
  for (const format of order) {
    const count = strings.filter((s) => parseDate(s, format) !== null).length;
    if (count > most) {
      best = format;
      most = count;
    }
  }
  return best;
}

export function display(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}

export interface ImportAnalysis {
  readonly preview: ImportPreview;
  readonly values: MeasurementValue[];
}

/**
 * Checks every row against the cluster's indicators. `exists` tells whether a measurement for an
 * indicator and date is already stored (those rows replace it).
 */
export function analyseImport(
  table: Table,
  options: ImportOptions,
  indicators: ReadonlyMap<number, IndicatorRef>,
  exists: (indicatorId: number, date: string) => boolean,
): ImportAnalysis {
  const [headerRow, ...data] = table.rows;
  const header = (headerRow?.cells ?? []).map(display);
  const columns = options.columns ?? guessColumns(headerRow?.cells ?? []);
  const valueCells = columns ? data.map((r) => r.cells[columns.value] ?? null) : [];
  const decimal = options.decimal ?? detectDecimal(valueCells, table.delimiter);
  const dateFormat =
    options.dateFormat ??
    detectDateFormat(columns ? data.map((r) => r.cells[columns.date] ?? null) : [], decimal);
  const issues: ImportIssue[] = [];
  let issueCount = 0;
  const issue = (row: number, column: number, code: ImportIssue['code'], cell: Cell) => {
    issueCount++;
    if (issues.length < MAX_ISSUES)
      issues.push({
        row,
        column: header[column] || `#${column + 1}`,
        code,
        value: display(cell).slice(0, 200),
      });
  };
  const byName = new Map<string, IndicatorRef>();
  for (const indicator of indicators.values()) byName.set(indicator.name.trim().toLowerCase(), indicator);

  const values: MeasurementValue[] = [];
  let replaces = 0;
  const seen = new Map<number, Set<string>>();
  // Files usually list one indicator's rows together: remember the last lookup.
  let lastKey: string | null = null;
  let lastIndicator: IndicatorRef | undefined;
  if (columns) {
    for (const { row, cells } of data) {
      if (cells.every((c) => c === null || c === '' || String(c).trim() === '')) continue;
      const nameCell = cells[columns.indicator] ?? null;
      const key = display(nameCell).trim();
      if (key !== lastKey) {
        lastKey = key;
        lastIndicator =
          byName.get(key.toLowerCase()) ?? (/^\d+$/.test(key) ? indicators.get(Number(key)) : undefined);
      }
      const indicator = lastIndicator;
      const date = parseDate(cells[columns.date] ?? null, dateFormat);
      const value = parseValue(cells[columns.value] ?? null, decimal);
      let ok = true;
      if (!indicator) {
        issue(row, columns.indicator, key === '' ? 'empty' : 'indicatorUnknown', nameCell);
        ok = false;
      } else if (indicator.derived !== null) {
        issue(row, columns.indicator, 'indicatorDerived', nameCell);
        ok = false;
      }
      if (date === null) {
        const cell = cells[columns.date] ?? null;
        issue(row, columns.date, display(cell).trim() === '' ? 'empty' : 'dateInvalid', cell);
        ok = false;
      }
      if (value === null) {
        const cell = cells[columns.value] ?? null;
        issue(row, columns.value, display(cell).trim() === '' ? 'empty' : 'valueInvalid', cell);
        ok = false;
      }
      if (!ok || !indicator || date === null || value === null) continue;
      let dates = seen.get(indicator.id);
      if (!dates) {
        dates = new Set();
        seen.set(indicator.id, dates);
      }
      if (dates.has(date)) {
        issue(row, columns.date, 'duplicate', cells[columns.date] ?? null);
        continue;
      }
      dates.add(date);
      if (exists(indicator.id, date)) replaces++;
      const note =
        columns.note === null
          ? ''
          : display(cells[columns.note] ?? null)
              .trim()
              .slice(0, 2000);
      values.push({ indicatorId: indicator.id, date, value, note });
    }
  }
  return {
    preview: {
      format: table.format,
      header,
      delimiter: table.delimiter,
      decimal,
      encoding: table.encoding,
      dateFormat,
      columns,
      sample: data.slice(0, SAMPLE_ROWS).map((r) => ({
        row: r.row,
        cells: r.cells.map(display),
        parsed: columns
          ? {
              date: parseDate(r.cells[columns.date] ?? null, dateFormat),
              value: parseValue(r.cells[columns.value] ?? null, decimal),
            }
          : null,
      })),
      rows: data.length,
      valid: values.length,
      replaces,
      issues,
      moreIssues: issueCount - issues.length,
    },
    values,
  };
}
