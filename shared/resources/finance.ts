// The finances of a cluster management, computed from plain facts (shared/contract/resources.ts):
// income by funding source and year, the public and private shares, the degressive financing
// plan against the actual public share, and income against expenditure by year and source, which
// is the *zahlenmäßiger Nachweis* German funders expect. Pure and deterministic: the finance
// view, the Problems rules and the funder report (from its frozen snapshot) share these.
//
// Rules:
// - Public income: EU, national, state and municipal funding. Private: member fees, private
//   sponsors, project revenue and in-kind contributions (the actors' co-financing).
// - A year's actual shares are known once every budget line of the year has an actual amount
//   (the year is closed); before that they are null and the year counts as incomplete. This is
//   also the rule of the derived indicator "private co-funding share" (db/monitoring/derived.ts).
// - Shares are basis points of total income, rounded half up (6550 = 65.5 %).
import type {
  BudgetLineFact,
  ExpenditureCategory,
  ExpenditureFact,
  FundingCategory,
  FundingSourceFact,
  PlanFact,
} from '../contract/resources.ts';
import { expenditureCategories } from '../contract/resources.ts';
import { shareBp } from './money.ts';

export const publicFundingCategories: ReadonlySet<string> = new Set<FundingCategory>([
  'eu',
  'national',
  'state',
  'municipal',
]);

export function isPublicFunding(category: FundingCategory | string): boolean {
  return publicFundingCategories.has(category);
}

/** A funding source as the computations need it (the Problems facts carry the category as text). */
type Source = { readonly id: number; readonly category: FundingCategory | string };
type Line = Pick<BudgetLineFact, 'fundingSourceId' | 'year' | 'plannedCents' | 'actualCents'>;
type Plan = Pick<PlanFact, 'year' | 'publicShareBp'>;
type Spending = Pick<ExpenditureFact, 'category' | 'year' | 'plannedCents' | 'actualCents'>;

export interface IncomeSplit {
  readonly publicCents: number;
  readonly privateCents: number;
  readonly totalCents: number;
  /** Public share of the total in basis points; null when there is no income. */
  readonly publicShareBp: number | null;
  /** Private share of the total in basis points; null when there is no income. */
  readonly privateShareBp: number | null;
}

export interface YearIncome {
  readonly year: number;
  readonly planned: IncomeSplit;
  /** Sums of the actual amounts recorded so far; the shares only when `actualComplete`. */
  readonly actual: IncomeSplit;
  /** Every budget line of the year has an actual amount. */
  readonly actualComplete: boolean;
  /** Budget lines of the year, and how many of them have an actual amount. */
  readonly lines: number;
  readonly linesWithActual: number;
}

const split = (publicCents: number, privateCents: number, withShares: boolean): IncomeSplit => {
  const totalCents = publicCents + privateCents;
  return {
    publicCents,
    privateCents,
    totalCents,
    publicShareBp: withShares ? shareBp(publicCents, totalCents) : null,
    privateShareBp: withShares && totalCents > 0 ? 10_000 - shareBp(publicCents, totalCents)! : null,
  };
};

/** Income per year (oldest first), planned and actual, split into public and private. */
export function incomeByYear(sources: readonly Source[], lines: readonly Line[]): YearIncome[] {
  const publicSource = new Map(sources.map((s) => [s.id, isPublicFunding(s.category)]));
  const years = new Map<
    number,
    { pp: number; pv: number; ap: number; av: number; lines: number; withActual: number }
  >();
  for (const line of lines) {
    const isPublic = publicSource.get(line.fundingSourceId);
    if (isPublic === undefined) continue; // a line of another cluster's source
    const y = years.get(line.year) ?? { pp: 0, pv: 0, ap: 0, av: 0, lines: 0, withActual: 0 };
    if (isPublic) y.pp += line.plannedCents;
    else y.pv += line.plannedCents;
    if (line.actualCents !== null) {
      if (isPublic) y.ap += line.actualCents;
      else y.av += line.actualCents;
      y.withActual++;
    }
    y.lines++;
    years.set(line.year, y);
  }
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, y]) => {
      const complete = y.lines > 0 && y.withActual === y.lines;
      return {
        year,
        planned: split(y.pp, y.pv, true),
        actual: split(y.ap, y.av, complete),
        actualComplete: complete,
        lines: y.lines,
        linesWithActual: y.withActual,
      };
    });
}

