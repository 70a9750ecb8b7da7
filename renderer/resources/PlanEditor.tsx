// The degressive financing plan: the planned public share per year of the strategy, entered in a
// grid, held against the public share of the budget and the actual public share; the chart of
// plan against actual; the years above plan and a falling private share said in words (they are
// Problems too); and the statement of income and expenditure against the plan by year and
// source, the *zahlenmäßiger Nachweis* German funders expect.
import { useState } from 'react';
import type { ResourceFacts } from '../../shared/contract/resources.ts';
import type { MessageKey } from '../../shared/i18n/i18n.ts';
import {
  type AmountCell,
  compareWithPlan,
  type FinancialStatement,
  financialStatement,
  type PlanComparison,
  planRises,
  type StatementRow,
} from '../../shared/resources/finance.ts';
import { formatCents, formatPoints, formatShare, parseShareBp } from '../../shared/resources/money.ts';
import { Codicon } from '../base/Codicon.tsx';
import { type CellEdit, cellKey, DataGrid, type GridColumn } from '../base/DataGrid.tsx';
import { runCommand } from '../commands/registry.ts';
import { useT } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { PublicShareChart } from './charts.tsx';
import { GridBox, strategyYears, useResourceFacts } from './common.tsx';
import { type Refusal, refusalsFor, useGridState } from './grid-state.ts';
import { usePending } from './pending.ts';
import './resources.css';
import { ScrollRegion } from '../base/ScrollRegion.tsx';

/** A strategy year with neither plan nor budget yet. */
const emptyRow = (year: number): PlanComparison => ({
  year,
  planPublicShareBp: null,
  budgetPublicShareBp: null,
  actualPublicShareBp: null,
  actualPrivateShareBp: null,
  deviationBp: null,
  aboveplan: false,
  previousYear: null,
  previousPrivateShareBp: null,
  privateFalling: false,
  actualComplete: false,
  plannedIncomeCents: 0,
  actualIncomeCents: 0,
});

export function PlanEditor({ clusterId }: { clusterId: number }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const facts = useResourceFacts(clusterId);
  const years = facts ? strategyYears(facts) : [];
  const comparison = facts
    ? compareWithPlan(facts.fundingSources, facts.budgetLines, facts.financingPlan)
    : [];
  const byYear = new Map(comparison.map((c) => [c.year, c]));
  const rows = [...new Set([...years, ...comparison.map((c) => c.year)])]
    .sort((a, b) => a - b)
    .map((year) => byYear.get(year) ?? emptyRow(year));
  const above = comparison.filter((c) => c.aboveplan);
  const falling = comparison.filter((c) => c.privateFalling);
  const rising = facts ? planRises(facts.financingPlan) : [];

  return (
    <div className="monitoring-editor resources-editor plan-editor" data-ready={facts ? 'true' : undefined}>
      <header className="monitoring-header">
        <h1>{t('resources.plan.title')}</h1>
        <div className="toolbar">
          <button
            type="button"
            className="button secondary"
            onClick={() => void runCommand('clusterpilot.openBudget', clusterId)}
          >
            <Codicon name="table" /> {t('resources.budget.title')}
          </button>
        </div>
      </header>
      {!facts ? (
        <p className="muted">{t('editor.loading')}</p>
      ) : years.length === 0 ? (
        <p className="input-message warning">{t('resources.error.noStrategy')}</p>
      ) : (
        <>
          <p className="muted">{t('resources.plan.hint')}</p>
          {(above.length > 0 || falling.length > 0 || rising.length > 0) && (
            <ul className="resources-alerts" aria-label={t('resources.plan.alerts')}>
              {above.map((c) => (
                <li key={`a${c.year}`} className="input-message warning">
                  {/* A Problem opens the plan with its year as the field: focus lands on its line. */}
                  <output name={`year:${c.year}`} tabIndex={-1}>
                    <Codicon name="warning" />{' '}
                    {t('resources.plan.aboveLine', {
                      year: String(c.year),
                      actual: formatShare(language, c.actualPublicShareBp!),
                      planned: formatShare(language, c.planPublicShareBp!),
                      points: formatPoints(language, c.deviationBp!),
                    })}
                  </output>
                </li>
              ))}
              {falling.map((c) => (
                <li key={`f${c.year}`} className="input-message warning">
                  <output name={`year:${c.year}`} tabIndex={-1}>
                    <Codicon name="warning" />{' '}
                    {t('resources.plan.fallingLine', {
                      year: String(c.year),
                      previousYear: String(c.previousYear),
                      before: formatShare(language, c.previousPrivateShareBp!),
                      after: formatShare(language, c.actualPrivateShareBp!),
                    })}
                  </output>
                </li>
              ))}
              {rising.map((year) => (
                <li key={`r${year}`} className="input-message info">
                  <output name={`year:${year}`} tabIndex={-1}>
                    <Codicon name="info" /> {t('resources.plan.risingLine', { year: String(year) })}
                  </output>
                </li>
              ))}
            </ul>
          )}
          <PlanGrid facts={facts} rows={rows} years={years} />
          <section className="editor-section" aria-labelledby={`plan-chart-${clusterId}`}>
            <h2 id={`plan-chart-${clusterId}`}>{t('resources.plan.chartTitle')}</h2>
            <PublicShareChart rows={rows} language={language} t={t} />
          </section>
          <Statement facts={facts} years={years} />
        </>
      )}
    </div>
  );
}

