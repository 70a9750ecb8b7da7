// The Word file's look: A4 page geometry, the report font and accent colour in Word styles
// (headings, captions, lead and note paragraphs, table text, cover), the colours of the status
// tones and the numbered list's definition. Word users restyle the document through these styles.
import { AlignmentType, type IStylesOptions, LevelFormat, type NumberingDefinition } from 'docx';
import type { Tone } from '../../shared/report/model.ts';
import { REPORT_FONT_FAMILY } from './fonts.ts';

/** A4 in twentieths of a point (twips), with 2.2 cm side and 2.5 cm top and bottom margins. */
export const page = {
  width: 11906,
  height: 16838,
  marginX: 1247,
  marginTop: 1418,
  marginBottom: 1418,
  headerFooter: 709,
} as const;

/** The width text and tables may take, in twips. */
export const textWidth = page.width - 2 * page.marginX;

/** Twips to the CSS pixels (96 per inch) that docx sizes images in. */
export const twipsToPx = (twips: number) => (twips * 96) / 1440;

export const toneColor: Record<Tone, string> = {
  good: '2E7D32',
  warn: 'B26A00',
  bad: 'C62828',
  none: '757575',
  info: '1565C0',
};

/** Pale backgrounds of the tones, for callouts. */
export const toneTint: Record<Tone, string> = {
  good: 'E8F5E9',
  warn: 'FFF4E0',
  bad: 'FDECEA',
  none: 'F2F2F2',
  info: 'E8F0FB',
};

export const grey = { text: '595959', rule: 'BFBFBF', faint: 'D9D9D9', group: 'EEF2F7' } as const;

/** The design's '#rrggbb' as Word's 'RRGGBB' (a dark blue when it is not a colour). */
export function wordColor(hex: string): string {
  return /^#[0-9a-f]{6}$/i.test(hex) ? hex.slice(1).toUpperCase() : '1F5FA8';
}

export const styleId = {
  lead: 'Lead',
  note: 'Note',
  tableText: 'TableText',
  tableNote: 'TableNote',
  coverKicker: 'CoverKicker',
  coverSubtitle: 'CoverSubtitle',
  coverStatus: 'CoverStatus',
  contentsHeading: 'ContentsHeading',
  header: 'Header',
  footer: 'Footer',
  /** Headings of sections left out of the contents: Heading 1/2 for the outline, not for the TOC field. */
  unlistedHeading: (level: 1 | 2) => `Heading${level}Unlisted`,
} as const;

export const orderedListReference = 'report-ordered-list';
export const bulletListReference = 'report-bullet-list';

/** Bullets are '•', not docx's default '●', which is the symbol of the 'good' status. */
export const bulletList: NumberingDefinition = {
  reference: bulletListReference,
  levels: [
    {
      level: 0,
      format: LevelFormat.BULLET,
      text: '•',
      alignment: AlignmentType.START,
      style: { paragraph: { indent: { left: 454, hanging: 284 } } },
    },
  ],
};

export const orderedList: NumberingDefinition = {
  reference: orderedListReference,
  levels: [
    {
      level: 0,
      format: LevelFormat.DECIMAL,
      text: '%1.',
      alignment: AlignmentType.START,
      style: { paragraph: { indent: { left: 454, hanging: 284 } } },
    },
  ],
};

const headingStyle = (size: number, accent: string, outlineLevel: number, spaceBefore: number) => ({
  run: { font: REPORT_FONT_FAMILY, size, bold: true, color: accent },
  paragraph: { spacing: { before: spaceBefore, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
});

export function reportStyles(accent: string, language: string): IStylesOptions {
  const heading1 = headingStyle(32, accent, 0, 360);
  const heading2 = headingStyle(26, accent, 1, 280);
  return {
    default: {
      document: {
        run: { font: REPORT_FONT_FAMILY, size: 21, language: { value: language } },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      title: {
        run: { font: REPORT_FONT_FAMILY, size: 56, bold: true, color: accent },
        paragraph: { spacing: { after: 120 } },
      },
      heading1,
      heading2,
      heading3: headingStyle(22, accent, 2, 220),
      caption: {
        run: { size: 18, bold: true, italics: false, color: grey.text },
        paragraph: { spacing: { before: 160, after: 80 } },
      },
    },
    paragraphStyles: [
      {
        id: styleId.lead,
        name: 'Lead',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 26 },
      },
      {
        id: styleId.note,
        name: 'Note',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 17, color: grey.text },
      },
      {
        id: styleId.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: 18 },
        paragraph: { spacing: { before: 0, after: 0, line: 240 } },
      },
      {
        id: styleId.tableNote,
        name: 'Table Note',
        basedOn: 'Normal',
        run: { size: 16, color: grey.text },
        paragraph: { spacing: { before: 60, after: 200 } },
      },
      {
        id: styleId.coverKicker,
        name: 'Cover Kicker',
        basedOn: 'Normal',
        run: { size: 24, bold: true, allCaps: true, color: accent },
        paragraph: { spacing: { before: 2400, after: 120 } },
      },
      {
        id: styleId.coverSubtitle,
        name: 'Cover Subtitle',
        basedOn: 'Normal',
        run: { size: 30, color: grey.text },
      },
      {
        id: styleId.coverStatus,
        name: 'Cover Status',
        basedOn: 'Normal',
        run: { size: 22, bold: true },
        paragraph: { spacing: { before: 480 } },
      },
      {
        id: styleId.contentsHeading,
        name: 'Contents Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: REPORT_FONT_FAMILY, size: 32, bold: true, color: accent },
        paragraph: { spacing: { after: 240 } },
      },
      {
        id: styleId.header,
        name: 'header',
        basedOn: 'Normal',
        run: { size: 16, color: grey.text },
        paragraph: {
          spacing: { after: 0 },
          border: { bottom: { style: 'single', size: 4, color: grey.rule, space: 4 } },
        },
      },
      {
        id: styleId.footer,
        name: 'footer',
        basedOn: 'Normal',
        run: { size: 16, color: grey.text },
        paragraph: { spacing: { after: 0 }, rightTabStop: textWidth },
      },
      {
        id: styleId.unlistedHeading(1),
        name: 'Heading 1 (not in contents)',
        basedOn: 'Heading1',
        next: 'Normal',
        ...heading1,
      },
      {
        id: styleId.unlistedHeading(2),
        name: 'Heading 2 (not in contents)',
        basedOn: 'Heading2',
        next: 'Normal',
        ...heading2,
      },
    ],
  };
}