export interface PlanComparison {
  readonly year: number;
  /** The degressive financing plan's public share for the year; null when the plan has no such year. */
  readonly planPublicShareBp: number | null;
  /** The public share of the planned income (budget lines). */
  readonly budgetPublicShareBp: number | null;
  /** The actual public share, once the year's actual income is complete. */
  readonly actualPublicShareBp: number | null;
  readonly actualPrivateShareBp: number | null;
  /** Actual minus plan, in basis points (positive: more public money than planned). */
  readonly deviationBp: number | null;
  /** The actual public share exceeds the plan. */
  readonly aboveplan: boolean;
  /** The latest earlier year with a known actual private share, and that share. */
  readonly previousYear: number | null;
  readonly previousPrivateShareBp: number | null;
  /** The actual private share is lower than in `previousYear`. */
  readonly privateFalling: boolean;
  readonly actualComplete: boolean;
  /** Total planned and actual income of the year, for context. */
  readonly plannedIncomeCents: number;
  readonly actualIncomeCents: number;
}

/**
 * The degressive financing plan held against the income: one row per year that has a plan or
 * budget lines, oldest first. A year is above plan when its actual public share is higher than
 * planned; the private share is falling when it is lower than in the latest earlier year whose
 * actuals are complete.
 */
export function compareWithPlan(
  sources: readonly Source[],
  lines: readonly Line[],
  plan: readonly Plan[],
): PlanComparison[] {
  const income = new Map(incomeByYear(sources, lines).map((y) => [y.year, y]));
  const planned = new Map(plan.map((p) => [p.year, p.publicShareBp]));
  const years = [...new Set([...income.keys(), ...planned.keys()])].sort((a, b) => a - b);
  let previous: { year: number; privateShareBp: number } | null = null;
  const rows: PlanComparison[] = [];
  for (const year of years) {
    const y = income.get(year);
    const planBp = planned.get(year) ?? null;
    const actualBp = y?.actual.publicShareBp ?? null;
    const privateBp = y?.actual.privateShareBp ?? null;
    rows.push({
      year,
      planPublicShareBp: planBp,
      budgetPublicShareBp: y?.planned.publicShareBp ?? null,
      actualPublicShareBp: actualBp,
      actualPrivateShareBp: privateBp,
      deviationBp: planBp !== null && actualBp !== null ? actualBp - planBp : null,
      aboveplan: planBp !== null && actualBp !== null && actualBp > planBp,
      previousYear: previous?.year ?? null,
      previousPrivateShareBp: previous?.privateShareBp ?? null,
      privateFalling: privateBp !== null && previous !== null && privateBp < previous.privateShareBp,
      actualComplete: y?.actualComplete ?? false,
      plannedIncomeCents: y?.planned.totalCents ?? 0,
      actualIncomeCents: y?.actual.totalCents ?? 0,
    });
    if (privateBp !== null) previous = { year, privateShareBp: privateBp };
  }
  return rows;
}

/** Whether a plan falls year by year (degressive): the years where it rises instead. */
export function planRises(plan: readonly Plan[]): number[] {
  const sorted = [...plan].sort((a, b) => a.year - b.year);
  return sorted.filter((p, i) => i > 0 && p.publicShareBp > sorted[i - 1]!.publicShareBp).map((p) => p.year);
}

// ---- The zahlenmäßiger Nachweis ------------------------------------------------------------

export interface AmountCell {
  /** Planned amount; null when nothing is planned for the cell. */
  readonly plannedCents: number | null;
  /** Sum of the actual amounts recorded; null when none is. */
  readonly actualCents: number | null;
  /** Every line behind the cell has an actual amount. */
  readonly complete: boolean;
  /** Actual minus planned, when the cell is complete and planned. */
  readonly deviationCents: number | null;
}

