// The report's annex: the indicators' definitions and methods, the status rules with their
// formulas (as the shared status engine applies them), the data tables, and the period's change
// log. The full list of measurements goes only into the data annex (the XLSX file, embedded in the
// PDF): a funder can check every number without the paper carrying thousands of rows.
import type { MessageKey } from '../i18n/i18n.ts';
import { frequencyMonths, GRACE_DAYS, TREND_WINDOW } from '../status/status.ts';
import type { ReportContext } from './context.ts';
import type { Row } from './model.ts';
import type { Draft } from './sections.ts';
import { dateCell, numberCell, textCell } from './words.ts';

/** Rows of the change log printed on paper; the data annex has them all. */
export const PRINTED_CHANGES = 400;

const quarterEnds = (from: string, to: string): string[] => {
  const ends: string[] = [];
  let year = Number(from.slice(0, 4));
  let quarter = Math.floor((Number(from.slice(5, 7)) - 1) / 3);
  for (let guard = 0; guard < 40; guard++) {
    const month = quarter * 3 + 3;
    const end = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    ends.push(end > to ? to : end);
    if (end >= to) break;
    quarter++;
    if (quarter === 4) {
      quarter = 0;
      year++;
    }
  }
  return ends;
};

export function annexSection(c: ReportContext): Draft {
  const { w, snapshot, figures } = c;
  const byId = new Map(figures.indicators.map((f) => [f.id, f]));

  const definitions = {
    kind: 'table' as const,
    id: c.id('definitions'),
    caption: w.t('report.annex.definitions'),
    data: true,
    sheet: w.t('report.sheet.definitions'),
    columns: [
      { label: w.t('report.column.indicator'), kind: 'text' as const, width: 2 },
      { label: w.t('report.column.definition'), kind: 'text' as const, width: 3.2 },
      { label: w.t('report.column.method'), kind: 'text' as const, width: 2.6 },
      { label: w.t('report.column.source'), kind: 'text' as const, width: 2.1 },
    ],
    rows: snapshot.indicators.map(
      (i): Row => ({
        cells: [
          textCell(i.unit ? `${i.name} (${i.unit})` : i.name),
          textCell(i.derived ? w.t(`option.derived.${i.derived}` as MessageKey) : i.definition.trim() || '–'),
          textCell(
            [
              w.option('kind', i.kind),
              w.option('direction', i.direction),
              w.option('aggregation', i.aggregation),
              w.option('frequency', i.frequency),
              w.t('report.annex.tolerances', {
                atRisk: w.percent(i.toleranceAtRisk, 1),
                offTrack: w.percent(i.toleranceOffTrack, 1),
              }),
            ].join(' · '),
          ),
          textCell([i.dataSource, i.owner].filter(Boolean).join(' · ') || '–'),
        ],
      }),
    ),
  };

  const rules = {
    id: 'annex-rules',
    title: w.t('report.annex.rules'),
    blocks: [
      { kind: 'paragraph' as const, text: w.t('report.rules.intro') },
      {
        kind: 'list' as const,
        ordered: false,
        items: [
          w.t('report.rules.plan'),
          w.t('report.rules.actual'),
          w.t('report.rules.deviation'),
          w.t('report.rules.status', { grace: GRACE_DAYS }),
          w.t('report.rules.trend', { window: TREND_WINDOW }),
          w.t('report.rules.rollUp'),
          w.t('report.rules.breakPoints'),
          w.t('report.rules.frequencies', {
            monthly: frequencyMonths.monthly,
            quarterly: frequencyMonths.quarterly,
            halfYearly: frequencyMonths.half_yearly,
            yearly: frequencyMonths.yearly,
          }),
        ],
      },
    ],
  };

  // The values at each quarter's end of the period (running totals for cumulative indicators).
  const ends = quarterEnds(snapshot.periodStart, snapshot.cutoff);
  const valueAt = (id: number, date: string) => {
    const series = byId.get(id)?.series ?? [];
    let value: number | null = null;
    for (const point of series) if (point.date <= date) value = point.value;
    return value;
  };
  const values = {
    kind: 'table' as const,
    id: c.id('quarter-values'),
    caption: w.t('report.annex.values', { from: w.date(snapshot.periodStart), to: w.date(snapshot.cutoff) }),
    data: true,
    sheet: w.t('report.sheet.quarterValues'),
    note: w.t('report.annex.valuesNote'),
    columns: [
      { label: w.t('report.column.indicator'), kind: 'text' as const, width: 3 },
      ...ends.map((end) => ({ label: w.date(end), kind: 'number' as const, width: 1.1 })),
    ],
    rows: snapshot.indicators.map(
      (i): Row => ({
        cells: [
          textCell(i.unit ? `${i.name} (${i.unit})` : i.name),
          ...ends.map((end) => {
            const v = valueAt(i.id, end);
            return numberCell(w.number(v, i.decimals), v);
          }),
        ],
      }),
    ),
  };

  const measurements = {
    kind: 'table' as const,
    id: c.id('measurements'),
    caption: w.t('report.annex.measurements'),
    data: true,
    printed: false,
    sheet: w.t('report.sheet.measurements'),
    columns: [
      { label: w.t('report.column.indicator'), kind: 'text' as const, width: 3 },
      { label: w.t('report.column.date'), kind: 'date' as const, width: 1.2 },
      { label: w.t('report.column.value'), kind: 'number' as const, width: 1.2 },
      { label: w.t('report.column.unit'), kind: 'text' as const, width: 1 },
      { label: w.t('report.column.note'), kind: 'text' as const, width: 3 },
    ],
    rows: snapshot.indicators.flatMap((i) =>
      i.measurements.map(
        (m): Row => ({
          cells: [
            textCell(i.name),
            dateCell(w, m.date),
            numberCell(w.number(m.value, Math.max(i.decimals, 2)), m.value),
            textCell(i.unit),
            textCell(m.note),
          ],
        }),
      ),
    ),
  };

  const changeRows = snapshot.changeLog.map(
    (entry): Row => ({
      cells: [
        { text: w.date(entry.at.slice(0, 10)), value: entry.at.slice(0, 10) },
        textCell(entry.user || '–'),
        textCell(
          entry.reason
            ? `${entry.label} (${w.t('report.annex.reason', { reason: entry.reason })})`
            : entry.label,
        ),
        numberCell(w.number(entry.changes, 0), entry.changes),
      ],
    }),
  );
  const changeColumns = [
    { label: w.t('report.column.date'), kind: 'date' as const, width: 1.2 },
    { label: w.t('report.column.user'), kind: 'text' as const, width: 1.4 },
    { label: w.t('report.column.change'), kind: 'text' as const, width: 5 },
    { label: w.t('report.column.rows'), kind: 'number' as const, width: 0.9, numberFormat: '0' },
  ];
  const printedChanges = changeRows.slice(-PRINTED_CHANGES);
  const changeLog = {
    id: 'annex-changes',
    title: w.t('report.annex.changes'),
    blocks: [
      {
        kind: 'table' as const,
        id: c.id('changes'),
        caption: w.t('report.annex.changesCaption', {
          from: w.date(snapshot.periodStart),
          to: w.date(snapshot.cutoff),
        }),
        data: changeRows.length <= PRINTED_CHANGES,
        sheet: w.t('report.sheet.changes'),
        columns: changeColumns,
        rows: printedChanges,
        empty: w.t('report.empty.changes'),
        ...(changeRows.length > PRINTED_CHANGES
          ? { note: w.t('report.annex.changesCut', { shown: PRINTED_CHANGES, count: changeRows.length }) }
          : {}),
      },
      ...(changeRows.length > PRINTED_CHANGES
        ? [
            {
              kind: 'table' as const,
              id: c.id('changes-all'),
              caption: w.t('report.annex.changesCaption', {
                from: w.date(snapshot.periodStart),
                to: w.date(snapshot.cutoff),
              }),
              data: true,
              printed: false,
              sheet: w.t('report.sheet.changes'),
              columns: changeColumns,
              rows: changeRows,
            },
          ]
        : []),
    ],
  };

  return {
    id: 'annex',
    title: w.t('report.section.annex'),
    breakBefore: true,
    blocks: [],
    sections: [
      { id: 'annex-definitions', title: w.t('report.annex.definitionsTitle'), blocks: [definitions] },
      rules,
      {
        id: 'annex-data',
        title: w.t('report.annex.data'),
        blocks: [
          values,
          measurements,
          { kind: 'paragraph', text: w.t('report.annex.dataNote'), style: 'note' },
        ],
      },
      changeLog,
    ],
  };
}
