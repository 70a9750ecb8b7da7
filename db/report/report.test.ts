// The funder report through the contract, on the demo workspace: the model of each document in
// both languages (its sections, the verdicts, the decision and its rationale, numbers in the
// report's language), the manager's texts over the drafts (one undo step, refused on a locked
// evaluation), the Word and Excel files into the archive, copies verified by their hash, the
// logo, and the refusals that leave nothing written. Printing PDFs needs Chromium: the e2e
// project tests it (test/e2e/report-pdf.e2e.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArchivedReport } from '../../shared/contract/report.ts';
import {
  dataTables,
  headingText,
  type ReportModel,
  type Section,
  walkSections,
} from '../../shared/report/model.ts';
import { must } from '../../test/support/fixtures.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { type Backend, createBackend } from '../backend/backend.ts';

const newDir = tempDirs();
let backend: Backend;
let dir: string;

async function open(language: 'de' | 'en') {
  dir = newDir();
  backend = await createBackend({
    workspacePath: path.join(dir, 'r.clusterpilot'),
    dataDir: dir,
    demoForNewWorkspace: language,
    validateOutputs: true,
    now: () => new Date('2026-11-21T10:00:00Z'),
  });
}
beforeEach(() => open('en'));
afterEach(() => backend.close());

const sql = <T>(query: string, ...params: unknown[]) =>
  backend.workspace.db
    .prepare(query)
    .pluck()
    .get(...params) as T;
const lockedId = () => sql<number>("select id from evaluation where status = 'locked'");
const draftId = () => sql<number>("select id from evaluation where status = 'draft'");
const model = (evaluationId: number, language: 'de' | 'en', variant = 'standard') =>
  must<ReportModel>(backend, 'reports.model', { evaluationId, language, variant });

const sections = (m: ReportModel) => [...walkSections(m.sections)].map(({ section }) => section);
const section = (m: ReportModel, id: string) => sections(m).find((s) => s.id === id)!;
/** Every text a section and its subsections print, flattened. */
function texts(s: Section): string[] {
  const out: string[] = [headingText(s)];
  for (const b of s.blocks) {
    if (b.kind === 'paragraph' || b.kind === 'narrative') out.push(b.text);
    if (b.kind === 'callout') out.push(b.title, b.text);
    if (b.kind === 'facts') for (const i of b.items) out.push(i.label, i.value);
    if (b.kind === 'list') out.push(...b.items);
    if (b.kind === 'table') out.push(b.caption, ...b.rows.flatMap((r) => r.cells.map((c) => c.text)));
  }
  for (const child of s.sections) out.push(...texts(child));
  return out;
}
const allText = (m: ReportModel) => m.sections.flatMap(texts).join('\n');

