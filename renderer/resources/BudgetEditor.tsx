// The budget of one year: income by funding source (planned and actual, sources created or
// renamed in the grid) and expenditure by category, in grids that take typing and pasted
// spreadsheet ranges, with amounts in the UI language's format. Each edit (one cell or a pasted
// block) is one save: one Activity entry, one undo step; refused cells keep what was typed and
// say why. Below: the year's balance, the funding sources, and income against expenditure over
// the strategy's years.
import { useMemo, useState } from 'react';
import {
  type BudgetLineFact,
  type ExpenditureCategory,
  expenditureCategories,
  type FundingCategory,
  type FundingSourceFact,
  fundingCategories,
  type ResourceFacts,
} from '../../shared/contract/resources.ts';
import type { MessageKey } from '../../shared/i18n/i18n.ts';
import { financialStatement, incomeByYear, isPublicFunding } from '../../shared/resources/finance.ts';
import { formatAmount, formatCents, formatShare, parseCents } from '../../shared/resources/money.ts';
import { Codicon } from '../base/Codicon.tsx';
import { type CellEdit, cellKey, DataGrid, type GridColumn } from '../base/DataGrid.tsx';
import { runCommand } from '../commands/registry.ts';
import { type Translate, useT } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { confirmDialog } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { IncomeChart, type IncomeYear } from './charts.tsx';
import {
  defaultYear,
  GridBox,
  readFundingCategory,
  strategyYears,
  useResourceFacts,
  YearSelect,
} from './common.tsx';
import { type Refusal, refusalsFor, useGridState } from './grid-state.ts';
import { usePending } from './pending.ts';
import './resources.css';

type Texts = { name: string; kind: string; planned: string; actual: string };
const emptyTexts: Texts = { name: '', kind: '', planned: '', actual: '' };

/** Sources as the grid lists them: public first, then by name. */
function sortedSources(sources: readonly FundingSourceFact[]): FundingSourceFact[] {
  return [...sources].sort(
    (a, b) =>
      Number(isPublicFunding(b.category)) - Number(isPublicFunding(a.category)) ||
      a.name.localeCompare(b.name) ||
      a.id - b.id,
  );
}

/** An amount cell: cents, null when empty, or a message key when refused. */
function readAmount(language: 'de' | 'en', text: string): number | null | 'invalid' | 'negative' {
  if (text.trim() === '') return null;
  const cents = parseCents(language, text);
  if (Number.isNaN(cents)) return 'invalid';
  if (cents < 0) return 'negative';
  return cents;
}

function amountRefusal(t: Translate, result: 'invalid' | 'negative', label: string): string {
  return result === 'negative'
    ? t('resources.amount.negative', { field: label })
    : t('resources.amount.invalid', { field: label });
}

export function BudgetEditor({ clusterId }: { clusterId: number }) {
  const t = useT();
  const facts = useResourceFacts(clusterId);
  const years = facts ? strategyYears(facts) : [];
  const [chosen, setChosen] = useState<number | null>(null);
  const year = chosen !== null && years.includes(chosen) ? chosen : defaultYear(years);

  return (
    <div className="monitoring-editor resources-editor budget-editor" data-ready={facts ? 'true' : undefined}>
      <header className="monitoring-header">
        <h1>{t('resources.budget.title')}</h1>
        {years.length > 0 && (
          <YearSelect years={years} value={year} onChange={setChosen} label={t('resources.year')} />
        )}
        <div className="toolbar">
          <button
            type="button"
            className="button secondary"
            onClick={() => void runCommand('clusterpilot.openFinancingPlan', clusterId)}
          >
            <Codicon name="graph-line" /> {t('resources.plan.title')}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => void runCommand('clusterpilot.importBudget', clusterId)}
          >
            <Codicon name="cloud-upload" /> {t('import.open')}
          </button>
        </div>
      </header>
      {!facts ? (
        <p className="muted">{t('editor.loading')}</p>
      ) : year === null ? (
        <p className="input-message warning">{t('resources.error.noStrategy')}</p>
      ) : (
        <>
          <p className="muted">{t('resources.budget.hint')}</p>
          <IncomeGrid facts={facts} year={year} />
          <YearBalance facts={facts} year={year} />
          <ExpenditureGrid facts={facts} year={year} />
          <SourceList facts={facts} />
          <section className="editor-section" aria-labelledby={`budget-chart-${clusterId}`}>
            <h2 id={`budget-chart-${clusterId}`}>{t('resources.budget.chartTitle')}</h2>
            <IncomeOverYears facts={facts} years={years} />
          </section>
        </>
      )}
    </div>
  );
}

