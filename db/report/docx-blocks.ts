// The report's blocks other than tables as Word content: paragraphs (lead and note styles),
// narratives, real bullet and numbered lists, facts as a borderless two-column table, callouts as
// a shaded one-cell table, signature lines, and charts as SVG pictures with a PNG fallback.
import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  type IBorderOptions,
  ImageRun,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type {
  Block,
  CalloutBlock,
  ChartBlock,
  FactsBlock,
  ListBlock,
  SignatureBlock,
  Tone,
} from '../../shared/report/model.ts';
import { toneSymbol } from '../../shared/report/model.ts';
import { type DocxContext, sequenceIdentifier } from './docx-context.ts';
import {
  bulletListReference,
  grey,
  orderedListReference,
  styleId,
  textWidth,
  toneColor,
  toneTint,
  twipsToPx,
} from './docx-styles.ts';
import { captionParagraph, cellRuns, columnWidths, tableBlock } from './docx-table.ts';
import { rasterizeSvg } from './raster.ts';

const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

/** Text with line breaks as runs: a break before every line but the first. */
export function textRuns(text: string, options: { bold?: boolean; color?: string } = {}): TextRun[] {
  return text
    .split('\n')
    .map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...options }));
}

/** Paragraphs of a text: blank lines separate them, single line breaks stay breaks. */
function paragraphs(text: string, style?: string): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .filter((part) => part.trim() !== '')
    .map((part) => new Paragraph({ ...(style ? { style } : {}), children: textRuns(part.trim()) }));
}

function listBlock(list: ListBlock, context: DocxContext): Paragraph[] {
  // Each numbered list counts from 1: its own instance of the list definition.
  const instance = ++context.lists;
  const reference = list.ordered ? orderedListReference : bulletListReference;
  return list.items.map(
    (item) => new Paragraph({ children: textRuns(item), numbering: { reference, level: 0, instance } }),
  );
}

/** Labels and values in two columns without borders (facts, the cover's facts), rows kept whole. */
export function labelValueTable(
  items: readonly { label: string; value: string; tone?: Tone }[],
  weights: readonly [number, number],
  style?: string,
): Table {
  const widths = columnWidths(weights.map((width) => ({ label: '', kind: 'text' as const, width })));
  const cell = (width: number, children: ParagraphChild[]) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: [new Paragraph({ ...(style ? { style } : {}), children })],
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    margins: { top: 40, bottom: 40, left: 0, right: 80 },
    rows: items.map(
      (item) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(widths[0]!, [new TextRun({ text: item.label, color: grey.text })]),
            cell(widths[1]!, cellRuns({ text: item.value, ...(item.tone ? { tone: item.tone } : {}) }, true)),
          ],
        }),
    ),
  });
}

function factsBlock(facts: FactsBlock): FileChild[] {
  return [labelValueTable(facts.items, [2, 3], styleId.tableText), new Paragraph({ children: [] })];
}

function calloutBlock(callout: CalloutBlock): FileChild[] {
  return [
    new Table({
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: [textWidth],
      layout: TableLayoutType.FIXED,
      borders: {
        ...noBorders,
        left: { style: BorderStyle.SINGLE, size: 24, color: toneColor[callout.tone] },
      },
      margins: { top: 100, bottom: 100, left: 160, right: 160 },
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: textWidth, type: WidthType.DXA },
              shading: { fill: toneTint[callout.tone] },
              children: [
                new Paragraph({
                  keepNext: true,
                  spacing: { after: 60 },
                  children: [
                    new TextRun({
                      text: `${toneSymbol[callout.tone]} `,
                      bold: true,
                      color: toneColor[callout.tone],
                    }),
                    new TextRun({ text: callout.title, bold: true }),
                  ],
                }),
                ...paragraphs(callout.text),
              ],
            }),
          ],
        }),
      ],
    }),
    new Paragraph({ children: [] }),
  ];
}

/** Each line is a rule to sign on with its label below, space above, half the page wide. */
function signatureBlock(signature: SignatureBlock): Paragraph[] {
  return signature.lines.map(
    (line, i) =>
      new Paragraph({
        style: styleId.note,
        keepNext: i < signature.lines.length - 1,
        keepLines: true,
        spacing: { before: 840, after: 0 },
        indent: { right: Math.round(textWidth / 2) },
        border: { top: { style: BorderStyle.SINGLE, size: 6, color: '404040', space: 4 } },
        children: [new TextRun(line)],
      }),
  );
}

/** An SVG picture (with its PNG fallback at twice the size) fitted to the given width in pixels. */
export async function svgImage(
  svg: string,
  maxWidth: number,
  maxHeight: number,
  altText: { name: string; title: string; description: string },
): Promise<ImageRun> {
  const raster = await rasterizeSvg(svg, 2);
  const scale = Math.min(1, maxWidth / raster.width, maxHeight / raster.height);
  return new ImageRun({
    type: 'svg',
    data: Buffer.from(svg, 'utf8'),
    fallback: { type: 'png', data: raster.png },
    transformation: { width: Math.round(raster.width * scale), height: Math.round(raster.height * scale) },
    altText,
  });
}

async function chartBlock(chart: ChartBlock, context: DocxContext): Promise<FileChild[]> {
  const number = ++context.figures;
  const { figure } = context.model.furniture;
  // The chart's own size when it fits; resvg reads the size from the SVG, the model states it too.
  const image = await svgImage(chart.svg, Math.min(chart.width, twipsToPx(textWidth)), 900, {
    name: chart.id,
    title: chart.caption,
    description: chart.alt,
  });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120 },
      children: [image],
    }),
    captionParagraph(figure, sequenceIdentifier(figure, 'Figure'), number, chart.caption, false),
  ];
}

export async function blockContent(block: Block, context: DocxContext): Promise<FileChild[]> {
  switch (block.kind) {
    case 'table':
      return tableBlock(block, context);
    case 'paragraph':
      return paragraphs(
        block.text,
        block.style === 'lead' ? styleId.lead : block.style === 'note' ? styleId.note : undefined,
      );
    case 'narrative':
      return paragraphs(block.text);
    case 'chart':
      return chartBlock(block, context);
    case 'facts':
      return factsBlock(block);
    case 'list':
      return listBlock(block, context);
    case 'callout':
      return calloutBlock(block);
    case 'signature':
      return signatureBlock(block);
  }
}
