// The demo's evaluations, made by the same code the app runs: last year's annual evaluation,
// frozen, held (participants, agenda from the data, assessments, resolutions, the decision,
// follow-ups that became milestones), decided and locked; and this year's, a draft ready to
// prepare.
import type { AppStateStore } from '../backend/app-state.ts';
import type { CallContext } from '../backend/context.ts';
import { createEntity, SchemaInfo } from '../backend/entity-store.ts';
import {
  closeMeeting,
  evaluationView,
  freeze,
  gotoItem,
  lock,
  saveAssessment,
  saveDecision,
  startMeeting,
} from '../evaluation/evaluation.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';
import { QueryRunner } from '../sqlite/query.ts';

type Lang = 'de' | 'en';
const t = (de: string, en: string) => ({ de, en });

interface DemoScope {
  readonly lang: Lang;
  readonly clusterId: number;
  readonly strategyId: number;
  readonly year: number;
  readonly actors: readonly { id: number; name: string; group: string }[];
  readonly indicatorIds: ReadonlyMap<string, number>;
}

/** A context for writing as the system would (auditing is off while the demo is written). */
function systemContext(db: SqliteDatabase, clock: { now: string }): CallContext {
  return {
    q: new QueryRunner(db),
    db,
    schema: new SchemaInfo(db),
    appState: undefined as unknown as AppStateStore,
    dataDir: '',
    workspacePath: `demo:${Math.random()}`,
    readOnly: false,
    schemaVersion: 0,
    user: '',
    batchId: 0,
    now: () => clock.now,
    emit: () => undefined,
    setReason: () => undefined,
  };
}