describe('the report of an evaluation', () => {
  it('has the ten sections and the annex, numbered, in the report’s language', async () => {
    const en = await model(lockedId(), 'en');
    expect(en.sections.map((s) => headingText(s))).toEqual([
      '1 Summary',
      '2 Context',
      '3 Strategy',
      '4 Activities and milestones',
      '5 Indicators',
      '6 Members and network',
      '7 Finances',
      '8 Break-point assessment',
      '9 Evaluation meeting',
      '10 Outlook',
      'A Annex',
    ]);
    const de = await model(lockedId(), 'de');
    expect(de.sections.map((s) => s.title)).toEqual([
      'Zusammenfassung',
      'Ausgangslage',
      'Strategie',
      'Aktivitäten und Meilensteine',
      'Indikatoren',
      'Mitglieder und Netzwerk',
      'Finanzen',
      'Bewertung der Sollbruchstellen',
      'Evaluierungssitzung',
      'Ausblick',
      'Anhang',
    ]);
    // Every indicator and break-point of the snapshot has its own subsection.
    expect(section(en, 'indicators').sections).toHaveLength(sql<number>('select count(*) from indicator'));
    expect(section(en, 'break-points').sections.map((s) => s.number)).toEqual(['8.1', '8.2', '8.3', '8.4']);
    expect(section(en, 'annex').sections.map((s) => s.number)).toEqual(['A.1', 'A.2', 'A.3', 'A.4']);
    expect(en.furniture).toMatchObject({ page: 'Page', of: 'of' });
    expect(de.furniture).toMatchObject({ page: 'Seite', of: 'von' });
  });

  it('states the break-point verdicts, the decision with its rationale and who decided it', async () => {
    const m = await model(lockedId(), 'en');
    const verdicts = backend.workspace.db
      .prepare(
        "select subject_id as id, verdict from assessment where evaluation_id = ? and subject_kind = 'break_point'",
      )
      .all(lockedId()) as { id: number; verdict: string }[];
    expect(verdicts.length).toBeGreaterThan(0);
    const overview = section(m, 'break-points').blocks.find((b) => b.kind === 'table')!;
    if (overview.kind !== 'table') throw new Error('no table');
    const labels: Record<string, string> = {
      met: 'Met',
      missed: 'Missed',
      not_assessable: 'Not assessable',
      achieved: 'Achieved',
      partly_achieved: 'Partly achieved',
      not_achieved: 'Not achieved',
    };
    for (const v of verdicts) {
      const title = sql<string>('select title from break_point where id = ?', v.id);
      const row = overview.rows.find((r) => r.cells[0]!.text === title)!;
      expect(row.cells[3]!.text, title).toBe(labels[v.verdict]);
    }
    const rationale = sql<string>('select rationale from decision where evaluation_id = ?', lockedId());
    const summary = texts(section(m, 'summary')).join('\n');
    expect(summary).toContain('Decision of 02/20/2026: Continue with adjustments');
    expect(summary).toContain(rationale);
    expect(texts(section(m, 'meeting')).join('\n')).toContain('Dr. Katrin Vogel');
    expect(m.cover.status).toBe('Decided and locked on February 21, 2026');
  });

  it('describes each indicator’s chart in its alt text: values counted (one in the singular), actual and plan', async () => {
    const id = draftId();
    const indicator = await must<{ id: number }>(backend, 'indicators.create', {
      clusterId: 1,
      name: 'Pilot customers',
      kind: 'output',
      direction: 'increase',
      aggregation: 'periodic',
      frequency: 'yearly',
    });
    await must(backend, 'measurements.save', {
      clusterId: 1,
      changes: [{ indicatorId: indicator.id, date: '2026-03-31', value: 4 }],
    });
    await must(backend, 'evaluation.freeze', { evaluationId: id });
    const alts = (m: ReportModel) =>
      [...walkSections(m.sections)].flatMap(({ section }) =>
        section.blocks.flatMap((b) => (b.kind === 'chart' ? [b.alt] : [])),
      );
    const en = alts(await model(id, 'en'));
    const de = alts(await model(id, 'de'));
    expect(en.find((alt) => alt.startsWith('Pilot customers'))).toMatch(
      /^Pilot customers over time: 1 measured value; at the cut-off date 4\b/,
    );
    expect(de.find((alt) => alt.startsWith('Pilot customers'))).toMatch(
      /^Pilot customers im Zeitverlauf: 1 Messwert; zum Stichtag 4\b/,
    );
    // Several values in the plural; German says the plan without a case to decline (the names
    // are the workspace's, English in this demo).
    expect(en.find((alt) => alt.startsWith('Members over time'))).toMatch(
      /: \d+ measured values; .* against a plan of /,
    );
    expect(de.find((alt) => alt.startsWith('Members im Zeitverlauf'))).toMatch(
      /: \d+ Messwerte; zum Stichtag .+, geplant .+\.$/,
    );
  });

  it('writes numbers, money and dates in the report’s language, not the UI’s', async () => {
    const en = allText(await model(lockedId(), 'en'));
    const de = allText(await model(lockedId(), 'de'));
    expect(en).toMatch(/€\d{1,3}(,\d{3})+\.\d{2}/);
    expect(de).toMatch(/\d{1,3}(\.\d{3})+,\d{2}\s€/);
    expect(en).toContain('12/31/2025');
    expect(de).toContain('31.12.2025');
    expect(en).not.toContain('31.12.2025');
    expect(de).toMatch(/\d+,\d %/);
    expect(en).toMatch(/\d+\.\d%/);
  });

  it('builds the Verwendungsnachweis and the minutes from the same evaluation', async () => {
    const vn = await model(lockedId(), 'de', 'verwendungsnachweis');
    expect(vn.sections.map((s) => headingText(s))).toEqual([
      '1 Sachbericht',
      '2 Zahlenmäßiger Nachweis',
      '3 Bestätigung',
      'A Anhang',
    ]);
    expect(texts(section(vn, 'numbers')).join('\n')).toMatch(/Einnahmen nach Finanzierungsquelle/);
    expect(vn.sections[2]!.blocks.some((b) => b.kind === 'signature')).toBe(true);
    const minutes = await model(lockedId(), 'en', 'minutes');
    const items = section(minutes, 'minutes-items').sections;
    expect(items.length).toBe(
      sql<number>('select count(*) from agenda_item where evaluation_id = ?', lockedId()),
    );
    expect(items[0]!.title).toMatch(/^Item 1: /);
  });

  it('is built from the snapshot only: later edits to the live data do not change it', async () => {
    const before = await model(lockedId(), 'en');
    const indicator = sql<number>("select id from indicator where name = 'Members'");
    await must(backend, 'indicators.update', { id: indicator, name: 'Renamed later' });
    const after = await model(lockedId(), 'en');
    expect(allText(after)).toBe(allText(before));
    expect(allText(after)).not.toContain('Renamed later');
  });

  it('names the region and the stage only when the cluster states them: no "()", "(–)" or stage "–"', async () => {
    const context = (m: ReportModel) => texts(section(m, 'context')).join('\n');
    expect(context(await model(lockedId(), 'en'))).toMatch(
      /^Havelland Photonics Network \(Havelland, Brandenburg\) is in the/m,
    );
    const cluster = sql<number>('select cluster_id from evaluation where id = ?', draftId());
    await must(backend, 'clusters.update', { id: cluster, region: '', lifeCycleStage: null });
    await must(backend, 'evaluation.freeze', { evaluationId: draftId() });
    for (const language of ['en', 'de'] as const) {
      const text = context(await model(draftId(), language));
      expect(text).toMatch(
        language === 'en'
          ? /^At the cut-off date on 12\/31\/2026, Havelland Photonics Network has \d+ members\.$/m
          : /^Zum Stichtag am 31\.12\.2026 hat Havelland Photonics Network \d+ Mitglieder\.$/m,
      );
      expect(text).not.toMatch(/\(\s*[–-]?\s*\)|„–“/);
    }
  });

  it('refuses an evaluation whose data is not frozen, naming it', async () => {
    expect(await backend.call('reports.model', { evaluationId: draftId(), language: 'en' })).toEqual({
      ok: false,
      error: { kind: 'conflict', code: 'report.noSnapshot', params: { name: 'Annual evaluation 2026' } },
    });
  });
});