function PlanGrid({
  facts,
  rows,
  years,
}: {
  facts: ResourceFacts;
  rows: readonly PlanComparison[];
  years: readonly number[];
}) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const grid = useGridState();
  const inStrategy = new Set(years);
  const columns: GridColumn[] = [
    { key: 'year', label: t('resources.year'), width: 80, editable: () => false },
    {
      key: 'plan',
      label: t('resources.plan.planned'),
      width: 170,
      align: 'end',
      editable: (row) => !readOnly && inStrategy.has(rows[row]?.year ?? 0),
    },
    { key: 'budget', label: t('resources.plan.budget'), width: 160, align: 'end', editable: () => false },
    { key: 'actual', label: t('resources.plan.actual'), width: 160, align: 'end', editable: () => false },
    { key: 'deviation', label: t('resources.plan.deviation'), width: 170, editable: () => false },
    { key: 'private', label: t('resources.plan.private'), width: 175, align: 'end', editable: () => false },
  ];
  const share = (bp: number | null) => (bp === null ? '' : formatShare(language, bp));
  type Stored = { publicShareBp: number | null };
  const saved = usePending<Stored>(
    (year) => ({
      publicShareBp: facts.financingPlan.find((p) => String(p.year) === year)?.publicShareBp ?? null,
    }),
    facts,
  );
  const planOf = (row: number) =>
    saved.merged(String(rows[row]!.year), { publicShareBp: rows[row]!.planPublicShareBp }).publicShareBp;
  const cell = (row: number, c: number): string => {
    const r = { ...rows[row]!, planPublicShareBp: planOf(row) };
    switch (columns[c]!.key) {
      case 'year':
        return String(r.year);
      case 'plan':
        return share(r.planPublicShareBp);
      case 'budget':
        return share(r.budgetPublicShareBp);
      case 'actual':
        return r.actualPublicShareBp === null
          ? r.plannedIncomeCents > 0
            ? t('resources.plan.open')
            : ''
          : share(r.actualPublicShareBp);
      case 'deviation':
        return r.deviationBp === null
          ? ''
          : `${formatPoints(language, r.deviationBp)}${r.aboveplan ? ` ▲ ${t('resources.plan.abovePlan')}` : ''}`;
      default:
        return `${share(r.actualPrivateShareBp)}${r.privateFalling ? ` ▼` : ''}`;
    }
  };
  const editText = (row: number, c: number) => {
    const bp = planOf(row);
    return columns[c]!.key === 'plan' && bp !== null
      ? String(bp / 100).replace('.', language === 'de' ? ',' : '.')
      : cell(row, c);
  };
  const onEdit = async (edits: readonly CellEdit[]) => {
    const refused = new Map<string, Refusal>();
    const cleared: string[] = [];
    const input: { year: number; publicShareBp: number | null }[] = [];
    const gridRows: number[] = [];
    for (const e of edits) {
      const key = cellKey(e.row, e.col);
      cleared.push(key);
      const bp = e.text.trim() === '' ? null : parseShareBp(language, e.text);
      const label = columns[e.col]!.label;
      if (bp !== null && Number.isNaN(bp))
        refused.set(key, { text: e.text, message: t('resources.share.invalid', { field: label }) });
      else if (bp !== null && (bp < 0 || bp > 10_000))
        refused.set(key, { text: e.text, message: t('resources.share.range', { field: label }) });
      else {
        input.push({ year: rows[e.row]!.year, publicShareBp: bp });
        gridRows.push(e.row);
      }
    }
    grid.mark(cleared, refused);
    if (input.length === 0) return;
    const overlay = input.map((r) => [String(r.year), { publicShareBp: r.publicShareBp }] as const);
    saved.add(overlay);
    const result = await client().call('resources.savePlan', { clusterId: facts.clusterId, rows: input });
    if (!result.ok) saved.drop(overlay.map(([key]) => key));
    if (!result.ok)
      grid.mark(
        [],
        refusalsFor(
          result.error,
          t,
          (path) => {
            const row = gridRows[Number(path[1])];
            return path[0] === 'rows' && row !== undefined ? { row, col: 1, label: columns[1]!.label } : null;
          },
          edits.map((e) => [e.row, e.col] as const),
          (row, c) => edits.find((e) => e.row === row && e.col === c)?.text ?? cell(row, c),
        ),
      );
  };
  return (
    <section className="editor-section" aria-labelledby={`plan-grid-${facts.clusterId}`}>
      <h2 id={`plan-grid-${facts.clusterId}`}>{t('resources.plan.gridTitle')}</h2>
      <GridBox rows={rows.length}>
        <DataGrid
          id={`plan-grid-${facts.clusterId}`}
          label={t('resources.plan.gridTitle')}
          columns={columns}
          rowCount={rows.length}
          cell={cell}
          editText={editText}
          messages={grid.messages}
          drafts={grid.drafts}
          onEdit={(edits) => void onEdit(edits)}
          readOnly={readOnly}
          rowClass={(row) => (rows[row]?.aboveplan ? 'above-plan' : undefined)}
        />
      </GridBox>
    </section>
  );
}

