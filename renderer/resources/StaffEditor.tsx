// The cluster management's staff: people or positions with role, FTE and the period they hold
// it, in a grid (a new row at the end; clearing a whole row removes the position). The derived
// indicator "management FTE" reads them. Beside: FTE by role today (specialisation) and the
// average FTE per year by role, against the survey's averages (2.5 FTE; Germany 1.5).
import { useMemo, useState } from 'react';
import type { ResourceFacts, StaffFact } from '../../shared/contract/resources.ts';
import { formatDate, formatNumber, parseDateInput, parseNumber } from '../../shared/i18n/i18n.ts';
import { fteAt, fteByRole, fteByYear, surveyStaffFigures } from '../../shared/resources/staff.ts';
import { localToday } from '../../shared/time/today.ts';
import { type CellEdit, cellKey, DataGrid, type GridColumn } from '../base/DataGrid.tsx';
import { useT } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { FteChart } from './charts.tsx';
import { GridBox, strategyYears, useResourceFacts } from './common.tsx';
import { type Refusal, refusalsFor, useGridState } from './grid-state.ts';
import { usePending } from './pending.ts';
import './resources.css';

type Texts = { name: string; role: string; fte: string; startOn: string; endOn: string };
const keys: readonly (keyof Texts)[] = ['name', 'role', 'fte', 'startOn', 'endOn'];

export function StaffEditor({ clusterId }: { clusterId: number }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const facts = useResourceFacts(clusterId);
  const today = localToday();
  return (
    <div className="monitoring-editor resources-editor staff-editor" data-ready={facts ? 'true' : undefined}>
      <header className="monitoring-header">
        <h1>{t('resources.staff.title')}</h1>
      </header>
      {!facts ? (
        <p className="muted">{t('editor.loading')}</p>
      ) : (
        <>
          <p className="resources-summary" role="status">
            {t('resources.staff.summary', {
              fte: formatNumber(language, fteAt(facts.staff, today), { maximumFractionDigits: 2 }),
              positions: facts.staff.filter(
                (s) => s.startOn <= today && (s.endOn === null || s.endOn >= today),
              ).length,
              average: formatNumber(language, surveyStaffFigures.average),
              germany: formatNumber(language, surveyStaffFigures.germany),
            })}
          </p>
          <p className="muted">{t('resources.staff.hint')}</p>
          <StaffGrid facts={facts} />
          <ByRole facts={facts} today={today} />
          <section className="editor-section" aria-labelledby={`fte-chart-${clusterId}`}>
            <h2 id={`fte-chart-${clusterId}`}>{t('resources.staff.chartTitle')}</h2>
            <FteOverYears facts={facts} />
          </section>
        </>
      )}
    </div>
  );
}

