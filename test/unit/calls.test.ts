// Every call of the contract has exactly one handler, and every call answers with data its own
// output schema accepts. The compiler checks the handler table's names and types (db/backend/
// calls.ts); this checks what it cannot: that no feature handles a call another one handles too,
// and every call's real answer on the demo workspace, with output validation on.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Backend,
  callTables,
  createBackend,
  fileCallNames,
  handlers,
} from '../../db/backend/backend.ts';
import { type CallName, callNames, contract } from '../../shared/contract/contract.ts';
import { arbitraryFor } from '../support/arbitraries.ts';
import { tempDirs } from '../support/temp.ts';

const newDir = tempDirs();

describe('the handler table', () => {
  it('has the same call names as the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...callNames].sort());
  });

  it('takes each call from exactly one feature module', () => {
    const owners = new Map<string, string[]>();
    for (const [table, calls] of Object.entries(callTables)) {
      for (const name of Object.keys(calls)) owners.set(name, [...(owners.get(name) ?? []), table]);
    }
    expect([...owners].filter(([, tables]) => tables.length > 1)).toEqual([]);
    expect([...owners.keys()].sort()).toEqual([...callNames].sort());
  });

  it('runs only file calls outside a row transaction, and every write call that is not one inside', () => {
    for (const name of fileCallNames) expect(Object.hasOwn(contract, name), name).toBe(true);
    expect([...fileCallNames].sort()).toEqual(
      [
        'actors.export',
        'actors.import',
        'actors.importPreview',
        'relationships.export',
        'relationships.import',
        'relationships.importPreview',
        'network.savePicture',
        'backups.create',
        'backups.list',
        'backups.restore',
        'evidence.attach',
        'measurements.export',
        'measurements.import',
        'measurements.importPreview',
        'resources.import',
        'resources.importPreview',
        'workspace.choosePath',
        'workspace.info',
        'workspace.new',
        'workspace.open',
        'workspace.openDefault',
        'workspace.openWindow',
        'reports.file',
        'reports.open',
        'reports.produce',
        'reports.reproduce',
        'reports.verify',
        'workspace.reveal',
        'workspace.saveCopy',
        'workspace.start',
      ].sort(),
    );
  });
});

