// Commands of the funder report: open an evaluation's report, produce its files into the archive,
// save a copy of an archived file, verify a copy against the archive, and produce an archived PDF
// again to compare. Each is one command with a translated title, for buttons and the palette.
import type { ArchivedReport } from '../../shared/contract/report.ts';
import type { Language } from '../../shared/contract/schemas.ts';
import { formatDateTime } from '../../shared/i18n/i18n.ts';
import type { ReportFormat, ReportVariant } from '../../shared/report/model.ts';
import { evaluationOf } from '../base/evaluations.ts';
import { download, pickFile, toBase64 } from '../base/files.ts';
import { registerCommand } from '../commands/registry.ts';
import { messageOf } from '../i18n/errors.ts';
import { t } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkbench } from '../stores/workbench.ts';
import { useReports } from './reports-store.ts';

const wb = () => useWorkbench.getState();

export const openReport = (evaluationId: number) => wb().openEditor({ kind: 'report', evaluationId });

export interface ProduceRequest {
  readonly evaluationId: number;
  readonly language: Language;
  readonly variant: ReportVariant;
  readonly format: ReportFormat;
}

/**
 * Produces one file of a report into the archive, then saves a copy where the user says (the
 * desktop app's dialog) or downloads it (the browser). Answers the archived entry, or null.
 */
export async function produceReport(request: ProduceRequest): Promise<ArchivedReport | null> {
  useReports.getState().setBusy(true);
  try {
    const produced = await client().call('reports.produce', {
      evaluationId: request.evaluationId,
      language: request.language,
      variant: request.variant,
      formats: [request.format],
    });
    if (!produced.ok) {
      wb().notify(messageOf(produced.error));
      return null;
    }
    useReports.getState().changed();
    const entry = produced.data[0]!;
    wb().notify(
      entry.pages === null
        ? t('report.produced', { file: entry.fileName })
        : t('report.producedPages', { file: entry.fileName, count: entry.pages }),
    );
    await saveCopy(entry);
    return entry;
  } finally {
    useReports.getState().setBusy(false);
  }
}

const purposeOf = { pdf: 'exportPdf', docx: 'exportDocx', xlsx: 'exportXlsx' } as const;

/** A copy of an archived file: where the desktop app's dialog says, or a download in the browser. */
export async function saveCopy(entry: ArchivedReport): Promise<void> {
  const chosen = await client().call('workspace.choosePath', {
    purpose: purposeOf[entry.format],
    suggestedName: entry.fileName,
  });
  if (chosen.ok && chosen.data.supported) {
    if (chosen.data.path === null) return;
    const written = await client().call('reports.file', { id: entry.id, path: chosen.data.path });
    wb().notify(written.ok ? t('report.saved', { path: written.data.path ?? '' }) : messageOf(written.error));
    return;
  }
  const file = await client().call('reports.file', { id: entry.id });
  if (!file.ok) return wb().notify(messageOf(file.error));
  download(file.data.fileName, file.data.mimeType, file.data.content ?? '');
}

/** Opens an archived file: with the system's program in the desktop app, in a new tab in the browser. */
export async function openArchived(entry: ArchivedReport): Promise<void> {
  const opened = await client().call('reports.open', { id: entry.id });
  if (!opened.ok) return wb().notify(messageOf(opened.error));
  if (opened.data.opened) return;
  const file = await client().call('reports.file', { id: entry.id });
  if (!file.ok) return wb().notify(messageOf(file.error));
  const bytes = Uint8Array.from(atob(file.data.content ?? ''), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.data.mimeType }));
  if (!window.open(url, '_blank')) download(file.data.fileName, file.data.mimeType, file.data.content ?? '');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Checks a file against the archive by its SHA-256 and says what it is. */
export async function verifyCopy(): Promise<void> {
  const chosen = await client().call('workspace.choosePath', { purpose: 'openPdf' });
  let result: Awaited<ReturnType<typeof verifyInput>>;
  if (chosen.ok && chosen.data.supported) {
    if (chosen.data.path === null) return;
    result = await verifyInput({ path: chosen.data.path });
  } else {
    const file = await pickFile('.pdf,.docx,.xlsx');
    if (!file) return;
    result = await verifyInput({ fileName: file.name, content: toBase64(await file.arrayBuffer()) });
  }
  if (!result.ok) return wb().notify(messageOf(result.error));
  const { match, sha256 } = result.data;
  const language = usePrefs.getState().language;
  wb().notify(
    match
      ? t('report.verified', {
          file: match.fileName,
          evaluation: match.evaluationTitle,
          date: formatDateTime(language, match.producedAt),
        })
      : t('report.notVerified', { hash: sha256.slice(0, 16) }),
  );
}

const verifyInput = (input: { path: string } | { fileName: string; content: string }) =>
  client().call('reports.verify', input);

/** Produces an archived PDF again from its snapshot and says whether page count and text agree. */
export async function reproduce(entry: ArchivedReport): Promise<void> {
  useReports.getState().setBusy(true);
  try {
    const result = await client().call('reports.reproduce', { id: entry.id });
    if (!result.ok) return wb().notify(messageOf(result.error));
    const { same, pages, differences } = result.data;
    const first = differences[0];
    wb().notify(
      same
        ? t('report.reproduced', { count: pages.now })
        : first
          ? t('report.reproducedDiffers', {
              archived: pages.archived,
              now: pages.now,
              page: first.page,
              was: first.archived,
              is: first.now,
            })
          : t('report.reproducedPages', { archived: pages.archived, now: pages.now }),
    );
  } finally {
    useReports.getState().setBusy(false);
  }
}

export function registerReportCommands(): void {
  registerCommand({
    id: 'report.open',
    title: 'command.openReport',
    category: 'category.report',
    when: () => evaluationOf() !== undefined,
    run: (given?: unknown) => {
      const id = evaluationOf(given);
      if (id !== undefined) openReport(id);
    },
  });
  registerCommand({
    id: 'report.minutes',
    title: 'command.printMinutes',
    category: 'category.report',
    when: () => evaluationOf() !== undefined,
    run: async (given?: unknown) => {
      const id = evaluationOf(given);
      if (id === undefined) return;
      const evaluation = await client().call('evaluations.get', { id });
      if (!evaluation.ok) return wb().notify(messageOf(evaluation.error));
      await produceReport({
        evaluationId: id,
        language: evaluation.data.language,
        variant: 'minutes',
        format: 'pdf',
      });
    },
  });
  registerCommand({
    id: 'report.verify',
    title: 'command.verifyReport',
    category: 'category.report',
    run: () => verifyCopy(),
  });
}