export interface StatementRow<K> {
  readonly key: K;
  /** One cell per year of the statement, in the order of `years`. */
  readonly years: readonly AmountCell[];
  readonly total: AmountCell;
}

export interface IncomeRow extends StatementRow<number> {
  readonly sourceId: number;
  readonly name: string;
  readonly category: FundingCategory;
  readonly isPublic: boolean;
}

export interface FinancialStatement {
  readonly years: readonly number[];
  readonly income: {
    /** One row per funding source: public sources first, then private, each by name. */
    readonly sources: readonly IncomeRow[];
    readonly publicTotal: StatementRow<'public'>;
    readonly privateTotal: StatementRow<'private'>;
    readonly total: StatementRow<'income'>;
  };
  readonly expenditure: {
    /** One row per expenditure category that has a line in any of the years, in catalogue order. */
    readonly categories: readonly StatementRow<ExpenditureCategory>[];
    readonly total: StatementRow<'expenditure'>;
  };
  /** Income minus expenditure per year. */
  readonly balance: StatementRow<'balance'>;
  /** The financing plan against the income of each year (same order as `years`). */
  readonly shares: readonly {
    readonly year: number;
    readonly planPublicShareBp: number | null;
    readonly budgetPublicShareBp: number | null;
    readonly actualPublicShareBp: number | null;
    readonly deviationBp: number | null;
  }[];
}

interface Accumulator {
  planned: number;
  hasPlanned: boolean;
  actual: number;
  hasActual: boolean;
  lines: number;
  withActual: number;
}
const empty = (): Accumulator => ({
  planned: 0,
  hasPlanned: false,
  actual: 0,
  hasActual: false,
  lines: 0,
  withActual: 0,
});
function add(acc: Accumulator, planned: number, actual: number | null): void {
  acc.planned += planned;
  acc.hasPlanned = true;
  acc.lines++;
  if (actual !== null) {
    acc.actual += actual;
    acc.hasActual = true;
    acc.withActual++;
  }
}
function merge(into: Accumulator, from: Accumulator): void {
  into.planned += from.planned;
  into.hasPlanned ||= from.hasPlanned;
  into.actual += from.actual;
  into.hasActual ||= from.hasActual;
  into.lines += from.lines;
  into.withActual += from.withActual;
}
function cell(acc: Accumulator): AmountCell {
  const complete = acc.lines > 0 && acc.withActual === acc.lines;
  const plannedCents = acc.hasPlanned ? acc.planned : null;
  const actualCents = acc.hasActual ? acc.actual : null;
  return {
    plannedCents,
    actualCents,
    complete,
    deviationCents:
      complete && plannedCents !== null && actualCents !== null ? actualCents - plannedCents : null,
  };
}
function row<K>(key: K, perYear: readonly Accumulator[]): StatementRow<K> {
  const total = empty();
  for (const acc of perYear) merge(total, acc);
  return { key, years: perYear.map(cell), total: cell(total) };
}
function difference(a: AmountCell, b: AmountCell): AmountCell {
  const plannedCents =
    a.plannedCents === null && b.plannedCents === null ? null : (a.plannedCents ?? 0) - (b.plannedCents ?? 0);
  const actualCents =
    a.actualCents === null && b.actualCents === null ? null : (a.actualCents ?? 0) - (b.actualCents ?? 0);
  const complete = (a.complete || a.plannedCents === null) && (b.complete || b.plannedCents === null);
  return {
    plannedCents,
    actualCents,
    complete,
    deviationCents:
      complete && plannedCents !== null && actualCents !== null ? actualCents - plannedCents : null,
  };
}

export interface StatementInput {
  readonly sources: readonly Pick<FundingSourceFact, 'id' | 'name' | 'category'>[];
  readonly budgetLines: readonly Line[];
  readonly expenditure: readonly Spending[];
  readonly plan: readonly Plan[];
  /** The years to show (e.g. the evaluation period); default: every year with a line or a plan. */
  readonly years?: readonly number[];
}

