// What the resource editors share: the cluster's facts (reloaded when anything they show
// changes), the strategy's years, the year picker, and reading categories and intensities typed
// in either language.
import { type CSSProperties, type ReactNode, useId } from 'react';
import {
  type ExpenditureCategory,
  expenditureCategories,
  type FundingCategory,
  fundingCategories,
  type ResourceFacts,
} from '../../shared/contract/resources.ts';
import { type MessageKey, translate } from '../../shared/i18n/i18n.ts';
import { localToday } from '../../shared/time/today.ts';
import { useCall } from '../base/use-call.ts';
import type { Translate } from '../i18n/useT.ts';
import { useChanges } from '../stores/changes.ts';

/** Tables whose changes the resource views show. */
const watched = [
  'cluster',
  'strategy',
  'staff',
  'funding_source',
  'budget_line',
  'expenditure_line',
  'financing_plan',
  'activity_plan',
  'field_of_action',
  'event',
  'actor',
  'endorsement',
  'commitment',
  'benchmark_set',
  'benchmark_value',
  'activity_benchmark_choice',
  'label_indicator',
  'label_assessment',
  'label_result',
];

export function useResourceFacts(clusterId: number): ResourceFacts | null {
  const version = useChanges((s) => watched.map((t) => s.versions[t] ?? 0).join());
  return useCall('resources.facts', { clusterId }, { reload: version }).data;
}

/** Every calendar year of the cluster's strategies, oldest first. */
export function strategyYears(facts: Pick<ResourceFacts, 'strategies'>): number[] {
  const years = new Set<number>();
  for (const s of facts.strategies)
    for (let y = Number(s.periodStart.slice(0, 4)); y <= Number(s.periodEnd.slice(0, 4)); y++) years.add(y);
  return [...years].sort((a, b) => a - b);
}

/** This year when the strategy covers it, else the strategy's last (or first) year. */
export function defaultYear(years: readonly number[]): number | null {
  const now = Number(localToday().slice(0, 4));
  if (years.includes(now)) return now;
  return years.filter((y) => y < now).at(-1) ?? years[0] ?? null;
}

export function YearSelect({
  years,
  value,
  onChange,
  label,
}: {
  years: readonly number[];
  value: number | null;
  onChange: (year: number) => void;
  label: string;
}) {
  const id = useId();
  return (
    <span className="inline-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </span>
  );
}

const normal = (s: string) =>
  s
    .trim()
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Reads a category typed or pasted as its name in either language or its key; a unique prefix will do. */
function categoryReader<T extends string>(values: readonly T[], key: (v: T) => MessageKey) {
  const names = values.flatMap((v) =>
    [v, v.replace(/_/g, ' '), translate('de', key(v)), translate('en', key(v))].map(
      (n) => [normal(n), v] as const,
    ),
  );
  return (text: string): T | null => {
    const s = normal(text);
    if (s === '') return null;
    const exact = names.find(([n]) => n === s);
    if (exact) return exact[1];
    const matches = new Set(names.filter(([n]) => n.startsWith(s)).map(([, v]) => v));
    return matches.size === 1 ? [...matches][0]! : null;
  };
}

export const readFundingCategory = categoryReader<FundingCategory>(
  fundingCategories,
  (c) => `resources.fundingCategory.${c}`,
);
export const readExpenditureCategory = categoryReader<ExpenditureCategory>(
  expenditureCategories,
  (c) => `resources.expenditureCategory.${c}`,
);

/** An intensity typed as 1–5 or as its word ("täglich", "daily"); NaN for anything else. */
export function readIntensity(text: string): number {
  const s = normal(text);
  if (/^[1-5]$/.test(s)) return Number(s);
  for (const level of [1, 2, 3, 4, 5])
    for (const language of ['de', 'en'] as const)
      if (normal(translate(language, `resources.intensity.${level}` as MessageKey)) === s) return level;
  return Number.NaN;
}

/** "4 – regularly" */
export const intensityText = (t: Translate, level: number) =>
  `${level} – ${t(`resources.intensity.${level}` as MessageKey)}`;

/** A field of action's name: the catalogue's translation, or the name the user gave it. */
export function fieldName(t: Translate, field: { key: string | null; name: string }): string {
  return field.key ? t(`option.fieldOfAction.${field.key}` as MessageKey) : field.name;
}

/** A benchmark set's name: translated for the built-in sets. */
export function benchmarkName(t: Translate, set: { key: string | null; name: string }): string {
  return set.key ? t(`resources.benchmark.builtin.${set.key}` as MessageKey) : set.name;
}

/** Sizes a grid to show `rows` rows (up to the stylesheet's limit) instead of filling the editor. */
export function GridBox({ rows, children }: { rows: number; children: ReactNode }) {
  return (
    <div className="grid-fit" style={{ '--rows': Math.max(3, rows) } as CSSProperties}>
      {children}
    </div>
  );
}
