// A report table as a real Word table: the caption above ("Table 3: …", numbered by a SEQ field),
// the header row repeated on every page, rows that never split across pages, column widths by the
// columns' weights, figures right-aligned, status cells with their tone's symbol, indented levels,
// bold totals and shaded group rows; the note below in small type.
import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  type IBorderOptions,
  Paragraph,
  type ParagraphChild,
  SimpleField,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Cell, Column, ColumnKind, Row, TableBlock } from '../../shared/report/model.ts';
import { toneSymbol } from '../../shared/report/model.ts';
import { type DocxContext, sequenceIdentifier } from './docx-context.ts';
import { grey, styleId, textWidth, toneColor } from './docx-styles.ts';

const rightAligned: ReadonlySet<ColumnKind> = new Set(['number', 'money', 'percent', 'date']);
const indentPerLevel = 227; // 0.4 cm
const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const rule = (size: number, color: string): IBorderOptions => ({ style: BorderStyle.SINGLE, size, color });

/** Column widths in twips, sharing the text width by the columns' weights. */
export function columnWidths(columns: readonly Column[], total = textWidth): number[] {
  const weights = columns.map((column) =>
    column.width !== undefined && column.width > 0 ? column.width : 1,
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((weight) => Math.floor((total * weight) / sum));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** "Table 3: caption", the number a SEQ field with its value cached (right before Word updates it). */
export function captionParagraph(
  label: string,
  identifier: string,
  number: number,
  caption: string,
  keepNext: boolean,
) {
  return new Paragraph({
    style: 'Caption',
    keepNext,
    children: [
      new TextRun(`${label} `),
      new SimpleField(`SEQ ${identifier} \\* ARABIC`, String(number)),
      new TextRun(caption ? `: ${caption}` : ''),
    ],
  });
}

/** A cell's text runs: status cells get the tone's symbol in its colour first. */
export function cellRuns(cell: Cell, bold: boolean, color?: string): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  if (cell.tone)
    runs.push(new TextRun({ text: `${toneSymbol[cell.tone]} `, color: toneColor[cell.tone], bold }));
  runs.push(new TextRun({ text: cell.text, bold, ...(color ? { color } : {}) }));
  return runs;
}

function headerRow(table: TableBlock, widths: readonly number[], accent: string): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map(
      (column, i) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          shading: { fill: accent },
          children: [
            new Paragraph({
              style: styleId.tableText,
              keepNext: true,
              alignment: rightAligned.has(column.kind) ? AlignmentType.RIGHT : AlignmentType.LEFT,
              children: [new TextRun({ text: column.label, bold: true, color: 'FFFFFF' })],
            }),
          ],
        }),
    ),
  });
}

function bodyRow(table: TableBlock, row: Row, widths: readonly number[]): TableRow {
  const columns = table.columns;
  const bold = row.emphasis === 'total' || row.emphasis === 'group';
  const cells = row.cells.slice(0, columns.length);
  return new TableRow({
    cantSplit: true,
    children: cells.map((cell, i) => {
      // A row with fewer cells than columns (a group heading) spans its last cell to the end.
      const span = i === cells.length - 1 ? columns.length - i : 1;
      const width = widths.slice(i, i + span).reduce((a, b) => a + b, 0);
      const kind = columns[i]!.kind;
      return new TableCell({
        width: { size: width, type: WidthType.DXA },
        ...(span > 1 ? { columnSpan: span } : {}),
        ...(row.emphasis === 'group' ? { shading: { fill: grey.group } } : {}),
        ...(row.emphasis === 'total' ? { borders: { top: rule(8, '404040') } } : {}),
        children: [
          new Paragraph({
            style: styleId.tableText,
            alignment: rightAligned.has(kind) ? AlignmentType.RIGHT : AlignmentType.LEFT,
            ...(i === 0 && row.level ? { indent: { left: row.level * indentPerLevel } } : {}),
            children: cellRuns(cell, bold),
          }),
        ],
      });
    }),
  });
}

export function tableBlock(table: TableBlock, context: DocxContext): FileChild[] {
  const { furniture } = context.model;
  const number = ++context.tables;
  const caption = captionParagraph(
    furniture.table,
    sequenceIdentifier(furniture.table, 'Table'),
    number,
    table.caption,
    true,
  );
  const out: FileChild[] = [caption];
  if (table.rows.length === 0 || table.columns.length === 0) {
    out.push(
      new Paragraph({
        style: styleId.note,
        children: [new TextRun({ text: table.empty ?? '—', italics: true })],
      }),
    );
  } else {
    const widths = columnWidths(table.columns);
    out.push(
      new Table({
        width: { size: textWidth, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        borders: {
          top: rule(4, grey.rule),
          bottom: rule(4, grey.rule),
          left: none,
          right: none,
          insideHorizontal: rule(2, grey.faint),
          insideVertical: none,
        },
        rows: [
          headerRow(table, widths, context.accent),
          ...table.rows.map((row) => bodyRow(table, row, widths)),
        ],
      }),
    );
  }
  if (table.note) out.push(new Paragraph({ style: styleId.tableNote, text: table.note }));
  else out.push(new Paragraph({ style: styleId.tableNote, children: [] }));
  return out;
}
