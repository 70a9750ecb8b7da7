// Exporting the actor register and the relationships as the user's spreadsheet expects them, in
// the same shapes as the measurement export (db/monitoring/export.ts): German CSV with
// semicolons, dates like 31.12.2026 and a UTF-8 BOM; English CSV with commas and ISO dates; XLSX
// with real date cells. Groups, subtypes, sizes and types are written in words of the language,
// which the import recognises again (a test reads every export back).
import type { Language } from '../../shared/contract/schemas.ts';
import { type MessageKey, translate } from '../../shared/i18n/i18n.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';
import { registeredActors, registeredRelationships, relationshipTypes } from './register.ts';

type Value = string | { date: string } | null;

interface Sheet {
  readonly name: string;
  readonly headers: readonly string[];
  readonly widths: readonly number[];
  /** Columns holding dates. */
  readonly dates: ReadonlySet<number>;
  readonly rows: readonly (readonly Value[])[];
}

function actorSheet(db: SqliteDatabase, clusterId: number, language: Language): Sheet {
  const t = (key: MessageKey) => translate(language, key);
  const fields = ['name', 'group', 'kind', 'size', 'memberSince', 'memberUntil', 'location', 'note'] as const;
  const actors = registeredActors(db, clusterId).sort((a, b) => a.name.localeCompare(b.name, language));
  return {
    name: t('network.export.actor.sheet'),
    headers: fields.map((f) => t(`network.export.actor.${f}`)),
    widths: [40, 24, 32, 8, 14, 14, 24, 40],
    dates: new Set([4, 5]),
    rows: actors.map((a) => [
      a.name,
      t(`option.actorGroup.${a.actorGroup}`),
      t(`option.actorSubtype.${a.actorGroup}.${a.subtype}` as MessageKey),
      a.size === null ? '' : t(a.size === 'sme' ? 'network.export.yes' : 'network.export.no'),
      a.memberSince === null ? null : { date: a.memberSince },
      a.memberUntil === null ? null : { date: a.memberUntil },
      a.location,
      a.note,
    ]),
  };
}

function relationshipSheet(db: SqliteDatabase, clusterId: number, language: Language): Sheet {
  const t = (key: MessageKey) => translate(language, key);
  const fields = ['from', 'to', 'type', 'startedOn', 'endedOn', 'note'] as const;
  const names = new Map(registeredActors(db, clusterId).map((a) => [a.id, a.name]));
  const types = new Map(
    relationshipTypes(db).map((type) => [
      type.id,
      type.key ? t(`option.relationshipType.${type.key}` as MessageKey) : type.name,
    ]),
  );
  const rows = registeredRelationships(db, clusterId).map((r) => [
    names.get(r.fromActorId) ?? '',
    names.get(r.toActorId) ?? '',
    types.get(r.typeId) ?? '',
    r.startedOn === null ? null : { date: r.startedOn },
    r.endedOn === null ? null : { date: r.endedOn },
    r.note,
  ]);
  return {
    name: t('network.export.relationship.sheet'),
    headers: fields.map((f) => t(`network.export.relationship.${f}`)),
    widths: [40, 40, 28, 14, 14, 40],
    dates: new Set([3, 4]),
    rows,
  };
}

export type NetworkExportKind = 'actors' | 'relationships';

function sheetOf(db: SqliteDatabase, kind: NetworkExportKind, clusterId: number, language: Language): Sheet {
  return kind === 'actors' ? actorSheet(db, clusterId, language) : relationshipSheet(db, clusterId, language);
}

function csvField(text: string, delimiter: string): string {
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function exportNetworkCsv(
  db: SqliteDatabase,
  kind: NetworkExportKind,
  clusterId: number,
  language: Language,
): Buffer {
  const sheet = sheetOf(db, kind, clusterId, language);
  const delimiter = language === 'de' ? ';' : ',';
  const cell = (value: Value) => {
    if (value === null) return '';
    if (typeof value === 'string') return csvField(value, delimiter);
    const d = value.date;
    return language === 'de' ? `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}` : d;
  };
  const lines = [sheet.headers.map((h) => csvField(h, delimiter)).join(delimiter)];
  for (const row of sheet.rows) lines.push(row.map(cell).join(delimiter));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}

export async function exportNetworkXlsx(
  db: SqliteDatabase,
  kind: NetworkExportKind,
  clusterId: number,
  language: Language,
): Promise<Buffer> {
  const sheet = sheetOf(db, kind, clusterId, language);
  // Loaded on first use: exceljs is large, and most sessions never write a spreadsheet.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'ClusterPilot';
  const worksheet = workbook.addWorksheet(sheet.name);
  worksheet.columns = sheet.headers.map((header, i) => ({
    header,
    width: sheet.widths[i],
    ...(sheet.dates.has(i) ? { style: { numFmt: language === 'de' ? 'dd.mm.yyyy' : 'yyyy-mm-dd' } } : {}),
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of sheet.rows) {
    worksheet.addRow(
      row.map((v) => (v === null ? null : typeof v === 'string' ? v : new Date(`${v.date}T00:00:00Z`))),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