describe('every call answers with its output schema', () => {
  it('finds an input each call accepts on the demo workspace, and its answer passes the schema', async () => {
    const dir = newDir();
    const template = path.join(dir, 'template.clusterpilot');
    const setup = await createBackend({ workspacePath: template, dataDir: dir, demoForNewWorkspace: 'en' });
    const typedIndicator = setup.workspace.db
      .prepare('select name from indicator where derived is null order by id limit 1')
      .pluck()
      .get() as string;
    // Last year's evaluation is locked in the demo: unlock it, so its items can be edited, and
    // give one of its assessments a note and a file as evidence.
    const db = setup.workspace.db;
    const lockedId = db.prepare("select id from evaluation where status = 'locked'").pluck().get() as number;
    expect(await setup.call('evaluation.unlock', { evaluationId: lockedId, reason: 'Test' })).toMatchObject({
      ok: true,
    });
    const assessmentId = db.prepare('select id from assessment order by id limit 1').pluck().get() as number;
    expect(
      await setup.call('evidence.create', {
        assessmentId,
        kind: 'note',
        text: 'Protokoll der Vorstandssitzung',
      }),
    ).toMatchObject({ ok: true });
    expect(
      await setup.call('evidence.attach', {
        assessmentId,
        fileName: 'protokoll.pdf',
        mimeType: 'application/pdf',
        content: Buffer.from('%PDF-1.7 demo').toString('base64'),
      }),
    ).toMatchObject({ ok: true });
    const sandbox = path.join(dir, 'sandbox');
    fs.mkdirSync(sandbox);
    const csv = Buffer.from(`Indicator,Date,Value\n${typedIndicator},2025-12-31,7\n`).toString('base64');
    // The demo strategy's last year: budgets, plans and activity profiles must lie in its period.
    const lastYear = Number(
      (setup.workspace.db.prepare('select max(period_end) from strategy').pluck().get() as string).slice(
        0,
        4,
      ),
    );
    setup.close();
    const budgetCsv = Buffer.from(
      `Quelle;Art;Jahr;Plan;Ist\nStiftung;Private Sponsoren;${lastYear};1.000,00;\n`,
    ).toString('base64');
    const memberList = Buffer.from(
      'Name;Typ;KMU;Mitglied seit\nNeue Optik GmbH;Zulieferer;ja;01.03.2026\n',
    ).toString('base64');
    const firstActor = (backend: Backend, order = 'asc') =>
      backend.workspace.db
        .prepare(`select id, name from actor where cluster_id = 1 order by id ${order} limit 1`)
        .get() as { id: number; name: string };
    const relationshipList = (backend: Backend) =>
      Buffer.from(
        `Akteur 1;Akteur 2;Beziehungsart;Beginn\n${firstActor(backend).name};${firstActor(backend, 'desc').name};Wissensaustausch;01.02.2026\n`,
      ).toString('base64');

    // Calls that need a particular file or state; every other call gets generated inputs.
    const explicit: Partial<Record<CallName, (backend: Backend) => Promise<unknown[]>>> = {
      'workspace.open': async () => [{ path: template }],
      'workspace.new': async () => [
        { path: path.join(sandbox, `new-${Date.now()}.clusterpilot`), demo: 'none' },
      ],
      'workspace.saveCopy': async () => [{ path: path.join(sandbox, `copy-${Date.now()}.clusterpilot`) }],
      'backups.restore': async (backend) => {
        const backup = await backend.call('backups.create', {});
        return backup.ok ? [{ file: (backup.data as { file: string }).file }] : [];
      },
      'measurements.importPreview': async () => [{ clusterId: 1, fileName: 'values.csv', content: csv }],
      'measurements.import': async () => [{ clusterId: 1, fileName: 'values.csv', content: csv }],
      'measurements.export': async () => [{ clusterId: 1, format: 'xlsx', language: 'de' }],
      // Generated inputs rarely hit these (which sample a call gets depends on its place in the contract).
      'indicators.create': async () => [
        {
          clusterId: 1,
          name: 'Neue Kennzahl',
          kind: 'output',
          direction: 'increase',
          aggregation: 'periodic',
          frequency: 'yearly',
        },
      ],
      'milestoneDependencies.unlink': async (backend) => [
        backend.workspace.db
          .prepare(
            'select milestone_id as milestoneId, depends_on_id as dependsOnId from milestone_dependency limit 1',
          )
          .get(),
      ],
      // Resources: years within the demo strategy, and items that exist.
      'resources.saveBudget': async () => [
        {
          clusterId: 1,
          year: lastYear,
          rows: [
            {
              sourceId: null,
              name: 'Stiftung',
              category: 'private_sponsors',
              plannedCents: 100,
              actualCents: null,
            },
          ],
        },
      ],
      'resources.saveExpenditure': async () => [
        {
          clusterId: 1,
          year: lastYear,
          rows: [{ category: 'travel', plannedCents: 100, actualCents: null }],
        },
      ],
      'resources.savePlan': async () => [{ clusterId: 1, rows: [{ year: lastYear, publicShareBp: 3500 }] }],
      'resources.saveActivity': async () => [
        {
          clusterId: 1,
          year: lastYear,
          rows: [{ fieldOfActionId: 1, plannedIntensity: 3, actualIntensity: null }],
        },
      ],
      'resources.importPreview': async () => [
        { kind: 'budget', clusterId: 1, fileName: 'budget.csv', content: budgetCsv },
      ],
      'resources.import': async () => [
        { kind: 'budget', clusterId: 1, fileName: 'budget.csv', content: budgetCsv },
      ],
      'benchmarks.delete': async (backend) => [
        await created(backend, 'benchmarks.save', { id: null, name: 'Landesprogramm', values: [] }),
      ],
      'labels.deleteAssessment': async (backend) => [
        await created(backend, 'labels.saveAssessment', {
          clusterId: 1,
          id: null,
          assessedOn: '2026-01-15',
          title: 'Vorbereitung',
          results: [],
        }),
      ],
      'activityPlans.create': async () => [
        { clusterId: 1, fieldOfActionId: 1, year: lastYear, plannedIntensity: 3 },
      ],
      'budgetLines.create': async (backend) => [
        {
          fundingSourceId: (
            await created(backend, 'fundingSources.create', {
              clusterId: 1,
              name: 'Stiftung',
              category: 'private_sponsors',
            })
          ).id,
          year: lastYear,
          plannedCents: 100,
        },
      ],
      'financingPlans.create': async (backend) => {
        const planId = backend.workspace.db
          .prepare('select id from financing_plan where year = ?')
          .pluck()
          .get(lastYear);
        await backend.call('financingPlans.delete', { id: planId });
        return [{ clusterId: 1, year: lastYear, publicShareBp: 3500 }];
      },
      'actors.importPreview': async () => [{ clusterId: 1, fileName: 'mitglieder.csv', content: memberList }],
      'actors.import': async () => [{ clusterId: 1, fileName: 'mitglieder.csv', content: memberList }],
      'actors.export': async () => [{ clusterId: 1, format: 'xlsx', language: 'de' }],
      'actors.detail': async (backend) => [{ id: firstActor(backend).id }],
      'actors.updateMany': async (backend) => [{ ids: [firstActor(backend).id], set: { size: 'large' } }],
      'actors.save': async (backend) => [
        { clusterId: 1, changes: [{ id: firstActor(backend).id, location: 'Nauen' }] },
      ],
      'actors.deleteMany': async (backend) => [{ ids: [firstActor(backend, 'desc').id] }],
      'relationships.importPreview': async (backend) => [
        { clusterId: 1, fileName: 'beziehungen.csv', content: relationshipList(backend) },
      ],
      'relationships.import': async (backend) => [
        { clusterId: 1, fileName: 'beziehungen.csv', content: relationshipList(backend) },
      ],
      'relationships.export': async () => [{ clusterId: 1, format: 'csv', language: 'en' }],
      'events.save': async (backend) => [
        {
          id: null,
          clusterId: 1,
          date: '2026-03-05',
          type: 'workshop',
          title: 'Werkstattgespräch',
          actorIds: [firstActor(backend).id],
        },
      ],
      'network.savePicture': async () => [
        { clusterId: 1, at: '2026-06-30', language: 'de', path: path.join(sandbox, 'netz.svg') },
      ],
      'network.saveLayout': async (backend) => [
        { clusterId: 1, positions: [{ actorId: firstActor(backend).id, x: 1.5, y: -2 }] },
      ],
      // Built-in catalogue entries cannot be removed: delete one the user added.
      'fieldsOfAction.delete': async (backend) => [
        await created(backend, 'fieldsOfAction.create', { name: 'Eigenes' }),
      ],
      'relationshipTypes.delete': async (backend) => [
        await created(backend, 'relationshipTypes.create', { name: 'Eigene Beziehung' }),
      ],
      'endorsements.create': async (backend) => {
        const db = backend.workspace.db;
        const strategyId = db.prepare('select id from strategy order by id limit 1').pluck().get();
        const actorId = db
          .prepare(
            'select id from actor where id not in (select actor_id from endorsement) order by id limit 1',
          )
          .pluck()
          .get();
        return [{ strategyId, actorId, date: '2026-01-15', form: 'letter_of_intent' }];
      },
      'decisions.create': async (backend) => {
        const evaluation = await created(backend, 'evaluations.create', {
          clusterId: 1,
          title: 'Zwischenbilanz',
          periodStart: '2026-01-01',
          periodEnd: '2026-06-30',
          cutoffDate: '2026-06-30',
        });
        return [
          {
            evaluationId: evaluation.id,
            outcome: 'continue',
            rationale: 'Ziele erreicht',
            decidedOn: '2026-07-10',
          },
        ];
      },
    };
    // Calls on the demo's draft evaluation (last year's is locked).
    const draftEvaluation = (backend: Backend) =>
      backend.workspace.db
        .prepare("select id from evaluation where status = 'draft' limit 1")
        .pluck()
        .get() as number;
    Object.assign(explicit, {
      'evidence.attach': async (backend: Backend) => {
        const assessment = await created(backend, 'assessments.create', {
          evaluationId: draftEvaluation(backend),
          subjectKind: 'overall',
        });
        return [
          {
            assessmentId: assessment.id,
            fileName: 'protokoll.pdf',
            mimeType: 'application/pdf',
            content: Buffer.from('%PDF-1.7 demo').toString('base64'),
          },
        ];
      },
      'meeting.start': async (backend: Backend) => {
        const evaluationId = draftEvaluation(backend);
        await backend.call('evaluation.freeze', { evaluationId });
        return [{ evaluationId }];
      },
      'meeting.goto': async (backend: Backend) => {
        const evaluationId = draftEvaluation(backend);
        await backend.call('evaluation.freeze', { evaluationId });
        await backend.call('meeting.start', { evaluationId });
        return [{ evaluationId, index: 1 }];
      },
      'meeting.close': async (backend: Backend) => {
        const evaluationId = draftEvaluation(backend);
        await backend.call('decisions.save', {
          evaluationId,
          outcome: 'continue',
          rationale: 'Im Plan',
          decidedOn: '2027-02-19',
        });
        return [{ evaluationId }];
      },
      'evaluation.lock': async (backend: Backend) => {
        const evaluationId = draftEvaluation(backend);
        await backend.call('decisions.save', {
          evaluationId,
          outcome: 'continue',
          rationale: 'Im Plan',
          decidedOn: '2027-02-19',
        });
        await backend.call('meeting.close', { evaluationId });
        return [{ evaluationId }];
      },
      'evaluation.unlock': async (backend: Backend) => {
        const evaluationId = backend.workspace.db
          .prepare("select id from evaluation where status = 'decided' limit 1")
          .pluck()
          .get() as number;
        await backend.call('evaluation.lock', { evaluationId });
        return [{ evaluationId, reason: 'Korrektur eines Messwerts' }];
      },
      'adjustments.apply': async (backend: Backend) => [
        { id: backend.workspace.db.prepare('select id from adjustment limit 1').pluck().get() as number },
      ],
      'evidence.file': async (backend: Backend) => [
        {
          id: backend.workspace.db
            .prepare("select id from evidence where kind = 'file' limit 1")
            .pluck()
            .get() as number,
        },
      ],
      // Reports: the locked evaluation of last year has a snapshot; the Excel file needs no printer.
      'reports.file': async (backend: Backend) => {
        const produced = await backend.call('reports.produce', {
          evaluationId: frozenEvaluation(backend),
          language: 'de',
          formats: ['xlsx'],
        });
        return produced.ok ? [{ id: (produced.data as { id: number }[])[0]!.id }] : [];
      },
      'clusters.setLogo': async () => [{ clusterId: 1, mimeType: 'image/svg+xml', content: svgLogo }],
      'evaluations.create': async () => [
        {
          clusterId: 1,
          title: 'Evaluierung 2027',
          periodStart: '2027-01-01',
          periodEnd: '2027-12-31',
          cutoffDate: '2027-12-31',
        },
      ],
      'reportNarratives.get': async (backend: Backend) => [{ id: await narrative(backend) }],
      'reportNarratives.update': async (backend: Backend) => [{ id: await narrative(backend), text: 'Neu' }],
      'reportNarratives.delete': async (backend: Backend) => [{ id: await narrative(backend) }],
    } as typeof explicit);
    const svgLogo = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>').toString(
      'base64',
    );
    const frozenEvaluation = (backend: Backend) =>
      backend.workspace.db
        .prepare('select evaluation_id from evaluation_snapshot order by evaluation_id limit 1')
        .pluck()
        .get() as number;
    async function narrative(backend: Backend): Promise<number> {
      const evaluationId = draftEvaluation(backend);
      await backend.call('reports.saveNarrative', {
        evaluationId,
        language: 'de',
        key: 'section:summary',
        text: 'Text',
      });
      return backend.workspace.db.prepare('select id from report_narrative limit 1').pluck().get() as number;
    }
    // Printing needs the host's Chromium (the report tests print through it): without a host the
    // call ends with its typed error, never an untyped one.
    const needsPrinter = new Set<CallName>(['reports.reproduce']);
    async function created(backend: Backend, name: string, input: unknown): Promise<{ id: number }> {
      const result = await backend.call(name, input);
      if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
      return { id: (result.data as { id: number }).id };
    }

    let copy = 0;
    const open = async () => {
      const file = path.join(dir, `work-${copy++}.clusterpilot`);
      fs.copyFileSync(template, file);
      return createBackend({
        workspacePath: file,
        dataDir: dir,
        validateOutputs: true,
        log: () => undefined,
      });
    };
    const reader = await open();
    const answered: string[] = [];
    const lastErrors = new Map<string, unknown>();
    for (const [index, name] of callNames.entries()) {
      // Reads share one workspace; each write call gets a fresh copy of the demo.
      const backend = contract[name].writes ? await open() : reader;
      const inputs =
        (await explicit[name]?.(backend)) ??
        fc.sample(arbitraryFor(contract[name].input, { sandbox, hostile: false }), {
          numRuns: 150,
          seed: index,
        });
      for (const input of inputs) {
        const result = await backend.call(name, input);
        if (result.ok) {
          answered.push(name);
          break;
        }
        lastErrors.set(name, result.error);
        // An output that breaks the contract is answered as `internal`: that is a failure, not a retry.
        expect(result.error.kind === 'internal' ? result.error : null, name).toBeNull();
      }
      if (backend !== reader) backend.close();
    }
    for (const name of needsPrinter) {
      // The reader's archive holds the Excel file reports.file produced: not a PDF to reproduce.
      const reproduce = await reader.call(name, { id: 1 });
      expect(reproduce.ok ? null : reproduce.error, name).toMatchObject({
        kind: 'conflict',
        code: 'report.reproducePdfOnly',
      });
    }
    const pdf = await reader.call('reports.produce', {
      evaluationId: frozenEvaluation(reader),
      language: 'en',
      formats: ['pdf'],
    });
    expect(pdf.ok ? null : pdf.error).toMatchObject({ kind: 'conflict', code: 'report.noPrinter' });
    reader.close();
    const unanswered = callNames.filter((name) => !answered.includes(name) && !needsPrinter.has(name));
    expect(
      unanswered.map((name) => `${name}: ${JSON.stringify(lastErrors.get(name))}`),
      'calls for which no accepted input was found',
    ).toEqual([]);
  }, 120_000);
});
