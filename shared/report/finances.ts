// Finances in the report: income by funding source and expenditure by category against the plan,
// year by year, and the actual public share against the degressive financing plan (section 7);
// the same statement is the Verwendungsnachweis' zahlenmäßiger Nachweis. Computed by
// shared/resources/finance.ts from the frozen snapshot, as the app's own finance views do.
import type { MessageKey } from '../i18n/i18n.ts';
import { type AmountCell, type FinancialStatement, financialStatement } from '../resources/finance.ts';
import { formatCompactEuros } from '../resources/money.ts';
import { barChart, lineChart } from './charts.ts';
import type { ReportContext } from './context.ts';
import type { Block, Cell, Column, Row, TableBlock } from './model.ts';
import type { Draft } from './sections.ts';
import { numberCell, textCell } from './words.ts';

const MONEY_FORMAT = '#,##0.00 "€"';
const SHARE_FORMAT = '0.0%';

/** The years a statement covers: the strategy's years up to the cut-off, else the evaluation's. */
export function statementYears(c: ReportContext, scope: 'strategy' | 'period'): number[] {
  const { snapshot } = c;
  const last = Number(snapshot.cutoff.slice(0, 4));
  const first =
    scope === 'strategy' && snapshot.strategy
      ? Number(snapshot.strategy.periodStart.slice(0, 4))
      : Number(snapshot.periodStart.slice(0, 4));
  const end = scope === 'strategy' ? last : Math.min(last, Number(snapshot.periodEnd.slice(0, 4)));
  const years: number[] = [];
  for (let y = Math.min(first, end); y <= end; y++) years.push(y);
  return years;
}

export function statementOf(c: ReportContext, years: readonly number[]): FinancialStatement {
  const { snapshot } = c;
  return financialStatement({
    sources: snapshot.fundingSources,
    budgetLines: snapshot.fundingSources.flatMap((s) => s.budgetLines),
    expenditure: snapshot.expenditure,
    plan: snapshot.financingPlan,
    years,
  });
}

function moneyCells(c: ReportContext, cell: AmountCell): Cell[] {
  const { w } = c;
  const deviation = cell.deviationCents;
  return [
    numberCell(w.money(cell.plannedCents), cell.plannedCents === null ? null : cell.plannedCents / 100),
    numberCell(
      cell.actualCents === null ? '–' : `${w.money(cell.actualCents)}${cell.complete ? '' : ' *'}`,
      cell.actualCents === null ? null : cell.actualCents / 100,
    ),
    numberCell(
      deviation === null ? '–' : `${deviation > 0 ? '+' : ''}${w.money(deviation)}`,
      deviation === null ? null : deviation / 100,
    ),
  ];
}

/** Some year has amounts without every actual (marked with an asterisk). */
const incomplete = (row: { readonly years: readonly AmountCell[] }) =>
  row.years.some((cell) => cell.actualCents !== null && !cell.complete);

function amountColumns(c: ReportContext, first: string): Column[] {
  const { w } = c;
  return [
    { label: first, kind: 'text', width: 3 },
    { label: w.t('report.finance.planned'), kind: 'money', width: 1.5, numberFormat: MONEY_FORMAT },
    { label: w.t('report.finance.actual'), kind: 'money', width: 1.5, numberFormat: MONEY_FORMAT },
    { label: w.t('report.finance.deviation'), kind: 'money', width: 1.5, numberFormat: MONEY_FORMAT },
  ];
}

/**
 * Rows of one part of the statement: for a single year one row per item; for several years the
 * item as a group row with its total, then one row per year.
 */
function statementRows(
  c: ReportContext,
  years: readonly number[],
  items: readonly {
    readonly label: string;
    readonly years: readonly AmountCell[];
    readonly total: AmountCell;
  }[],
  totals: readonly {
    readonly label: string;
    readonly years: readonly AmountCell[];
    readonly total: AmountCell;
  }[],
): Row[] {
  const rows: Row[] = [];
  const single = years.length === 1;
  for (const item of items) {
    if (single) {
      rows.push({ cells: [textCell(item.label), ...moneyCells(c, item.years[0]!)] });
      continue;
    }
    rows.push({ cells: [textCell(item.label), ...moneyCells(c, item.total)], emphasis: 'group' });
    years.forEach((year, i) => {
      const cell = item.years[i]!;
      if (cell.plannedCents === null && cell.actualCents === null) return;
      rows.push({ cells: [textCell(String(year)), ...moneyCells(c, cell)], level: 1 });
    });
  }
  for (const total of totals)
    rows.push({
      cells: [textCell(total.label), ...moneyCells(c, single ? total.years[0]! : total.total)],
      emphasis: 'total',
    });
  return rows;
}

