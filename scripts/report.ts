// `npm run report -- --workspace FILE --evaluation ID|latest --lang de|en [--variant …] --out FILE.pdf
// [--docx FILE] [--xlsx FILE]`: renders an evaluation's report without the UI and archives it in
// the workspace, as the app's Produce PDF does: the same backend, the same report page printed by
// Chromium. For a coordinator producing many reports, and for the tests. Bad input ends with one
// sentence and a non-zero exit (2: how it was called; 1: what it was asked), and nothing is
// half-written: files are written under temporary names and renamed, the archive in one transaction.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../db/backend/backend.ts';
import { appDataDir } from '../db/paths.ts';
import { startWebHost } from '../db/web/host.ts';
import { createReportPrinter } from '../db/web/report-printer.ts';
import type { ArchivedReport } from '../shared/contract/report.ts';
import type { ApiError } from '../shared/contract/result.ts';
import { type MessageKey, translate } from '../shared/i18n/i18n.ts';
import { reportVariants } from '../shared/report/model.ts';

const root = path.resolve(import.meta.dirname, '..');
const usage = `Usage: npm run report -- --workspace FILE --evaluation ID|latest --lang de|en
       [--variant ${reportVariants.join('|')}] --out FILE.pdf [--docx FILE.docx] [--xlsx FILE.xlsx]
       [--data-dir DIR]`;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    strict: true,
    allowPositionals: false,
    options: {
      workspace: { type: 'string' },
      evaluation: { type: 'string' },
      lang: { type: 'string' },
      variant: { type: 'string', default: 'standard' },
      out: { type: 'string' },
      docx: { type: 'string' },
      xlsx: { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message.split('\n')[0]}\n${usage}`, 2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
for (const required of ['workspace', 'evaluation', 'lang', 'out'])
  if (!text(required)) fail(`Missing --${required}.\n${usage}`, 2);
const language = text('lang')!;
if (language !== 'de' && language !== 'en') fail(`--lang must be de or en, not “${language}”.`, 2);
const variant = text('variant')!;
if (!(reportVariants as readonly string[]).includes(variant))
  fail(`--variant must be one of ${reportVariants.join(', ')}, not “${variant}”.`, 2);
const evaluationArg = text('evaluation')!;
if (evaluationArg !== 'latest' && !/^[1-9]\d*$/.test(evaluationArg))
  fail(`--evaluation must be an evaluation's number or “latest”, not “${evaluationArg}”.`, 2);

const workspace = path.resolve(text('workspace')!);
// Never create a workspace: a report is of an existing one.
if (!fs.existsSync(workspace) || !fs.statSync(workspace).isFile())
  fail(`There is no workspace file ${workspace}.`);
const paths = {
  pdf: path.resolve(text('out')!),
  ...(text('docx') ? { docx: path.resolve(text('docx')!) } : {}),
  ...(text('xlsx') ? { xlsx: path.resolve(text('xlsx')!) } : {}),
};
for (const file of Object.values(paths))
  if (!fs.existsSync(path.dirname(file))) fail(`The folder ${path.dirname(file)} does not exist.`);

/** One sentence for a refusal, in English (the backend's typed error, translated). */
function sentence(error: ApiError): string {
  if (error.kind === 'conflict') {
    const key = `workspace.error.${error.code.replace(/^open\./, '')}`;
    const message = translate('en', key as MessageKey, { value: '', name: '', ...error.params });
    return message === key ? `Refused: ${error.code}.` : message;
  }
  if (error.kind === 'notFound') return `There is no ${error.entity} ${error.id} in the workspace.`;
  if (error.kind === 'forbidden') return translate('en', 'workspace.error.readOnly');
  if (error.kind === 'validation')
    return `Invalid input: ${error.issues.map((i) => `${i.path.join('.')} (${i.code})`).join(', ')}.`;
  return error.message;
}

// The report page is part of the built renderer: build it once if it is missing.
const rendererDir = path.join(root, 'dist/renderer');
if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) fail('The renderer could not be built (npm run build:renderer).');
}

let origin = '';
const printer = createReportPrinter({ origin: () => origin });
const backend = await createBackend({
  workspacePath: workspace,
  dataDir: path.resolve(text('data-dir') ?? appDataDir()),
  demoForNewWorkspace: null,
  host: { printReport: (request) => printer.print(request) },
  log: () => undefined,
});
const host = await startWebHost({ backend, rendererDir, handoff: printer.handoff });
origin = host.origin;
let exitCode = 0;
try {
  const info = await backend.call('workspace.info', {});
  const opened = info.ok ? (info.data as { openError: { reason: string } | null }) : null;
  if (!opened || opened.openError)
    throw new Error(
      `${workspace} could not be opened as a ClusterPilot workspace (${opened?.openError?.reason ?? 'unknown'}).`,
    );
  let evaluationId: number;
  if (evaluationArg === 'latest') {
    const latest = backend.workspace.db
      .prepare(
        `select e.id from evaluation e join evaluation_snapshot s on s.evaluation_id = e.id
         order by e.period_end desc, e.id desc limit 1`,
      )
      .pluck()
      .get() as number | undefined;
    if (latest === undefined) throw new Error('The workspace has no evaluation with frozen data.');
    evaluationId = latest;
  } else {
    evaluationId = Number(evaluationArg);
  }
  const started = performance.now();
  const result = await backend.call('reports.produce', {
    evaluationId,
    language,
    variant,
    formats: Object.keys(paths),
    paths,
  });
  if (!result.ok) throw new Error(sentence(result.error));
  for (const entry of result.data as (ArchivedReport & { path: string | null })[])
    console.log(
      `Wrote ${entry.path} (${entry.format.toUpperCase()}${entry.pages ? `, ${entry.pages} pages` : ''}, SHA-256 ${entry.sha256}), archived as report ${entry.id} of “${entry.evaluationTitle}”.`,
    );
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error((error as Error).message);
  exitCode = 1;
} finally {
  await host.close();
  await printer.close();
  backend.close();
}
process.exit(exitCode);