function StaffGrid({ facts }: { facts: ResourceFacts }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const grid = useGridState();
  const [pending, setPending] = useState<readonly Partial<Texts>[]>([]);
  const staff = facts.staff;
  const columns: GridColumn[] = [
    { key: 'name', label: t('resources.staff.name'), width: 220, editable: () => !readOnly },
    { key: 'role', label: t('resources.staff.role'), width: 260, editable: () => !readOnly },
    { key: 'fte', label: t('resources.staff.fte'), width: 90, align: 'end', editable: () => !readOnly },
    { key: 'startOn', label: t('resources.staff.from'), width: 120, editable: () => !readOnly },
    { key: 'endOn', label: t('resources.staff.until'), width: 120, editable: () => !readOnly },
  ];
  type Stored = Pick<StaffFact, 'name' | 'role' | 'fte' | 'startOn' | 'endOn'>;
  const written = usePending<Stored>((id) => staff.find((s) => String(s.id) === id), facts);
  const textsOf = (row: number): Texts => {
    const s: Stored | undefined = staff[row] && written.merged(String(staff[row].id), staff[row]);
    if (!s) return { name: '', role: '', fte: '', startOn: '', endOn: '', ...pending[row - staff.length] };
    return {
      name: s.name,
      role: s.role,
      fte: formatNumber(language, s.fte, { maximumFractionDigits: 2 }),
      startOn: formatDate(language, s.startOn),
      endOn: s.endOn === null ? '' : formatDate(language, s.endOn),
    };
  };
  const cell = (row: number, c: number) => textsOf(row)[keys[c]!];

  const onEdit = async (edits: readonly CellEdit[]) => {
    const refused = new Map<string, Refusal>();
    const cleared: string[] = [];
    const byRow = new Map<number, CellEdit[]>();
    for (const e of edits) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
    const rows: {
      id: number | null;
      name: string;
      role: string;
      fte: number;
      startOn: string;
      endOn: string | null;
    }[] = [];
    const gridRows: number[] = [];
    const remove: number[] = [];
    const nextPending = [...pending];
    const saved = new Set<number>();
    for (const [row, rowEdits] of byRow) {
      const texts = textsOf(row);
      for (const e of rowEdits) {
        texts[keys[e.col]!] = e.text;
        cleared.push(cellKey(row, e.col));
      }
      const existing = staff[row];
      const empty = keys.every((k) => texts[k].trim() === '');
      if (!existing) nextPending[row - staff.length] = texts;
      if (empty) {
        if (existing) remove.push(existing.id);
        continue;
      }
      const refuse = (key: keyof Texts, message: string) =>
        refused.set(cellKey(row, keys.indexOf(key)), { text: texts[key], message });
      const label = (key: keyof Texts) => columns[keys.indexOf(key)]!.label;
      const fte = texts.fte.trim() === '' ? Number.NaN : parseNumber(language, texts.fte);
      const startOn = texts.startOn.trim() === '' ? null : parseDateInput(language, texts.startOn);
      const endOn = texts.endOn.trim() === '' ? null : parseDateInput(language, texts.endOn);
      const complete = texts.role.trim() !== '' && texts.fte.trim() !== '' && texts.startOn.trim() !== '';
      if (!existing && !complete) continue; // a new row is saved once role, FTE and start are there
      if (texts.role.trim() === '') refuse('role', t('error.validation.required', { field: label('role') }));
      if (Number.isNaN(fte)) refuse('fte', t('error.validation.notANumber', { field: label('fte') }));
      else if (fte <= 0 || fte > 10) refuse('fte', t('resources.staff.fteRange'));
      if (startOn === null) refuse('startOn', t('measurements.error.date'));
      if (texts.endOn.trim() !== '' && endOn === null) refuse('endOn', t('measurements.error.date'));
      else if (endOn !== null && startOn !== null && endOn < startOn)
        refuse('endOn', t('resources.staff.endBeforeStart'));
      if ([...refused.keys()].some((k) => k.startsWith(`${row}:`)) || startOn === null) continue;
      rows.push({
        id: existing?.id ?? null,
        name: texts.name.trim(),
        role: texts.role.trim(),
        fte,
        startOn,
        endOn,
      });
      gridRows.push(row);
      if (!existing) saved.add(row - staff.length);
    }
    grid.mark(cleared, refused);
    const compact = (drop: ReadonlySet<number>) =>
      nextPending.filter(
        (p, i) => p !== undefined && !drop.has(i) && keys.some((k) => (p[k] ?? '').trim() !== ''),
      );
    if (rows.length === 0 && remove.length === 0) {
      setPending(compact(new Set()));
      return;
    }
    const overlay = rows.flatMap((r) => {
      const { id, ...values } = r;
      return id === null ? [] : [[String(id), values] as const];
    });
    written.add(overlay);
    const result = await client().call('resources.saveStaff', { clusterId: facts.clusterId, rows, remove });
    if (!result.ok) written.drop(overlay.map(([key]) => key));
    setPending(compact(result.ok ? saved : new Set()));
    if (!result.ok) {
      const fields: Record<string, keyof Texts> = {
        name: 'name',
        role: 'role',
        fte: 'fte',
        startOn: 'startOn',
        endOn: 'endOn',
        id: 'role',
      };
      grid.mark(
        [],
        refusalsFor(
          result.error,
          t,
          (path) => {
            const row = gridRows[Number(path[1])];
            const key = fields[String(path[2])];
            return path[0] === 'rows' && row !== undefined && key
              ? { row, col: keys.indexOf(key), label: columns[keys.indexOf(key)]!.label }
              : null;
          },
          edits.map((e) => [e.row, e.col] as const),
          (row, c) => edits.find((e) => e.row === row && e.col === c)?.text ?? cell(row, c),
        ),
      );
    }
  };
  return (
    <section className="editor-section" aria-labelledby={`staff-grid-${facts.clusterId}`}>
      <h2 id={`staff-grid-${facts.clusterId}`}>{t('resources.staff.gridTitle')}</h2>
      <GridBox rows={staff.length + pending.length + 1}>
        <DataGrid
          id={`staff-grid-${facts.clusterId}`}
          label={t('resources.staff.gridTitle')}
          columns={columns}
          rowCount={staff.length + pending.length + 1}
          cell={cell}
          messages={grid.messages}
          drafts={grid.drafts}
          onEdit={(edits) => void onEdit(edits)}
          readOnly={readOnly}
          rowClass={(row) =>
            row >= staff.length
              ? 'new-row'
              : staff[row]!.endOn !== null && staff[row]!.endOn! < localToday()
                ? 'ended-row'
                : undefined
          }
        />
      </GridBox>
    </section>
  );
}

