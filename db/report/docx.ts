// The funder report as a Word file (DOCX), written with the docx package from the report model:
// a cover, a table of contents field that Word fills in (with page numbers) when it opens the file,
// real headings (Heading 1–3, for Word's navigation pane and the contents), real tables, charts as
// SVG pictures with PNG fallbacks, a running header and a "Page X of Y" footer, the document's
// properties and language, and Source Sans 3 as the styles' font, embedded in the file.
import {
  AlignmentType,
  Document,
  type FileChild,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TableOfContents,
  TextRun,
} from 'docx';
import { localeOf } from '../../shared/i18n/i18n.ts';
import type { ReportModel, Section } from '../../shared/report/model.ts';
import { headingText, walkSections } from '../../shared/report/model.ts';
import { blockContent } from './docx-blocks.ts';
import type { DocxContext } from './docx-context.ts';
import { coverContent } from './docx-cover.ts';
import { bulletList, orderedList, page, reportStyles, styleId, wordColor } from './docx-styles.ts';
import { REPORT_FONT_FAMILY, reportFontBuffers } from './fonts.ts';
import { printableModel } from './printable.ts';

const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

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
        children: [...(await coverContent(model)), ...contents(model), ...(await body(model, context))],
      },
    ],
  });
  return Packer.toBuffer(document);
}
