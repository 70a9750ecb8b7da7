// The funder report as a Word file (DOCX), written with the docx package from the report model:
// a cover, a table of contents field that Word fills in (with page numbers) when it opens the file,
// real headings (Heading 1–3, for Word's navigation pane and the contents), real tables, charts as
// SVG pictures with PNG fallbacks, a running header and a "Page X of Y" footer, the document's
// properties and language, and Source Sans 3 as the styles' font, embedded in the file.
import {
  AlignmentType,
  BorderStyle,
  Document,
  type FileChild,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { localeOf } from '../../shared/i18n/i18n.ts';
import type { ReportModel, Section } from '../../shared/report/model.ts';
import { headingText, walkSections } from '../../shared/report/model.ts';
import { blockContent, svgImage } from './docx-blocks.ts';
import type { DocxContext } from './docx-context.ts';
import {
  bulletList,
  grey,
  orderedList,
  page,
  reportStyles,
  styleId,
  textWidth,
  toneColor,
  wordColor,
} from './docx-styles.ts';
import { cellRuns, columnWidths } from './docx-table.ts';
import { REPORT_FONT_FAMILY, reportFontBuffers } from './fonts.ts';
import { imageSize } from './image-size.ts';
import { printableModel } from './printable.ts';

const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

const logoBox = { width: 220, height: 72 } as const;

async function logoRun(logo: ReportModel['design']['logo']): Promise<ParagraphChild | null> {
  if (!logo) return null;
  const bytes = Buffer.from(logo.base64, 'base64');
  const altText = { name: 'Logo', title: 'Logo', description: 'Logo' };
  if (logo.mimeType === 'image/svg+xml')
    return svgImage(bytes.toString('utf8'), logoBox.width, logoBox.height, altText);
  const type = ({ 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif' } as const)[logo.mimeType];
  const size = imageSize(bytes);
  if (!type || !size || size.width === 0 || size.height === 0) return null;
  // Fitted into the box, never enlarged (a small raster logo would blur).
  const scale = Math.min(1, logoBox.width / size.width, logoBox.height / size.height);
  return new ImageRun({
    type,
    data: bytes,
    transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
    altText,
  });
}

async function cover(model: ReportModel): Promise<FileChild[]> {
  const { cover } = model;
  const logo = await logoRun(model.design.logo);
  const widths = columnWidths([
    { label: '', kind: 'text', width: 1 },
    { label: '', kind: 'text', width: 3 },
  ]);
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
  const factCell = (width: number, children: ParagraphChild[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, children: [new Paragraph({ children })] });
  return [
    ...(logo ? [new Paragraph({ children: [logo] })] : []),
    new Paragraph({ style: styleId.coverKicker, text: cover.kicker }),
    new Paragraph({ heading: HeadingLevel.TITLE, text: cover.title }),
    new Paragraph({ style: styleId.coverSubtitle, spacing: { after: 600 }, text: cover.subtitle }),
    ...(cover.facts.length
      ? [
          new Table({
            width: { size: textWidth, type: WidthType.DXA },
            columnWidths: widths,
            layout: TableLayoutType.FIXED,
            borders: {
              top: none,
              bottom: none,
              left: none,
              right: none,
              insideHorizontal: none,
              insideVertical: none,
            },
            margins: { top: 40, bottom: 40, left: 0, right: 80 },
            rows: cover.facts.map(
              (fact) =>
                new TableRow({
                  children: [
                    factCell(widths[0]!, [new TextRun({ text: fact.label, color: grey.text })]),
                    factCell(widths[1]!, cellRuns({ text: fact.value }, true)),
                  ],
                }),
            ),
          }),
        ]
      : []),
    new Paragraph({
      style: styleId.coverStatus,
      children: [new TextRun({ text: cover.status, ...(cover.draft ? { color: toneColor.warn } : {}) })],
    }),
  ];
}

function contents(model: ReportModel): FileChild[] {
  return [
    new Paragraph({ style: styleId.contentsHeading, pageBreakBefore: true, text: model.furniture.contents }),
    new TableOfContents(model.furniture.contents, { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

function heading(section: Section, depth: number, first: boolean): Paragraph {
  const level = Math.min(depth, 3) as 1 | 2 | 3;
  // Levels 1 and 2 are in the contents unless the section opts out; the TOC field takes Heading 1–2.
  const unlisted = section.inContents === false && level <= 2;
  return new Paragraph({
    ...(unlisted
      ? { style: styleId.unlistedHeading(level as 1 | 2) }
      : { heading: headingLevels[level - 1] }),
    pageBreakBefore: first || section.breakBefore === true,
    children: [new TextRun(headingText(section))],
  });
}

async function body(model: ReportModel, context: DocxContext): Promise<FileChild[]> {
  const out: FileChild[] = [];
  let first = true;
  for (const { section, depth } of walkSections(model.sections)) {
    out.push(heading(section, depth, first));
    first = false;
    for (const block of section.blocks) out.push(...(await blockContent(block, context)));
  }
  return out;
}

function furniture(model: ReportModel) {
  const { furniture: words, design } = model;
  const header = new Header({
    children: [new Paragraph({ style: styleId.header, alignment: AlignmentType.RIGHT, text: words.header })],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        style: styleId.footer,
        children: [
          new TextRun(design.footer),
          new TextRun({
            children: [
              new Tab(),
              `${words.page} `,
              PageNumber.CURRENT,
              ` ${words.of} `,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  });
  // The cover has neither (Word's "different first page").
  const blank = () => ({ children: [new Paragraph({ children: [] })] });
  return {
    headers: { default: header, first: new Header(blank()) },
    footers: { default: footer, first: new Footer(blank()) },
  };
}

export async function reportDocx(input: ReportModel): Promise<Uint8Array> {
  const model = printableModel(input);
  const accent = wordColor(model.design.accent);
  const context: DocxContext = { model, accent, tables: 0, figures: 0, lists: 0 };
  const fonts = reportFontBuffers();
  const document = new Document({
    title: model.meta.title,
    subject: model.meta.subject,
    creator: model.meta.author,
    lastModifiedBy: model.meta.producedBy,
    keywords: model.meta.keywords.join(', '),
    description: [model.cover.title, model.cover.subtitle].filter(Boolean).join(' – '),
    features: { updateFields: true },
    styles: reportStyles(accent, localeOf[model.language]),
    numbering: { config: [bulletList, orderedList] },
    // Word shows the report in its own font where Source Sans 3 is not installed. The semibold face
    // is not embedded: Word knows regular, bold, italic and bold italic faces of a family only.
    fonts: [{ name: REPORT_FONT_FAMILY, data: fonts.regular, bold: fonts.bold, italic: fonts.italic }],
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: page.width, height: page.height },
            margin: {
              top: page.marginTop,
              bottom: page.marginBottom,
              left: page.marginX,
              right: page.marginX,
              header: page.headerFooter,
              footer: page.headerFooter,
            },
          },
        },
        ...furniture(model),
        children: [...(await cover(model)), ...contents(model), ...(await body(model, context))],
      },
    ],
  });
  return Packer.toBuffer(document);
}