function IncomeGrid({ facts, year }: { facts: ResourceFacts; year: number }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const grid = useGridState();
  const [pending, setPending] = useState<readonly Texts[]>([]);
  const sources = useMemo(() => sortedSources(facts.fundingSources), [facts.fundingSources]);
  const lines = useMemo(
    () => new Map(facts.budgetLines.filter((l) => l.year === year).map((l) => [l.fundingSourceId, l])),
    [facts.budgetLines, year],
  );
  const columns: GridColumn[] = [
    { key: 'name', label: t('resources.budget.source'), width: 280, editable: () => !readOnly },
    { key: 'kind', label: t('resources.budget.kind'), width: 190, editable: () => !readOnly },
    {
      key: 'planned',
      label: t('resources.budget.planned'),
      width: 140,
      align: 'end',
      editable: () => !readOnly,
    },
    {
      key: 'actual',
      label: t('resources.budget.actual'),
      width: 140,
      align: 'end',
      editable: () => !readOnly,
    },
    {
      key: 'deviation',
      label: t('resources.budget.deviation'),
      width: 130,
      align: 'end',
      editable: () => false,
    },
    { key: 'public', label: t('resources.budget.publicPrivate'), width: 110, editable: () => false },
  ];
  const col = (key: string) => columns.findIndex((c) => c.key === key);
  const amount = (cents: number | null | undefined) =>
    cents === null || cents === undefined ? '' : formatAmount(language, cents);
  type Stored = {
    name: string;
    category: FundingCategory;
    plannedCents: number | null;
    actualCents: number | null;
  };
  const storedRow = (id: string): Stored | undefined => {
    const source = facts.fundingSources.find((s) => String(s.id) === id);
    if (!source) return undefined;
    const line = lines.get(source.id);
    return {
      name: source.name,
      category: source.category,
      plannedCents: line?.plannedCents ?? null,
      actualCents: line?.actualCents ?? null,
    };
  };
  const saved = usePending<Stored>(storedRow, facts);
  const valuesOf = (row: number): Stored | null => {
    const source = sources[row];
    return source ? saved.merged(String(source.id), storedRow(String(source.id))!) : null;
  };
  const textsOf = (row: number): Texts => {
    const v = valuesOf(row);
    if (!v) return { ...emptyTexts, ...pending[row - sources.length] };
    return {
      name: v.name,
      kind: t(`resources.fundingCategory.${v.category}` as MessageKey),
      planned: amount(v.plannedCents),
      actual: amount(v.actualCents),
    };
  };
  const cell = (row: number, c: number): string => {
    const key = columns[c]!.key;
    const v = valuesOf(row);
    if (key === 'deviation')
      return v && v.actualCents !== null && v.plannedCents !== null
        ? formatAmount(language, v.actualCents - v.plannedCents)
        : '';
    if (key === 'public')
      return v ? t(isPublicFunding(v.category) ? 'resources.public' : 'resources.private') : '';
    return textsOf(row)[key as keyof Texts];
  };

  const onEdit = async (edits: readonly CellEdit[]) => {
    const refused = new Map<string, Refusal>();
    const cleared: string[] = [];
    const byRow = new Map<number, CellEdit[]>();
    for (const e of edits) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
    const rows: {
      sourceId: number | null;
      name: string;
      category: (typeof fundingCategories)[number];
      plannedCents: number | null;
      actualCents: number | null;
    }[] = [];
    const gridRows: number[] = [];
    const nextPending = [...pending];
    const savedPending = new Set<number>();
    for (const [row, rowEdits] of byRow) {
      const texts = textsOf(row);
      for (const e of rowEdits) {
        texts[columns[e.col]!.key as keyof Texts] = e.text;
        cleared.push(cellKey(row, e.col));
      }
      const isNew = row >= sources.length;
      if (isNew) nextPending[row - sources.length] = texts;
      const refuse = (key: keyof Texts, message: string) =>
        refused.set(cellKey(row, col(key)), { text: texts[key], message });
      const planned = readAmount(language, texts.planned);
      const actual = readAmount(language, texts.actual);
      if (typeof planned === 'string')
        refuse('planned', amountRefusal(t, planned, columns[col('planned')]!.label));
      if (typeof actual === 'string')
        refuse('actual', amountRefusal(t, actual, columns[col('actual')]!.label));
      const category = readFundingCategory(texts.kind);
      if (texts.kind.trim() !== '' && category === null)
        refuse(
          'kind',
          t('resources.budget.kindUnknown', {
            kinds: fundingCategories.map((c) => t(`resources.fundingCategory.${c}` as MessageKey)).join(', '),
          }),
        );
      const name = texts.name.trim();
      const hasAmount = texts.planned.trim() !== '' || texts.actual.trim() !== '';
      if (isNew) {
        if (Object.values(texts).every((v) => v.trim() === '')) continue;
        if (name === '' && (hasAmount || category !== null))
          refuse('name', t('error.validation.required', { field: columns[0]!.label }));
        if (texts.kind.trim() === '' && (hasAmount || name !== ''))
          refuse('kind', t('resources.budget.kindRequired'));
      } else if (name === '') {
        refuse('name', t('error.validation.required', { field: columns[0]!.label }));
      } else if (texts.kind.trim() === '') {
        refuse('kind', t('resources.budget.kindRequired'));
      }
      if ([...refused.keys()].some((k) => k.startsWith(`${row}:`)) || category === null || name === '')
        continue;
      rows.push({
        sourceId: isNew ? null : sources[row]!.id,
        name,
        category,
        plannedCents: planned as number | null,
        actualCents: actual as number | null,
      });
      gridRows.push(row);
      if (isNew) savedPending.add(row - sources.length);
    }
    grid.mark(cleared, refused);
    // New rows typed but not complete stay in the grid; saved ones come back as sources.
    const compact = (saved: ReadonlySet<number>) =>
      nextPending.filter(
        (p, i) => p !== undefined && !saved.has(i) && Object.values(p).some((v) => v.trim() !== ''),
      );
    if (rows.length === 0) {
      setPending(compact(new Set()));
      return;
    }
    // What the backend will store: an actual without a plan is planned 0.
    const overlay = rows.flatMap((r) =>
      r.sourceId === null
        ? []
        : [
            [
              String(r.sourceId),
              {
                name: r.name,
                category: r.category,
                plannedCents: r.plannedCents ?? (r.actualCents === null ? null : 0),
                actualCents: r.actualCents,
              },
            ] as const,
          ],
    );
    saved.add(overlay);
    const result = await client().call('resources.saveBudget', { clusterId: facts.clusterId, year, rows });
    setPending(compact(result.ok ? savedPending : new Set()));
    if (result.ok) return;
    saved.drop(overlay.map(([key]) => key));
    const fields: Record<string, string> = {
      name: 'name',
      sourceId: 'name',
      category: 'kind',
      plannedCents: 'planned',
      actualCents: 'actual',
    };
    grid.mark(
      [],
      refusalsFor(
        result.error,
        t,
        (path) => {
          if (path[0] !== 'rows') return null;
          const row = gridRows[Number(path[1])];
          const key = fields[String(path[2])];
          if (row === undefined || !key) return null;
          return { row, col: col(key), label: columns[col(key)]!.label };
        },
        edits.map((e) => [e.row, e.col] as const),
        (row, c) => edits.find((e) => e.row === row && e.col === c)?.text ?? cell(row, c),
      ),
    );
  };

  const income = incomeByYear(facts.fundingSources, facts.budgetLines).find((y) => y.year === year);
  const plan = facts.financingPlan.find((p) => p.year === year);
  return (
    <section className="editor-section" aria-labelledby={`income-${facts.clusterId}`}>
      <h2 id={`income-${facts.clusterId}`}>{t('resources.budget.incomeTitle', { year: String(year) })}</h2>
      <GridBox rows={sources.length + pending.length + 1}>
        <DataGrid
          id={`income-grid-${facts.clusterId}`}
          label={t('resources.budget.incomeTitle', { year: String(year) })}
          columns={columns}
          rowCount={sources.length + pending.length + 1}
          cell={cell}
          messages={grid.messages}
          drafts={grid.drafts}
          onEdit={(edits) => void onEdit(edits)}
          readOnly={readOnly}
          rowClass={(row) => (row >= sources.length ? 'new-row' : undefined)}
        />
      </GridBox>
      {income && (
        <p className="resources-summary" role="status">
          {t('resources.budget.shareLine', {
            planned:
              income.planned.publicShareBp === null
                ? '–'
                : formatShare(language, income.planned.publicShareBp),
            actual:
              income.actual.publicShareBp === null
                ? t('resources.budget.openYear')
                : formatShare(language, income.actual.publicShareBp),
            plan: plan ? formatShare(language, plan.publicShareBp) : '–',
          })}
        </p>
      )}
    </section>
  );
}