describe('the manager’s texts', () => {
  it('replace a draft in one undo step, in the language they were written for', async () => {
    const id = draftId();
    await must(backend, 'evaluation.freeze', { evaluationId: id });
    const draft = section(await model(id, 'en'), 'summary').blocks.find((b) => b.kind === 'narrative')!;
    expect(draft).toMatchObject({ kind: 'narrative', key: 'section:summary', draft: true });
    await must(backend, 'reports.saveNarrative', {
      evaluationId: id,
      language: 'en',
      key: 'section:summary',
      text: 'The cluster grew faster than planned.',
    });
    const edited = section(await model(id, 'en'), 'summary').blocks.find((b) => b.kind === 'narrative');
    expect(edited).toMatchObject({ text: 'The cluster grew faster than planned.', draft: false });
    // The German report keeps its own draft.
    const german = section(await model(id, 'de'), 'summary').blocks.find((b) => b.kind === 'narrative');
    expect(german).toMatchObject({ draft: true });
    await must(backend, 'history.undo', {});
    expect(section(await model(id, 'en'), 'summary').blocks.find((b) => b.kind === 'narrative')).toEqual(
      draft,
    );
    // An empty text goes back to the draft.
    await must(backend, 'reports.saveNarrative', {
      evaluationId: id,
      language: 'en',
      key: 'section:summary',
      text: 'x',
    });
    await must(backend, 'reports.saveNarrative', {
      evaluationId: id,
      language: 'en',
      key: 'section:summary',
      text: ' ',
    });
    expect(sql<number>('select count(*) from report_narrative')).toBe(0);
  });

  it('are refused on a locked evaluation, and nothing is written', async () => {
    expect(
      await backend.call('reports.saveNarrative', {
        evaluationId: lockedId(),
        language: 'en',
        key: 'section:summary',
        text: 'Changed after the decision',
      }),
    ).toEqual({
      ok: false,
      error: { kind: 'conflict', code: 'evaluationLocked', params: { title: 'Annual evaluation 2025' } },
    });
    expect(sql<number>('select count(*) from report_narrative')).toBe(0);
  });
});

