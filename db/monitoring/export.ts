// Exporting measurements as the user's spreadsheet expects them: German CSV with semicolons,
// decimal commas, dates like 31.12.2026 and a UTF-8 BOM (so Excel reads umlauts); English CSV
// with commas, decimal points and ISO dates; XLSX with real date and number cells. The import
// reads all of them back.
import type { Language } from '../../shared/contract/schemas.ts';
import { translate } from '../../shared/i18n/i18n.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';

interface Row {
  indicator: string;
  date: string;
  value: number;
  note: string;
  enteredBy: string;
  enteredAt: string;
}

function rows(db: SqliteDatabase, clusterId: number, indicatorId: number | undefined): Row[] {
  return db
    .prepare(
      `select i.name as indicator, m.date, m.value, m.note, m.entered_by as enteredBy, m.entered_at as enteredAt
       from measurement m join indicator i on i.id = m.indicator_id
       where i.cluster_id = ? ${indicatorId === undefined ? '' : 'and i.id = ?'}
       order by i.name collate nocase, i.id, m.date`,
    )
    .all(...(indicatorId === undefined ? [clusterId] : [clusterId, indicatorId])) as Row[];
}

function headers(language: Language): string[] {
  return (['indicator', 'date', 'value', 'note', 'enteredBy', 'enteredAt'] as const).map((c) =>
    translate(language, `export.column.${c}`),
  );
}

function csvField(text: string, delimiter: string): string {
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Plain digits with the language's decimal separator and no thousands separator (what spreadsheets read back). */
function csvNumber(value: number, language: Language): string {
  const text = String(value);
  return language === 'de' ? text.replace('.', ',') : text;
}

export function exportCsv(
  db: SqliteDatabase,
  clusterId: number,
  indicatorId: number | undefined,
  language: Language,
): Buffer {
  const delimiter = language === 'de' ? ';' : ',';
  const lines = [
    headers(language)
      .map((h) => csvField(h, delimiter))
      .join(delimiter),
  ];
  for (const r of rows(db, clusterId, indicatorId)) {
    const date =
      language === 'de' ? `${r.date.slice(8, 10)}.${r.date.slice(5, 7)}.${r.date.slice(0, 4)}` : r.date;
    lines.push(
      [r.indicator, date, csvNumber(r.value, language), r.note, r.enteredBy, r.enteredAt]
        .map((f, i) => (i === 2 ? f : csvField(f, delimiter)))
        .join(delimiter),
    );
  }
  const text = `${lines.join('\r\n')}\r\n`;
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

export async function exportXlsx(
  db: SqliteDatabase,
  clusterId: number,
  indicatorId: number | undefined,
  language: Language,
): Promise<Buffer> {
  // Loaded on first use: exceljs is large, and most sessions never write a spreadsheet.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'ClusterPilot';
  const sheet = workbook.addWorksheet(translate(language, 'export.sheet'));
  sheet.columns = headers(language).map((header, i) => ({
    header,
    width: [40, 12, 14, 40, 20, 22][i],
    ...(i === 1 ? { style: { numFmt: language === 'de' ? 'dd.mm.yyyy' : 'yyyy-mm-dd' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows(db, clusterId, indicatorId)) {
    sheet.addRow([r.indicator, new Date(`${r.date}T00:00:00Z`), r.value, r.note, r.enteredBy, r.enteredAt]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