/** The zahlenmäßiger Nachweis: income by source and expenditure by category against plan, per year. */
function Statement({ facts, years }: { facts: ResourceFacts; years: readonly number[] }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const [only, setOnly] = useState<number | 'all'>('all');
  const statement: FinancialStatement = financialStatement({
    sources: facts.fundingSources,
    budgetLines: facts.budgetLines,
    expenditure: facts.expenditure,
    plan: facts.financingPlan,
    years: only === 'all' ? years : [only],
  });
  const money = (cents: number | null) =>
    cents === null ? '–' : formatCents(language, cents, { whole: true });
  const cells = (c: AmountCell) => [
    money(c.plannedCents),
    c.actualCents === null ? '–' : `${money(c.actualCents)}${c.complete ? '' : ' *'}`,
    c.deviationCents === null ? '–' : money(c.deviationCents),
  ];
  const line = <K,>(label: string, row: StatementRow<K>, className?: string) => (
    <tr className={className} key={`${label}-${String(row.key)}`}>
      <th scope="row">{label}</th>
      {[...row.years, ...(statement.years.length > 1 ? [row.total] : [])].flatMap((c, i) =>
        cells(c).map((text, j) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: cells are identified by their column
          <td key={`${i}-${j}`} className="num">
            {text}
          </td>
        )),
      )}
    </tr>
  );
  const headings = [
    ...statement.years.map(String),
    ...(statement.years.length > 1 ? [t('resources.statement.total')] : []),
  ];
  const span = headings.length * 3 + 1;
  const id = `statement-${facts.clusterId}`;
  return (
    <section className="editor-section" aria-labelledby={id}>
      <h2 id={id}>{t('resources.statement.title')}</h2>
      <p className="muted">{t('resources.statement.hint')}</p>
      <span className="inline-field">
        <label htmlFor={`${id}-years`}>{t('resources.statement.years')}</label>
        <select
          id={`${id}-years`}
          value={only}
          onChange={(e) => setOnly(e.target.value === 'all' ? 'all' : Number(e.target.value))}
        >
          <option value="all">{t('resources.statement.allYears')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </span>
      <ScrollRegion className="table-scroll" labelledBy={id}>
        <table className="grid resources-table statement-table" aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t('resources.statement.position')}
              </th>
              {headings.map((h) => (
                <th key={h} scope="colgroup" colSpan={3} className="num">
                  {h}
                </th>
              ))}
            </tr>
            <tr>
              {headings.flatMap((h) =>
                (
                  [
                    'resources.statement.plan',
                    'resources.statement.actual',
                    'resources.statement.deviation',
                  ] as const
                ).map((k) => (
                  <th key={`${h}-${k}`} scope="col" className="num">
                    {t(k)}
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            <tr className="group">
              <th scope="rowgroup" colSpan={span}>
                {t('resources.statement.income')}
              </th>
            </tr>
            {statement.income.sources.filter((s) => s.isPublic).map((s) => line(s.name, s))}
            {line(t('resources.statement.publicTotal'), statement.income.publicTotal, 'subtotal')}
            {statement.income.sources.filter((s) => !s.isPublic).map((s) => line(s.name, s))}
            {line(t('resources.statement.privateTotal'), statement.income.privateTotal, 'subtotal')}
            {line(t('resources.statement.incomeTotal'), statement.income.total, 'total')}
            <tr className="group">
              <th scope="rowgroup" colSpan={span}>
                {t('resources.statement.expenditure')}
              </th>
            </tr>
            {statement.expenditure.categories.map((c) =>
              line(t(`resources.expenditureCategory.${c.key}` as MessageKey), c),
            )}
            {line(t('resources.statement.expenditureTotal'), statement.expenditure.total, 'total')}
            {line(t('resources.statement.balance'), statement.balance, 'total balance')}
            <tr className="shares">
              <th scope="row">{t('resources.statement.shares')}</th>
              {statement.shares.map((s) => (
                <td key={s.year} colSpan={3} className="num">
                  {t('resources.statement.sharesCell', {
                    plan: s.planPublicShareBp === null ? '–' : formatShare(language, s.planPublicShareBp),
                    actual:
                      s.actualPublicShareBp === null ? '–' : formatShare(language, s.actualPublicShareBp),
                  })}
                </td>
              ))}
              {statement.years.length > 1 && <td colSpan={3} />}
            </tr>
          </tbody>
        </table>
      </ScrollRegion>
      <p className="muted">{t('resources.statement.footnote')}</p>
    </section>
  );
}