describe('producing files into the archive', () => {
  const produce = (input: Record<string, unknown>) =>
    must<(ArchivedReport & { path: string | null })[]>(backend, 'reports.produce', {
      evaluationId: lockedId(),
      language: 'de',
      ...input,
    });

  it('archives Word and Excel files with their hash, writes copies, and verifies copies by it', async () => {
    const docxPath = path.join(dir, 'bericht.docx');
    const produced = await produce({ formats: ['docx', 'xlsx'], paths: { docx: docxPath } });
    expect(produced.map((p) => [p.format, p.language, p.variant, p.path])).toEqual([
      ['docx', 'de', 'standard', docxPath],
      ['xlsx', 'de', 'standard', null],
    ]);
    const copy = fs.readFileSync(docxPath);
    expect(produced[0]!.sha256).toBe(
      (await import('node:crypto')).createHash('sha256').update(copy).digest('hex'),
    );
    // A real Word file whose headings are the report's.
    const document = strFromU8(unzipSync(new Uint8Array(copy))['word/document.xml']!);
    expect(document).toContain('Zusammenfassung');
    // The Excel file has one sheet per data table.
    const xlsx = await must<{ content: string }>(backend, 'reports.file', { id: produced[1]!.id });
    const workbook = unzipSync(new Uint8Array(Buffer.from(xlsx.content, 'base64')));
    const sheets = Object.keys(workbook).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    const m = await model(lockedId(), 'de');
    expect(sheets.length).toBe(dataTables(m).length + 1);

    expect(await must(backend, 'reports.list', { evaluationId: lockedId() })).toHaveLength(2);
    const verified = await must<{ match: ArchivedReport | null }>(backend, 'reports.verify', {
      path: docxPath,
    });
    expect(verified.match?.id).toBe(produced[0]!.id);
    const changed = Buffer.from(copy);
    const at = changed.length - 10;
    changed.writeUInt8(changed.readUInt8(at) ^ 0xff, at);
    const other = await must<{ match: ArchivedReport | null }>(backend, 'reports.verify', {
      fileName: 'bericht.docx',
      content: changed.toString('base64'),
    });
    expect(other.match).toBeNull();
  });

  it('opens an archived file with the system’s program from a copy in the data folder', async () => {
    const [entry] = await produce({ formats: ['xlsx'] });
    expect(await must(backend, 'reports.open', { id: entry!.id })).toEqual({ opened: false });
    backend.close();
    const opened: string[] = [];
    backend = await createBackend({
      workspacePath: path.join(dir, 'r.clusterpilot'),
      dataDir: dir,
      validateOutputs: true,
      host: { openFile: (file) => opened.push(file) },
    });
    expect(await must(backend, 'reports.open', { id: entry!.id })).toEqual({ opened: true });
    expect(opened).toEqual([path.join(dir, 'reports', String(entry!.id), entry!.fileName)]);
    const archivedBytes = await must<{ content: string }>(backend, 'reports.file', { id: entry!.id });
    expect(fs.readFileSync(opened[0]!).toString('base64')).toBe(archivedBytes.content);
  });

  it('writes nothing when a copy’s folder is missing or no printer is there for a PDF', async () => {
    expect(
      await backend.call('reports.produce', {
        evaluationId: lockedId(),
        language: 'de',
        formats: ['xlsx'],
        paths: { xlsx: path.join(dir, 'missing', 'daten.xlsx') },
      }),
    ).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'folderMissing' } });
    expect(
      await backend.call('reports.produce', {
        evaluationId: lockedId(),
        language: 'de',
        formats: ['pdf', 'xlsx'],
      }),
    ).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'report.noPrinter' } });
    expect(sql<number>('select count(*) from report')).toBe(0);
  });

  it('keeps archived reports: their evaluation cannot be deleted', async () => {
    await produce({ formats: ['xlsx'] });
    const result = await backend.call('evaluations.delete', { id: lockedId() });
    expect(result.ok).toBe(false);
    expect(sql<number>('select count(*) from report')).toBe(1);
  });
});

describe('the report design', () => {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );

  it('sets a logo in one undo step and refuses a file that is no image', async () => {
    expect(
      await backend.call('clusters.setLogo', {
        clusterId: 1,
        mimeType: 'image/png',
        content: Buffer.from('not a picture').toString('base64'),
      }),
    ).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'report.logoUnreadable' } });
    await must(backend, 'clusters.setLogo', {
      clusterId: 1,
      mimeType: 'image/png',
      content: png.toString('base64'),
    });
    await must(backend, 'clusters.update', {
      id: 1,
      reportAccent: '#aa3300',
      reportFooter: 'Gefördert vom Land',
    });
    const m = await model(lockedId(), 'de');
    expect(m.design).toEqual({
      accent: '#aa3300',
      footer: 'Gefördert vom Land',
      logo: { mimeType: 'image/png', base64: png.toString('base64') },
    });
    await must(backend, 'history.undo', {});
    await must(backend, 'history.undo', {});
    expect((await model(lockedId(), 'de')).design.logo).toBeNull();
  });

  it('refuses an accent that is not a colour, naming the field', async () => {
    expect(await backend.call('clusters.update', { id: 1, reportAccent: 'blue' })).toEqual({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['reportAccent'], code: 'colour' }] },
    });
  });
});
