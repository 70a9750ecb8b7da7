// The report model: one funder report (or the minutes) as a tree of sections and blocks, every
// text already written and every number already formatted in the report's language. Built from an
// evaluation's frozen snapshot by build.ts; the renderer's report page (the in-app preview and
// the PDF), the Word writer and the Excel writer all read this one model, so the three formats
// say the same thing. JSON-safe: it crosses the transports and is handed to the print page.
import type { Language } from '../contract/schemas.ts';

export const REPORT_MODEL_VERSION = 1;

export const reportVariants = ['standard', 'verwendungsnachweis', 'minutes'] as const;
export type ReportVariant = (typeof reportVariants)[number];

export const reportFormats = ['pdf', 'docx', 'xlsx'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/**
 * How a status reads without colour: a shape and a word, with a colour on top. good ● · warn ▲ ·
 * bad ■ · none ○ (no data, not yet due) · info ◆ (needs assessment, stale).
 */
export type Tone = 'good' | 'warn' | 'bad' | 'none' | 'info';
export const toneSymbol: Record<Tone, string> = { good: '●', warn: '▲', bad: '■', none: '○', info: '◆' };

export interface Cell {
  /** As printed, in the report's language. */
  readonly text: string;
  /** The raw value for Excel: a number (not rounded), an ISO date, or text. */
  readonly value?: number | string | null;
  /** A status cell: printed as the tone's symbol before the text. */
  readonly tone?: Tone;
}

export type ColumnKind = 'text' | 'number' | 'money' | 'percent' | 'date' | 'status';

export interface Column {
  readonly label: string;
  readonly kind: ColumnKind;
  /** Relative width (default 1): the page shares its width by these weights. */
  readonly width?: number;
  /** Excel's number format for `value` (e.g. '#,##0.0', '#,##0.00 "€"', '0.0%'). */
  readonly numberFormat?: string;
}

export interface Row {
  readonly cells: readonly Cell[];
  /** Indentation of the first cell (a goal tree, a source's lines). */
  readonly level?: number;
  /** A sum or a group heading row. */
  readonly emphasis?: 'total' | 'group';
}

export interface TableBlock {
  readonly kind: 'table';
  /** Unique in the report; names the sheet of the data annex. */
  readonly id: string;
  readonly caption: string;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
  readonly note?: string;
  /** Shown when there are no rows. */
  readonly empty?: string;
  /** Part of the data annex (the XLSX file, also embedded in the PDF). */
  readonly data: boolean;
  /** Sheet name in the data annex (≤ 31 characters, unique). */
  readonly sheet?: string;
  /** false: only in the data annex, not printed (a list too long for paper, e.g. every measurement). */
  readonly printed?: boolean;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly text: string;
  readonly style?: 'lead' | 'note';
}

/** Text the manager may edit in the report editor; starts as a draft written from the figures. */
export interface NarrativeBlock {
  readonly kind: 'narrative';
  /** Where the text is stored: 'section:summary', 'indicator:12', … */
  readonly key: string;
  readonly text: string;
  /** Still the draft (nobody edited it). */
  readonly draft: boolean;
}

export interface ChartBlock {
  readonly kind: 'chart';
  readonly id: string;
  /** A complete SVG document (vector, text in the report's font). */
  readonly svg: string;
  /** The SVG's size in CSS pixels (96 per inch). */
  readonly width: number;
  readonly height: number;
  readonly caption: string;
  /** What the chart shows, in words (screen readers, the Word file's alt text). */
  readonly alt: string;
}

export interface FactsBlock {
  readonly kind: 'facts';
  readonly items: readonly { readonly label: string; readonly value: string; readonly tone?: Tone }[];
}

export interface ListBlock {
  readonly kind: 'list';
  readonly ordered: boolean;
  readonly items: readonly string[];
}

export interface CalloutBlock {
  readonly kind: 'callout';
  readonly tone: Tone;
  readonly title: string;
  readonly text: string;
}

/** Place, date and signature lines (the Verwendungsnachweis, the minutes). */
export interface SignatureBlock {
  readonly kind: 'signature';
  readonly lines: readonly string[];
}

export type Block =
  | TableBlock
  | ParagraphBlock
  | NarrativeBlock
  | ChartBlock
  | FactsBlock
  | ListBlock
  | CalloutBlock
  | SignatureBlock;

export interface Section {
  /** Unique in the report (an anchor, a bookmark, the contents' key). */
  readonly id: string;
  /** '1', '5.2', 'A.1'; empty for unnumbered sections. */
  readonly number: string;
  readonly title: string;
  readonly blocks: readonly Block[];
  readonly sections: readonly Section[];
  /** Starts on a new page (the top-level sections do). */
  readonly breakBefore?: boolean;
  /** Listed in the table of contents (levels 1 and 2 are, unless false). */
  readonly inContents?: boolean;
  /** Kept on one page when it fits (an indicator with its figures, chart and text). */
  readonly keep?: boolean;
}

export interface ReportModel {
  readonly version: typeof REPORT_MODEL_VERSION;
  readonly language: Language;
  readonly variant: ReportVariant;
  readonly evaluationId: number;
  /** The PDF's document information and the Word file's properties. */
  readonly meta: {
    readonly title: string;
    readonly subject: string;
    readonly author: string;
    readonly keywords: readonly string[];
    /** When this report was produced (a reproduction uses the archived moment). */
    readonly producedAt: string;
    readonly producedBy: string;
  };
  /** The cluster's corporate design. */
  readonly design: {
    /** '#rrggbb'. */
    readonly accent: string;
    readonly footer: string;
    readonly logo: { readonly mimeType: string; readonly base64: string } | null;
  };
  readonly cover: {
    readonly kicker: string;
    readonly title: string;
    readonly subtitle: string;
    readonly facts: readonly { readonly label: string; readonly value: string }[];
    /** "Decided on 12 March 2026" or "Draft: not yet decided". */
    readonly status: string;
    readonly draft: boolean;
  };
  /** Words the page itself prints: running header, "Page 3 of 28", the contents' title. */
  readonly furniture: {
    readonly header: string;
    readonly page: string;
    readonly of: string;
    readonly contents: string;
    readonly figure: string;
    readonly table: string;
  };
  readonly sections: readonly Section[];
}

/** Every section in document order (depth first), with its depth (1 = top level). */
export function* walkSections(
  sections: readonly Section[],
  depth = 1,
): Generator<{ readonly section: Section; readonly depth: number }> {
  for (const section of sections) {
    yield { section, depth };
    yield* walkSections(section.sections, depth + 1);
  }
}

/** The data tables of a report in document order (the XLSX annex, the file embedded in the PDF). */
export function dataTables(model: ReportModel): TableBlock[] {
  const tables: TableBlock[] = [];
  for (const { section } of walkSections(model.sections))
    for (const block of section.blocks) if (block.kind === 'table' && block.data) tables.push(block);
  return tables;
}

/** The sections the table of contents lists: levels 1 and 2, unless a section opts out. */
export function contentsEntries(model: ReportModel): { section: Section; depth: number }[] {
  return [...walkSections(model.sections)].filter(
    ({ section, depth }) => depth <= 2 && section.inContents !== false,
  );
}

/** A heading as printed: "5.2 Members" (the contents and the PDF's bookmarks use this). */
export const headingText = (section: Section) =>
  section.number ? `${section.number} ${section.title}` : section.title;
