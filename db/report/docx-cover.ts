// The Word file's cover page: the cluster's logo (PNG, JPEG or GIF as it is; SVG as an SVG picture
// with a PNG fallback, like the charts), kicker, title, subtitle, the cover's facts and the status
// line ("Decided on …", or the draft warning in the warn colour).
import { type FileChild, HeadingLevel, ImageRun, Paragraph, type ParagraphChild, TextRun } from 'docx';
import type { ReportModel } from '../../shared/report/model.ts';
import { labelValueTable, svgImage } from './docx-blocks.ts';
import { styleId, toneColor } from './docx-styles.ts';
import { imageSize } from './image-size.ts';

/** The box a logo is fitted into, in CSS pixels. */
const logoBox = { width: 220, height: 72 } as const;
const rasterTypes = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif' } as const;

async function logoRun(logo: ReportModel['design']['logo']): Promise<ParagraphChild | null> {
  if (!logo) return null;
  const bytes = Buffer.from(logo.base64, 'base64');
  const altText = { name: 'Logo', title: 'Logo', description: 'Logo' };
  if (logo.mimeType === 'image/svg+xml')
    return svgImage(bytes.toString('utf8'), logoBox.width, logoBox.height, altText);
  const type = Object.hasOwn(rasterTypes, logo.mimeType)
    ? rasterTypes[logo.mimeType as keyof typeof rasterTypes]
    : undefined;
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

export async function coverContent(model: ReportModel): Promise<FileChild[]> {
  const { cover } = model;
  const logo = await logoRun(model.design.logo);
  return [
    ...(logo ? [new Paragraph({ children: [logo] })] : []),
    new Paragraph({ style: styleId.coverKicker, text: cover.kicker }),
    new Paragraph({ heading: HeadingLevel.TITLE, text: cover.title }),
    new Paragraph({ style: styleId.coverSubtitle, spacing: { after: 600 }, text: cover.subtitle }),
    ...(cover.facts.length ? [labelValueTable(cover.facts, [1, 3])] : []),
    new Paragraph({
      style: styleId.coverStatus,
      children: [new TextRun({ text: cover.status, ...(cover.draft ? { color: toneColor.warn } : {}) })],
    }),
  ];
}
