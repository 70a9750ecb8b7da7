// Data transfer objects of the report calls: the report model (checked against the interfaces of
// shared/report/model.ts at compile time), the archive's entries, what a verification and a
// reproduction found, and the inputs of producing, saving and verifying reports.
import { z } from 'zod';
import {
  type Block,
  type ReportModel,
  reportFormats,
  reportVariants,
  type Section,
} from '../report/model.ts';
import { enums, isoDate } from './entities.ts';
import { MAX_IMPORT_BASE64_CHARS } from './envelope.ts';
import { filePath, id, isoDateTime } from './schemas.ts';

const tone = z.enum(['good', 'warn', 'bad', 'none', 'info']);
const cell = z.object({
  text: z.string(),
  value: z.union([z.number(), z.string(), z.null()]).optional(),
  tone: tone.optional(),
});
const block: z.ZodType<Block> = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('table'),
    id: z.string(),
    caption: z.string(),
    columns: z.array(
      z.object({
        label: z.string(),
        kind: z.enum(['text', 'number', 'money', 'percent', 'date', 'status']),
        width: z.number().optional(),
        numberFormat: z.string().optional(),
      }),
    ),
    rows: z.array(
      z.object({
        cells: z.array(cell),
        level: z.number().int().optional(),
        emphasis: z.enum(['total', 'group']).optional(),
      }),
    ),
    note: z.string().optional(),
    empty: z.string().optional(),
    data: z.boolean(),
    sheet: z.string().optional(),
    printed: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('paragraph'), text: z.string(), style: z.enum(['lead', 'note']).optional() }),
  z.object({ kind: z.literal('narrative'), key: z.string(), text: z.string(), draft: z.boolean() }),
  z.object({
    kind: z.literal('chart'),
    id: z.string(),
    svg: z.string(),
    width: z.number(),
    height: z.number(),
    caption: z.string(),
    alt: z.string(),
  }),
  z.object({
    kind: z.literal('facts'),
    items: z.array(z.object({ label: z.string(), value: z.string(), tone: tone.optional() })),
  }),
  z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(z.string()) }),
  z.object({ kind: z.literal('callout'), tone, title: z.string(), text: z.string() }),
  z.object({ kind: z.literal('signature'), lines: z.array(z.string()) }),
]);
const section: z.ZodType<Section> = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  blocks: z.array(block),
  get sections() {
    return z.array(section);
  },
  breakBefore: z.boolean().optional(),
  inContents: z.boolean().optional(),
  keep: z.boolean().optional(),
});

export const reportVariant = z.enum(reportVariants);
export const reportFormat = z.enum(reportFormats);

export const reportModel: z.ZodType<ReportModel> = z.object({
  version: z.literal(1),
  language: enums.language,
  variant: reportVariant,
  evaluationId: id,
  meta: z.object({
    title: z.string(),
    subject: z.string(),
    author: z.string(),
    keywords: z.array(z.string()),
    producedAt: isoDateTime,
    producedBy: z.string(),
  }),
  design: z.object({
    accent: z.string(),
    footer: z.string(),
    logo: z.object({ mimeType: z.string(), base64: z.string() }).nullable(),
  }),
  cover: z.object({
    kicker: z.string(),
    title: z.string(),
    subtitle: z.string(),
    facts: z.array(z.object({ label: z.string(), value: z.string() })),
    status: z.string(),
    draft: z.boolean(),
  }),
  furniture: z.object({
    header: z.string(),
    page: z.string(),
    of: z.string(),
    contents: z.string(),
    figure: z.string(),
    table: z.string(),
  }),
  sections: z.array(section),
});

/** One produced report in the archive (its bytes stay in the workspace). */
export const archivedReport = z.object({
  id,
  evaluationId: id,
  evaluationTitle: z.string(),
  clusterId: id,
  clusterName: z.string(),
  language: enums.language,
  variant: reportVariant,
  format: reportFormat,
  fileName: z.string(),
  sha256: z.string().length(64),
  bytes: z.number().int(),
  pages: z.number().int().nullable(),
  producedAt: isoDateTime,
  producedBy: z.string(),
});
export type ArchivedReport = z.infer<typeof archivedReport>;

const which = {
  evaluationId: id,
  language: enums.language,
  variant: reportVariant.default('standard'),
};

export const reportCalls = {
  model: z.strictObject(which),
  saveNarrative: z.strictObject({
    evaluationId: id,
    language: enums.language,
    key: z.string().min(1).max(100),
    /** Empty: back to the draft written from the figures. */
    text: z.string().max(20000),
  }),
  produce: z.strictObject({
    ...which,
    formats: z.array(reportFormat).min(1).max(3).default(['pdf']),
    /** Where to write a copy of each produced file (besides the archive). */
    paths: z
      .strictObject({ pdf: filePath.optional(), docx: filePath.optional(), xlsx: filePath.optional() })
      .default({}),
  }),
  list: z.strictObject({ evaluationId: id.optional() }),
  /** The archived file: written to `path`, or answered as base64 (a browser downloads it). */
  file: z.strictObject({ id, path: filePath.optional() }),
  verify: z.union([
    z.strictObject({ path: filePath }),
    z.strictObject({ fileName: z.string().max(255), content: z.string().max(MAX_IMPORT_BASE64_CHARS) }),
  ]),
  reproduce: z.strictObject({ id }),
  open: z.strictObject({ id }),
  setLogo: z.strictObject({
    clusterId: id,
    mimeType: z.enum(['image/png', 'image/jpeg', 'image/svg+xml']),
    content: z.string().max(MAX_IMPORT_BASE64_CHARS),
  }),
  clearLogo: z.strictObject({ clusterId: id }),
};

export const producedReports = z.array(archivedReport.extend({ path: z.string().nullable() }));

export const reportFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  /** Base64, unless it was written to a path. */
  content: z.string().nullable(),
  path: z.string().nullable(),
});

export const verification = z.object({
  sha256: z.string().length(64),
  bytes: z.number().int(),
  /** The archived report with the same SHA-256, or null: the copy is not one of ours or was changed. */
  match: archivedReport.nullable(),
});

export const reproduction = z.object({
  report: archivedReport,
  pages: z.object({ archived: z.number().int(), now: z.number().int() }),
  /** True when every page's text is the same. */
  same: z.boolean(),
  /** The pages whose text differs, with the first line that differs (at most 10). */
  differences: z.array(z.object({ page: z.number().int(), archived: z.string(), now: z.string() })),
  checkedOn: isoDate,
});