function ByRole({ facts, today }: { facts: ResourceFacts; today: string }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const roles = fteByRole(facts.staff, today);
  const total = roles.reduce((s, r) => s + r.fte, 0);
  if (roles.length === 0) return null;
  return (
    <table
      className="grid resources-table"
      aria-label={t('resources.staff.byRoleTitle', { date: formatDate(language, today) })}
    >
      <caption>{t('resources.staff.byRoleTitle', { date: formatDate(language, today) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('resources.staff.role')}</th>
          <th scope="col" className="num">
            {t('resources.staff.people')}
          </th>
          <th scope="col" className="num">
            {t('resources.staff.fte')}
          </th>
          <th scope="col" className="num">
            {t('resources.staff.shareOfFte')}
          </th>
        </tr>
      </thead>
      <tbody>
        {roles.map((r) => (
          <tr key={r.role}>
            <th scope="row">{r.role}</th>
            <td className="num">{r.people}</td>
            <td className="num">{formatNumber(language, r.fte, { maximumFractionDigits: 2 })}</td>
            <td className="num">
              {formatNumber(language, r.fte / total, { style: 'percent', maximumFractionDigits: 0 })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FteOverYears({ facts }: { facts: ResourceFacts }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const years = useMemo(() => {
    const fromStrategy = strategyYears(facts);
    const fromStaff = facts.staff.map((s) => Number(s.startOn.slice(0, 4)));
    const first = Math.min(...fromStrategy, ...fromStaff);
    const last = Math.max(...fromStrategy, ...fromStaff, Number(localToday().slice(0, 4)));
    return Number.isFinite(first)
      ? Array.from(
          { length: Math.min(15, last - first + 1) },
          (_, i) => last - Math.min(14, last - first) + i,
        )
      : [];
  }, [facts]);
  if (facts.staff.length === 0) return <p className="muted">{t('resources.staff.none')}</p>;
  return (
    <FteChart
      years={fteByYear(facts.staff, years)}
      references={[
        { value: surveyStaffFigures.average, label: t('resources.staff.refAverage') },
        { value: surveyStaffFigures.germany, label: t('resources.staff.refGermany') },
      ]}
      language={language}
      t={t}
    />
  );
}