export function writeDemoEvaluations(db: SqliteDatabase, scope: DemoScope): void {
  const { lang, clusterId, strategyId, year } = scope;
  const last = year - 1;
  const clock = { now: `${year}-01-20T09:00:00.000Z` };
  const ctx = systemContext(db, clock);
  const org = (group: string, index: number) =>
    scope.actors.filter((a) => a.group === group)[index]?.name ?? scope.actors[index]!.name;
  const people = [
    {
      name: 'Dr. Katrin Vogel',
      organisation: org('business', 0),
      role: t('Vorstandsvorsitzende', 'Chair of the board'),
    },
    { name: 'Thomas Brandt', organisation: org('business', 1), role: t('Vorstand', 'Board member') },
    { name: 'Prof. Dr. Jana Liebig', organisation: org('research', 0), role: t('Vorstand', 'Board member') },
    { name: 'Markus Seidel', organisation: org('business', 2), role: t('Vorstand', 'Board member') },
    {
      name: 'Sabine Krüger',
      organisation: t(
        'Ministerium für Wirtschaft, Arbeit und Energie',
        'State Ministry for Economic Affairs',
      )[lang],
      role: t('Vertretung des Fördermittelgebers', "Funder's representative"),
    },
    { name: 'Ulrich Hahn', organisation: org('administration', 0), role: t('Landkreis', 'District') },
    {
      name: 'Lena Schubert',
      organisation: t('Clustermanagement', 'Cluster management')[lang],
      role: t('Clustermanagerin', 'Cluster manager'),
    },
  ];
  const addParticipants = (evaluationId: number, attended: boolean) => {
    for (const [i, p] of people.entries()) {
      createEntity(ctx, 'evaluationParticipant', {
        evaluationId,
        actorId: scope.actors.find((a) => a.name === p.organisation)?.id ?? null,
        name: p.name,
        organisation: p.organisation,
        role: p.role[lang],
        attendance: attended ? (i === 3 ? 'apologised' : 'present') : 'invited',
        sortOrder: i,
      });
    }
  };

  // Last year's evaluation: frozen at the end of January, held in February, decided, locked.
  const evaluation = createEntity(ctx, 'evaluation', {
    clusterId,
    strategyId,
    title: t(`Jahresevaluierung ${last}`, `Annual evaluation ${last}`)[lang],
    periodStart: `${last}-01-01`,
    periodEnd: `${last}-12-31`,
    cutoffDate: `${last}-12-31`,
    meetingDate: `${year}-02-20`,
    language: lang,
  });
  addParticipants(evaluation.id, true);
  freeze(ctx, evaluation.id);

  const view = evaluationView(ctx, evaluation.id);
  clock.now = `${year}-02-20T09:00:00.000Z`;
  startMeeting(ctx, evaluation.id);
  let minute = 0;
  view.agenda.forEach((item, index) => {
    clock.now = new Date(Date.parse(`${year}-02-20T09:00:00.000Z`) + minute * 60_000).toISOString();
    gotoItem(ctx, evaluation.id, index);
    minute += Math.max(2, (item.plannedMinutes ?? 5) - 1 + (index % 3));
    if (item.kind === 'decision' || item.kind === 'other') return;
    const verdict =
      item.figures.kind === 'break_point'
        ? item.figures.status === 'met'
          ? 'met'
          : item.figures.status === 'missed' || item.figures.status === 'missed_no_evidence'
            ? 'missed'
            : 'not_assessable'
        : item.figures.kind === 'indicator'
          ? item.figures.status === 'off_track'
            ? 'not_achieved'
            : 'partly_achieved'
          : item.figures.kind === 'milestone'
            ? 'partly_achieved'
            : 'partly_achieved';
    const note =
      item.kind === 'overall'
        ? t(
            ' Gute Entwicklung bei Mitgliedern und Projekten; Finanzierung und Internationalisierung brauchen mehr Aufmerksamkeit.',
            ' Good progress on members and projects; funding and internationalisation need more attention.',
          )[lang]
        : '';
    saveAssessment(ctx, {
      evaluationId: evaluation.id,
      subjectKind: item.kind === 'overall' ? 'overall' : item.kind,
      subjectId: item.subjectId,
      verdict,
      narrative: `${item.draft}${note}`.trim(),
    });
  });
  const overall = view.agenda.find((i) => i.kind === 'overall');
  const decisionItem = view.agenda.find((i) => i.kind === 'decision');
  createEntity(ctx, 'resolution', {
    evaluationId: evaluation.id,
    agendaItemId: overall?.id ?? null,
    motion: t(
      'Die Beitragsordnung wird überarbeitet, damit der private Finanzierungsanteil schneller steigt.',
      'The fee scale is revised so that the private share of funding rises faster.',
    )[lang],
    result: 'adopted',
    votesFor: 6,
    votesAgainst: 0,
    abstentions: 0,
  });
  createEntity(ctx, 'resolution', {
    evaluationId: evaluation.id,
    agendaItemId: decisionItem?.id ?? null,
    motion: t(
      'Das Clustermanagement wird mit Anpassungen fortgeführt.',
      'Cluster management continues with adjustments.',
    )[lang],
    result: 'adopted',
    votesFor: 5,
    votesAgainst: 0,
    abstentions: 1,
  });
  for (const [title, owner, due] of [
    [
      t('Überarbeitete Beitragsordnung vorlegen', 'Present the revised fee scale'),
      t('Geschäftsstelle', 'Cluster office'),
      `${year}-06-30`,
    ],
    [
      t(
        'Kooperationsvereinbarung mit einem Partnercluster abschließen',
        'Conclude a cooperation agreement with a partner cluster',
      ),
      t('Clustermanagerin', 'Cluster manager'),
      `${year + 1}-03-31`,
    ],
  ] as const) {
    createEntity(ctx, 'followUp', {
      evaluationId: evaluation.id,
      title: title[lang],
      owner: owner[lang],
      dueDate: due,
    });
  }
  const partnerships = scope.indicatorIds.get('partners');
  if (partnerships !== undefined) {
    createEntity(ctx, 'adjustment', {
      evaluationId: evaluation.id,
      description: t(
        'Zielwert für internationale Partnerschaften zum Ende der Strategie von 8 auf 6 senken.',
        'Lower the target for international partnerships at the end of the strategy from 8 to 6.',
      )[lang],
      indicatorId: partnerships,
      targetDate: `${year + 2}-12-31`,
      targetValue: 6,
    });
  }
  clock.now = `${year}-02-20T${String(9 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`;
  saveDecision(ctx, {
    evaluationId: evaluation.id,
    outcome: 'continue_with_adjustments',
    rationale: t(
      'Das Netzwerk wächst und die Verbundforschung kommt in Gang. Der private Finanzierungsanteil steigt zu langsam; die Beitragsordnung wird überarbeitet und ein Partnercluster im Ausland gesucht.',
      'The network grows and joint research is getting going. The private share rises too slowly; the fee scale is revised and a partner cluster abroad is sought.',
    )[lang],
    decidedOn: `${year}-02-20`,
  });
  closeMeeting(ctx, evaluation.id);
  // The first follow-up is done by now; the second is due next spring.
  const followUps = db
    .prepare('select milestone_id from follow_up where evaluation_id = ? order by id')
    .pluck()
    .all(evaluation.id) as number[];
  db.prepare("update milestone set status = 'done', completed_on = ? where id = ?").run(
    `${year}-06-12`,
    followUps[0],
  );
  clock.now = `${year}-02-21T10:00:00.000Z`;
  lock(ctx, evaluation.id);

  // This year's evaluation: a draft, with the same people invited, ready to prepare.
  clock.now = `${year}-01-20T09:05:00.000Z`;
  const draft = createEntity(ctx, 'evaluation', {
    clusterId,
    strategyId,
    title: t(`Jahresevaluierung ${year}`, `Annual evaluation ${year}`)[lang],
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    cutoffDate: `${year}-12-31`,
    meetingDate: `${year + 1}-02-19`,
    language: lang,
  });
  addParticipants(draft.id, false);
}