/**
 * Income by funding source and expenditure by category against the plan, per year: planned,
 * actual and deviation, with public, private and overall totals, the balance and the shares.
 */
export function financialStatement(input: StatementInput): FinancialStatement {
  const years =
    input.years !== undefined
      ? [...new Set(input.years)].sort((a, b) => a - b)
      : [
          ...new Set([
            ...input.budgetLines.map((l) => l.year),
            ...input.expenditure.map((e) => e.year),
            ...input.plan.map((p) => p.year),
          ]),
        ].sort((a, b) => a - b);
  const index = new Map(years.map((y, i) => [y, i]));
  const perSource = new Map<number, Accumulator[]>();
  for (const source of input.sources)
    perSource.set(
      source.id,
      years.map(() => empty()),
    );
  for (const line of input.budgetLines) {
    const i = index.get(line.year);
    const accs = perSource.get(line.fundingSourceId);
    if (i === undefined || !accs) continue;
    add(accs[i]!, line.plannedCents, line.actualCents);
  }
  const publicAccs = years.map(() => empty());
  const privateAccs = years.map(() => empty());
  const sources = [...input.sources].sort(
    (a, b) =>
      Number(isPublicFunding(b.category)) - Number(isPublicFunding(a.category)) ||
      a.name.localeCompare(b.name) ||
      a.id - b.id,
  );
  const sourceRows: IncomeRow[] = sources.map((s) => {
    const accs = perSource.get(s.id)!;
    const isPublic = isPublicFunding(s.category);
    accs.forEach((acc, i) => {
      merge((isPublic ? publicAccs : privateAccs)[i]!, acc);
    });
    return { ...row(s.id, accs), sourceId: s.id, name: s.name, category: s.category, isPublic };
  });
  const incomeAccs = years.map((_, i) => {
    const acc = empty();
    merge(acc, publicAccs[i]!);
    merge(acc, privateAccs[i]!);
    return acc;
  });

  const perCategory = new Map<ExpenditureCategory, Accumulator[]>();
  for (const e of input.expenditure) {
    const i = index.get(e.year);
    if (i === undefined) continue;
    let accs = perCategory.get(e.category);
    if (!accs) {
      accs = years.map(() => empty());
      perCategory.set(e.category, accs);
    }
    add(accs[i]!, e.plannedCents, e.actualCents);
  }
  const spendingAccs = years.map(() => empty());
  const categoryRows = expenditureCategories
    .filter((c) => perCategory.has(c))
    .map((c) => {
      const accs = perCategory.get(c)!;
      accs.forEach((acc, i) => {
        merge(spendingAccs[i]!, acc);
      });
      return row(c, accs);
    });

  const incomeTotal = row('income' as const, incomeAccs);
  const expenditureTotal = row('expenditure' as const, spendingAccs);
  const balance: StatementRow<'balance'> = {
    key: 'balance',
    years: years.map((_, i) => difference(incomeTotal.years[i]!, expenditureTotal.years[i]!)),
    total: difference(incomeTotal.total, expenditureTotal.total),
  };
  const comparison = new Map(
    compareWithPlan(input.sources, input.budgetLines, input.plan).map((c) => [c.year, c]),
  );
  return {
    years,
    income: {
      sources: sourceRows,
      publicTotal: row('public', publicAccs),
      privateTotal: row('private', privateAccs),
      total: incomeTotal,
    },
    expenditure: { categories: categoryRows, total: expenditureTotal },
    balance,
    shares: years.map((year) => {
      const c = comparison.get(year);
      return {
        year,
        planPublicShareBp: c?.planPublicShareBp ?? null,
        budgetPublicShareBp: c?.budgetPublicShareBp ?? null,
        actualPublicShareBp: c?.actualPublicShareBp ?? null,
        deviationBp: c?.deviationBp ?? null,
      };
    }),
  };
}