export function financeTables(
  c: ReportContext,
  years: readonly number[],
  statement: FinancialStatement,
): TableBlock[] {
  const { w } = c;
  const span = years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`;
  const incomeItems = statement.income.sources.map((s) => ({
    label: `${s.name} (${w.t(`resources.fundingCategory.${s.category}` as MessageKey)})`,
    years: s.years,
    total: s.total,
  }));
  const income: TableBlock = {
    kind: 'table',
    id: c.id('income'),
    caption: w.t('report.finance.income', { years: span }),
    columns: amountColumns(c, w.t('report.finance.source')),
    rows: statementRows(c, years, incomeItems, [
      { label: w.t('report.finance.publicTotal'), ...statement.income.publicTotal },
      { label: w.t('report.finance.privateTotal'), ...statement.income.privateTotal },
      { label: w.t('report.finance.incomeTotal'), ...statement.income.total },
    ]),
    ...(incomplete(statement.income.total) ? { note: w.t('report.finance.note') } : {}),
    empty: w.t('report.finance.noIncome'),
    data: true,
    sheet: w.t('report.sheet.income'),
  };
  const expenditure: TableBlock = {
    kind: 'table',
    id: c.id('expenditure'),
    caption: w.t('report.finance.expenditure', { years: span }),
    columns: amountColumns(c, w.t('report.finance.category')),
    rows: statementRows(
      c,
      years,
      statement.expenditure.categories.map((e) => ({
        label: w.t(`resources.expenditureCategory.${e.key}` as MessageKey),
        years: e.years,
        total: e.total,
      })),
      [
        { label: w.t('report.finance.expenditureTotal'), ...statement.expenditure.total },
        { label: w.t('report.finance.balance'), ...statement.balance },
      ],
    ),
    ...(incomplete(statement.expenditure.total) ? { note: w.t('report.finance.note') } : {}),
    empty: w.t('report.finance.noExpenditure'),
    data: true,
    sheet: w.t('report.sheet.expenditure'),
  };
  const shares: TableBlock = {
    kind: 'table',
    id: c.id('shares'),
    caption: w.t('report.finance.shares'),
    columns: [
      { label: w.t('report.column.year'), kind: 'text', width: 1 },
      { label: w.t('report.finance.planShare'), kind: 'percent', width: 1.5, numberFormat: SHARE_FORMAT },
      { label: w.t('report.finance.budgetShare'), kind: 'percent', width: 1.5, numberFormat: SHARE_FORMAT },
      { label: w.t('report.finance.actualShare'), kind: 'percent', width: 1.5, numberFormat: SHARE_FORMAT },
      { label: w.t('report.finance.shareDeviation'), kind: 'status', width: 1.6 },
    ],
    rows: statement.shares.map((s) => ({
      cells: [
        textCell(String(s.year)),
        numberCell(
          w.share(s.planPublicShareBp),
          s.planPublicShareBp === null ? null : s.planPublicShareBp / 10_000,
        ),
        numberCell(
          w.share(s.budgetPublicShareBp),
          s.budgetPublicShareBp === null ? null : s.budgetPublicShareBp / 10_000,
        ),
        numberCell(
          w.share(s.actualPublicShareBp),
          s.actualPublicShareBp === null ? null : s.actualPublicShareBp / 10_000,
        ),
        s.deviationBp === null
          ? { text: '–', value: null, tone: 'none' }
          : {
              text: `${w.points(s.deviationBp)} ${s.deviationBp > 0 ? w.t('report.finance.abovePlan') : w.t('report.finance.withinPlan')}`,
              value: s.deviationBp / 10_000,
              tone: s.deviationBp > 0 ? 'warn' : 'good',
            },
      ],
    })),
    empty: w.t('report.finance.noPlan'),
    data: true,
    sheet: w.t('report.sheet.shares'),
  };
  return [income, expenditure, shares];
}

export function financeCharts(
  c: ReportContext,
  years: readonly number[],
  statement: FinancialStatement,
): Block[] {
  const { w } = c;
  if (years.length === 0 || statement.income.sources.length === 0) return [];
  const euros = (cents: number | null) => (cents === null ? null : cents / 100);
  // 250 T€ / €250k: each value and tick says its unit.
  const compact = (euros: number) => formatCompactEuros(w.language, euros);
  const income = barChart({
    id: c.id('income-chart'),
    language: w.language,
    title: w.t('report.finance.incomeChart'),
    accent: c.accent,
    categories: years.map(String),
    series: [
      {
        label: w.t('report.finance.planned'),
        values: statement.income.total.years.map((y) => euros(y.plannedCents)),
        style: 'outline',
      },
      {
        label: w.t('report.finance.actual'),
        values: statement.income.total.years.map((y) => euros(y.actualCents)),
        style: 'solid',
      },
      {
        label: w.t('report.finance.expenditureActual'),
        values: statement.expenditure.total.years.map((y) => euros(y.actualCents)),
        style: 'hatched',
      },
    ],
    format: compact,
    unit: '',
  });
  const shares = lineChart({
    language: w.language,
    title: w.t('report.finance.sharesChart'),
    accent: c.accent,
    categories: statement.shares.map((s) => String(s.year)),
    series: [
      {
        label: w.t('report.finance.actualShare'),
        values: statement.shares.map((s) =>
          s.actualPublicShareBp === null ? null : s.actualPublicShareBp / 100,
        ),
        style: 'solid',
        marker: 'circle',
      },
      {
        label: w.t('report.finance.planShare'),
        values: statement.shares.map((s) =>
          s.planPublicShareBp === null ? null : s.planPublicShareBp / 100,
        ),
        style: 'dashed',
        marker: 'square',
      },
    ],
    format: (v) => `${w.number(v, 1)} %`,
    unit: '%',
    domain: [0, 100],
  });
  return [
    {
      kind: 'chart',
      id: c.id('income-chart'),
      ...income,
      caption: w.t('report.finance.incomeChart'),
      alt: w.t('report.finance.incomeChartAlt', {
        years: years.join(', '),
        planned: w.money(statement.income.total.total.plannedCents, true),
        actual: w.money(statement.income.total.total.actualCents, true),
      }),
    },
    {
      kind: 'chart',
      id: c.id('shares-chart'),
      ...shares,
      caption: w.t('report.finance.sharesChart'),
      alt: w.t('report.finance.sharesChartAlt'),
    },
  ];
}

export function financesSection(c: ReportContext): Draft {
  const { w } = c;
  const years = statementYears(c, 'strategy');
  const statement = statementOf(c, years);
  const period = statementYears(c, 'period');
  const inPeriod = period.map((y) => statement.years.indexOf(y)).filter((i) => i >= 0);
  const sum = (cells: (i: number) => number | null) => inPeriod.reduce((s, i) => s + (cells(i) ?? 0), 0);
  const draft = w.t('report.draft.finances', {
    years: period.join(', '),
    planned: w.money(
      sum((i) => statement.income.total.years[i]!.plannedCents),
      true,
    ),
    actual: w.money(
      sum((i) => statement.income.total.years[i]!.actualCents),
      true,
    ),
    spent: w.money(
      sum((i) => statement.expenditure.total.years[i]!.actualCents),
      true,
    ),
    share: w.share(statement.shares[inPeriod[inPeriod.length - 1] ?? -1]?.actualPublicShareBp),
    plan: w.share(statement.shares[inPeriod[inPeriod.length - 1] ?? -1]?.planPublicShareBp),
  });
  return {
    id: 'finances',
    title: w.t('report.section.finances'),
    breakBefore: true,
    blocks: [
      c.narrative('section:finances', draft),
      ...financeCharts(c, years, statement),
      ...financeTables(c, years, statement),
    ],
  };
}

/** The Verwendungsnachweis' zahlenmäßiger Nachweis: the statement of the evaluation's years. */
export function numbersSection(c: ReportContext): Draft {
  const { w } = c;
  const years = statementYears(c, 'period');
  const statement = statementOf(c, years);
  return {
    id: 'numbers',
    title: w.t('report.vn.numbers'),
    breakBefore: true,
    blocks: [
      { kind: 'paragraph', text: w.t('report.vn.numbersIntro'), style: 'note' },
      ...financeTables(c, years, statement),
    ],
  };
}