function YearBalance({ facts, year }: { facts: ResourceFacts; year: number }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const statement = financialStatement({
    sources: facts.fundingSources,
    budgetLines: facts.budgetLines,
    expenditure: facts.expenditure,
    plan: facts.financingPlan,
    years: [year],
  });
  const money = (cents: number | null) => (cents === null ? '–' : formatCents(language, cents));
  const rows = [
    ['resources.statement.income', statement.income.total.years[0]!],
    ['resources.statement.expenditure', statement.expenditure.total.years[0]!],
    ['resources.statement.balance', statement.balance.years[0]!],
  ] as const;
  return (
    <table
      className="grid resources-table balance-table"
      aria-label={t('resources.budget.balanceTitle', { year: String(year) })}
    >
      <caption>{t('resources.budget.balanceTitle', { year: String(year) })}</caption>
      <thead>
        <tr>
          <th scope="col" />
          <th scope="col" className="num">
            {t('resources.budget.planned')}
          </th>
          <th scope="col" className="num">
            {t('resources.budget.actual')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, c]) => (
          <tr key={key}>
            <th scope="row">{t(key)}</th>
            <td className="num">{money(c.plannedCents)}</td>
            <td className="num">
              {money(c.actualCents)}
              {c.actualCents !== null && !c.complete && (
                <span className="muted"> ({t('resources.statement.incomplete')})</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ExpenditureGrid({ facts, year }: { facts: ResourceFacts; year: number }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const grid = useGridState();
  const lines = new Map(facts.expenditure.filter((e) => e.year === year).map((e) => [e.category, e]));
  const columns: GridColumn[] = [
    { key: 'category', label: t('resources.expenditure.category'), width: 280, editable: () => false },
    {
      key: 'planned',
      label: t('resources.budget.planned'),
      width: 140,
      align: 'end',
      editable: () => !readOnly,
    },
    {
      key: 'actual',
      label: t('resources.budget.actual'),
      width: 140,
      align: 'end',
      editable: () => !readOnly,
    },
    {
      key: 'deviation',
      label: t('resources.budget.deviation'),
      width: 130,
      align: 'end',
      editable: () => false,
    },
    { key: 'note', label: t('resources.expenditure.note'), width: 300, editable: () => !readOnly },
  ];
  const amount = (cents: number | null | undefined) =>
    cents === null || cents === undefined ? '' : formatAmount(language, cents);
  type Stored = { plannedCents: number | null; actualCents: number | null; note: string };
  const storedRow = (category: string): Stored => {
    const line = lines.get(category as ExpenditureCategory);
    return {
      plannedCents: line?.plannedCents ?? null,
      actualCents: line?.actualCents ?? null,
      note: line?.note ?? '',
    };
  };
  const saved = usePending<Stored>(storedRow, facts);
  const cell = (row: number, c: number) => {
    const category = expenditureCategories[row]!;
    const line = saved.merged(category, storedRow(category));
    switch (columns[c]!.key) {
      case 'category':
        return t(`resources.expenditureCategory.${category}` as MessageKey);
      case 'planned':
        return amount(line?.plannedCents);
      case 'actual':
        return amount(line?.actualCents);
      case 'deviation':
        return line.actualCents !== null && line.plannedCents !== null
          ? formatAmount(language, line.actualCents - line.plannedCents)
          : '';
      default:
        return line.note;
    }
  };
  const onEdit = async (edits: readonly CellEdit[]) => {
    const refused = new Map<string, Refusal>();
    const cleared: string[] = [];
    const byRow = new Map<number, CellEdit[]>();
    for (const e of edits) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
    const rows: {
      category: ExpenditureCategory;
      plannedCents: number | null;
      actualCents: number | null;
      note: string;
    }[] = [];
    const gridRows: number[] = [];
    for (const [row, rowEdits] of byRow) {
      const texts: Record<string, string> = {
        planned: cell(row, 1),
        actual: cell(row, 2),
        note: cell(row, 4),
      };
      for (const e of rowEdits) {
        texts[columns[e.col]!.key] = e.text;
        cleared.push(cellKey(row, e.col));
      }
      let ok = true;
      const values: (number | null)[] = [];
      for (const [key, c] of [
        ['planned', 1],
        ['actual', 2],
      ] as const) {
        const value = readAmount(language, texts[key]!);
        if (typeof value === 'string') {
          refused.set(cellKey(row, c), {
            text: texts[key]!,
            message: amountRefusal(t, value, columns[c]!.label),
          });
          ok = false;
        } else values.push(value);
      }
      if (!ok) continue;
      rows.push({
        category: expenditureCategories[row]!,
        plannedCents: values[0]!,
        actualCents: values[1]!,
        note: texts.note!.trim(),
      });
      gridRows.push(row);
    }
    grid.mark(cleared, refused);
    if (rows.length === 0) return;
    const overlay = rows.map((r) => {
      const removed = r.plannedCents === null && r.actualCents === null;
      return [
        r.category,
        {
          plannedCents: r.plannedCents ?? (r.actualCents === null ? null : 0),
          actualCents: r.actualCents,
          note: removed ? '' : r.note,
        },
      ] as const;
    });
    saved.add(overlay);
    const result = await client().call('resources.saveExpenditure', {
      clusterId: facts.clusterId,
      year,
      rows,
    });
    if (!result.ok) {
      saved.drop(overlay.map(([key]) => key));
      const fields: Record<string, number> = { plannedCents: 1, actualCents: 2, note: 4 };
      grid.mark(
        [],
        refusalsFor(
          result.error,
          t,
          (path) => {
            const row = gridRows[Number(path[1])];
            const c = fields[String(path[2])];
            return path[0] === 'rows' && row !== undefined && c !== undefined
              ? { row, col: c, label: columns[c]!.label }
              : null;
          },
          edits.map((e) => [e.row, e.col] as const),
          (row, c) => edits.find((e) => e.row === row && e.col === c)?.text ?? cell(row, c),
        ),
      );
    }
  };
  return (
    <section className="editor-section" aria-labelledby={`spending-${facts.clusterId}`}>
      <h2 id={`spending-${facts.clusterId}`}>{t('resources.expenditure.title', { year: String(year) })}</h2>
      <GridBox rows={expenditureCategories.length}>
        <DataGrid
          id={`spending-grid-${facts.clusterId}`}
          label={t('resources.expenditure.title', { year: String(year) })}
          columns={columns}
          rowCount={expenditureCategories.length}
          cell={cell}
          messages={grid.messages}
          drafts={grid.drafts}
          onEdit={(edits) => void onEdit(edits)}
          readOnly={readOnly}
        />
      </GridBox>
    </section>
  );
}

function SourceList({ facts }: { facts: ResourceFacts }) {
  const t = useT();
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const sources = sortedSources(facts.fundingSources);
  const years = (id: number) =>
    facts.budgetLines.filter((l: BudgetLineFact) => l.fundingSourceId === id).map((l) => l.year);
  const remove = async (source: FundingSourceFact) => {
    const confirmed = await confirmDialog({
      title: t('resources.sources.deleteTitle', { name: source.name }),
      detail: t('resources.sources.deleteDetail', { count: years(source.id).length }),
      confirm: t('dialog.delete'),
      cancel: t('dialog.cancel'),
    });
    if (confirmed) await client().call('fundingSources.delete', { id: source.id });
  };
  if (sources.length === 0) return null;
  return (
    <section className="editor-section" aria-labelledby={`sources-${facts.clusterId}`}>
      <h2 id={`sources-${facts.clusterId}`}>{t('resources.sources.title')}</h2>
      <table className="grid resources-table" aria-label={t('resources.sources.title')}>
        <thead>
          <tr>
            <th scope="col">{t('resources.budget.source')}</th>
            <th scope="col">{t('resources.budget.kind')}</th>
            <th scope="col">{t('resources.sources.years')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('resources.sources.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => {
            const ys = years(s.id);
            return (
              <tr key={s.id}>
                <td>{s.name}</td>
                <td>
                  {t(`resources.fundingCategory.${s.category}` as MessageKey)} (
                  {t(
                    isPublicFunding(s.category) ? 'resources.public' : 'resources.private',
                  ).toLocaleLowerCase()}
                  )
                </td>
                <td>{ys.length ? `${Math.min(...ys)}–${Math.max(...ys)}` : '–'}</td>
                <td>
                  <button
                    type="button"
                    className="button secondary small"
                    disabled={readOnly}
                    aria-label={t('resources.sources.deleteNamed', { name: s.name })}
                    onClick={() => void remove(s)}
                  >
                    <Codicon name="trash" /> {t('resources.sources.delete')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function IncomeOverYears({ facts, years }: { facts: ResourceFacts; years: readonly number[] }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const income = new Map(incomeByYear(facts.fundingSources, facts.budgetLines).map((y) => [y.year, y]));
  const rows: IncomeYear[] = years.map((year) => {
    const spending = facts.expenditure.filter((e) => e.year === year);
    const y = income.get(year);
    const empty = {
      publicCents: 0,
      privateCents: 0,
      totalCents: 0,
      publicShareBp: null,
      privateShareBp: null,
    };
    return {
      year,
      planned: y?.planned ?? empty,
      actual: y?.actual ?? empty,
      actualComplete: y?.actualComplete ?? false,
      lines: y?.lines ?? 0,
      linesWithActual: y?.linesWithActual ?? 0,
      expenditurePlannedCents: spending.length ? spending.reduce((s, e) => s + e.plannedCents, 0) : null,
      expenditureActualCents: spending.some((e) => e.actualCents !== null)
        ? spending.reduce((s, e) => s + (e.actualCents ?? 0), 0)
        : null,
    };
  });
  return <IncomeChart years={rows} language={language} t={t} />;
}
