// Imports for the resource views, with the rules of the measurement import (db/monitoring/import.ts,
// whose file reading and format detection this reuses): CSV or XLSX, German or English formats,
// columns guessed from the header, every row checked before anything is written, all or nothing.
//   budget           funding source, kind, year, planned, actual: income lines, or expenditure
//                    lines when the kind is an expenditure category
//   benchmark        field of action, intensity (1–5): a new benchmark set
//   labelIndicators  area, code, title, comparator, threshold, unit, weight, description
import {
  type ExpenditureCategory,
  expenditureCategories,
  type FundingCategory,
  fundingCategories,
  type LabelArea,
  type LabelComparator,
  labelAreas,
  type ResourceImportField,
  type ResourceImportIssueCode,
  type ResourceImportKind,
  type ResourceImportOptions,
  type ResourceImportPreview,
  requiredImportFields,
  resourceImportFields,
} from '../../shared/contract/resources.ts';
import type { MessageKey } from '../../shared/i18n/i18n.ts';
import { translate } from '../../shared/i18n/i18n.ts';
import { type Cell, detectDecimal, display, parseValue, type Table } from '../monitoring/import.ts';
import type { QueryRunner } from '../sqlite/query.ts';
import { builder } from '../sqlite/query.ts';
import { strategyYears, yearInStrategy } from './rules.ts';

const MAX_ISSUES = 200;
const SAMPLE_ROWS = 20;

/** Normalises a header or a cell naming a category: lower case, no units in brackets, no punctuation. */
export const normalise = (text: string) =>
  text
    .toLocaleLowerCase()
    .replace(/\(.*?\)|€|eur\b/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const headerNames: Record<ResourceImportField, readonly string[]> = {
  name: [
    'funding source',
    'source',
    'name',
    'finanzierungsquelle',
    'quelle',
    'mittelgeber',
    'fördermittelgeber',
    'position',
    'bezeichnung',
  ],
  kind: ['kind', 'category', 'type', 'art', 'kategorie', 'typ', 'mittelart'],
  year: ['year', 'jahr', 'haushaltsjahr'],
  planned: ['planned', 'plan', 'budget', 'soll', 'geplant', 'ansatz', 'planned amount', 'plan betrag'],
  actual: ['actual', 'ist', 'tatsächlich', 'actual amount', 'ist betrag'],
  field: ['field of action', 'field', 'handlungsfeld', 'activity', 'aktivität', 'tätigkeit'],
  intensity: ['intensity', 'intensität', 'value', 'wert', 'benchmark', 'mittelwert', 'mean'],
  area: ['area', 'bereich'],
  code: ['code', 'nr', 'no', 'number', 'nummer', 'kennung'],
  title: ['indicator', 'title', 'indikator', 'titel', 'criterion', 'kriterium', 'kennzahl'],
  comparator: ['comparator', 'comparison', 'operator', 'vergleich'],
  threshold: ['threshold', 'schwelle', 'schwellenwert', 'grenzwert', 'zielwert'],
  unit: ['unit', 'einheit'],
  weight: ['weight', 'gewicht', 'gewichtung'],
  description: ['description', 'beschreibung', 'definition', 'note', 'notiz', 'erläuterung'],
};

/** Columns per field guessed from the header; null when a required one is missing. */
export function guessResourceColumns(
  kind: ResourceImportKind,
  header: readonly Cell[],
): Record<string, number | null> | null {
  const names = header.map((h) => normalise(display(h)));
  const columns: Record<string, number | null> = {};
  const taken = new Set<number>();
  for (const field of resourceImportFields[kind]) {
    let found: number | null = null;
    for (const name of headerNames[field]) {
      const index = names.findIndex((n, i) => n === name && !taken.has(i));
      if (index !== -1) {
        found = index;
        break;
      }
    }
    if (found !== null) taken.add(found);
    columns[field] = found;
  }
  return requiredImportFields[kind].every((f) => columns[f] !== null) ? columns : null;
}

/** A lookup of translated names (both languages), keys and synonyms to a value. */
function vocabulary<T extends string>(
  values: readonly T[],
  labelKey: (value: T) => MessageKey,
  synonyms: Record<string, T> = {},
): Map<string, T> {
  const map = new Map<string, T>();
  for (const value of values) {
    map.set(normalise(value), value);
    map.set(normalise(value.replace(/_/g, ' ')), value);
    for (const language of ['de', 'en'] as const)
      map.set(normalise(translate(language, labelKey(value))), value);
  }
  for (const [word, value] of Object.entries(synonyms)) map.set(normalise(word), value);
  return map;
}

const fundingWords = vocabulary<FundingCategory>(fundingCategories, (c) => `resources.fundingCategory.${c}`, {
  eu: 'eu',
  efre: 'eu',
  erdf: 'eu',
  esf: 'eu',
  bund: 'national',
  bundesmittel: 'national',
  federal: 'national',
  land: 'state',
  landesmittel: 'state',
  kommune: 'municipal',
  kommunal: 'municipal',
  landkreis: 'municipal',
  beiträge: 'member_fees',
  mitgliedsbeiträge: 'member_fees',
  fees: 'member_fees',
  sponsoring: 'private_sponsors',
  sponsoren: 'private_sponsors',
  sponsorship: 'private_sponsors',
  projekterlöse: 'project_revenue',
  erlöse: 'project_revenue',
  revenue: 'project_revenue',
  sachleistungen: 'in_kind',
  'in kind': 'in_kind',
});
const expenditureWords = vocabulary<ExpenditureCategory>(
  expenditureCategories,
  (c) => `resources.expenditureCategory.${c}`,
  {
    personal: 'personnel',
    personalkosten: 'personnel',
    reisen: 'travel',
    reiseausgaben: 'travel',
    öffentlichkeitsarbeit: 'communication',
    marketing: 'communication',
    fremdleistungen: 'external_services',
    sachmittel: 'equipment',
    sachausgaben: 'equipment',
    ausstattung: 'equipment',
    verwaltungskosten: 'overheads',
    sonstiges: 'other',
    sonstige: 'other',
  },
);
const areaWords = vocabulary<LabelArea>(labelAreas, (a) => `resources.labelArea.${a}`, {
  struktur: 'structure',
  management: 'management',
  governance: 'management',
  finanzierung: 'financing',
  strategie: 'strategy_services',
  strategy: 'strategy_services',
  services: 'strategy_services',
  leistungen: 'strategy_services',
  erfolge: 'achievements',
  achievements: 'achievements',
  recognition: 'achievements',
  anerkennung: 'achievements',
});
const comparatorWords = new Map<string, LabelComparator>(
  Object.entries({
    '>=': 'ge',
    '≥': 'ge',
    ge: 'ge',
    min: 'ge',
    minimum: 'ge',
    'at least': 'ge',
    mindestens: 'ge',
    '<=': 'le',
    '≤': 'le',
    le: 'le',
    max: 'le',
    maximum: 'le',
    'at most': 'le',
    höchstens: 'le',
    yes: 'yes',
    ja: 'yes',
    'yes no': 'yes',
    'ja nein': 'yes',
  }),
);

function comparatorOf(cell: string): LabelComparator | null {
  const s = cell.trim().toLocaleLowerCase();
  return comparatorWords.get(s) ?? comparatorWords.get(normalise(s)) ?? null;
}

/** An amount cell in cents: null when empty, NaN when unreadable. Currency signs are ignored. */
function amountOf(cell: Cell, decimal: 'comma' | 'point'): number | null {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return null;
  const value = parseValue(typeof cell === 'string' ? cell.replace(/€|EUR/gi, '').trim() : cell, decimal);
  if (value === null) return Number.NaN;
  return Math.round(value * 100);
}

function yearOf(cell: Cell): number | null {
  const s = display(cell).trim();
  if (!/^\d{4}$/.test(s)) return null;
  const year = Number(s);
  return year >= 1900 && year <= 2200 ? year : null;
}

export interface IncomeValue {
  readonly row: number;
  readonly name: string;
  readonly category: FundingCategory;
  readonly year: number;
  readonly plannedCents: number;
  readonly actualCents: number | null;
}
export interface ExpenditureValue {
  readonly row: number;
  readonly category: ExpenditureCategory;
  readonly year: number;
  readonly plannedCents: number;
  readonly actualCents: number | null;
  readonly note: string;
}
export interface BenchmarkValue {
  readonly fieldOfActionId: number;
  readonly intensity: number;
}
export interface LabelIndicatorValue {
  readonly area: LabelArea;
  readonly code: string;
  readonly title: string;
  readonly comparator: LabelComparator;
  readonly threshold: number | null;
  readonly unit: string;
  readonly weight: number;
  readonly description: string;
}

export interface ResourceImportAnalysis {
  readonly preview: ResourceImportPreview;
  readonly income: IncomeValue[];
  readonly expenditure: ExpenditureValue[];
  readonly benchmark: BenchmarkValue[];
  readonly labelIndicators: LabelIndicatorValue[];
}

/** Checks every row of `table` for an import of `kind` into the cluster; writes nothing. */
export function analyseResourceImport(
  q: QueryRunner,
  clusterId: number,
  kind: ResourceImportKind,
  table: Table,
  options: ResourceImportOptions,
): ResourceImportAnalysis {
  const [headerRow, ...data] = table.rows;
  const header = (headerRow?.cells ?? []).map(display);
  const guessed = guessResourceColumns(kind, headerRow?.cells ?? []);
  const columns = options.columns
    ? Object.fromEntries(resourceImportFields[kind].map((f) => [f, options.columns?.[f] ?? null]))
    : guessed;
  const complete = columns !== null && requiredImportFields[kind].every((f) => columns[f] !== null);
  const col = (field: ResourceImportField) => (complete ? (columns[field] ?? null) : null);
  const numericFields: ResourceImportField[] = ['planned', 'actual', 'intensity', 'threshold', 'weight'];
  const numericCells = data.flatMap((r) =>
    numericFields.map((f) => col(f)).flatMap((c) => (c === null ? [] : [r.cells[c] ?? null])),
  );
  const decimal = options.decimal ?? detectDecimal(numericCells, table.delimiter);

  const issues: ResourceImportPreview['issues'] = [];
  let issueCount = 0;
  const issue = (row: number, field: ResourceImportField, code: ResourceImportIssueCode, cell: Cell) => {
    issueCount++;
    const column = col(field);
    if (issues.length < MAX_ISSUES)
      issues.push({
        row,
        column: column === null ? field : header[column] || `#${column + 1}`,
        code,
        value: display(cell).slice(0, 200),
      });
  };
  const cellOf = (cells: readonly Cell[], field: ResourceImportField): Cell => {
    const c = col(field);
    return c === null ? null : (cells[c] ?? null);
  };
  const textOf = (cells: readonly Cell[], field: ResourceImportField) => display(cellOf(cells, field)).trim();

  const income: IncomeValue[] = [];
  const expenditure: ExpenditureValue[] = [];
  const benchmark: BenchmarkValue[] = [];
  const labelIndicators: LabelIndicatorValue[] = [];
  let replaces = 0;

  if (complete) {
    const rows = data.filter(({ cells }) => !cells.every((c) => display(c).trim() === ''));
    if (kind === 'budget') {
      const ranges = strategyYears(q, clusterId);
      const sources = new Map(
        q
          .all(
            builder
              .selectFrom('funding_source')
              .select(['id', 'name', 'category'])
              .where('cluster_id', '=', clusterId),
          )
          .map((s) => [s.name.trim().toLocaleLowerCase(), s]),
      );
      const lines = new Set(
        q
          .all(
            builder
              .selectFrom('budget_line as l')
              .innerJoin('funding_source as s', 's.id', 'l.funding_source_id')
              .select(['s.id', 'l.year'])
              .where('s.cluster_id', '=', clusterId),
          )
          .map((l) => `${l.id}:${l.year}`),
      );
      const spending = new Set(
        q
          .all(
            builder
              .selectFrom('expenditure_line')
              .select(['category', 'year'])
              .where('cluster_id', '=', clusterId),
          )
          .map((e) => `${e.category}:${e.year}`),
      );
      const seen = new Set<string>();
      for (const { row, cells } of rows) {
        let ok = true;
        const kindText = textOf(cells, 'kind');
        const funding = fundingWords.get(normalise(kindText));
        const spendingCategory = funding ? undefined : expenditureWords.get(normalise(kindText));
        if (!funding && !spendingCategory) {
          issue(row, 'kind', kindText === '' ? 'empty' : 'kindUnknown', cellOf(cells, 'kind'));
          ok = false;
        }
        const year = yearOf(cellOf(cells, 'year'));
        if (year === null) {
          issue(row, 'year', textOf(cells, 'year') === '' ? 'empty' : 'yearInvalid', cellOf(cells, 'year'));
          ok = false;
        } else if (!yearInStrategy(ranges, year)) {
          issue(row, 'year', 'outsidePeriod', cellOf(cells, 'year'));
          ok = false;
        }
        const amounts = (['planned', 'actual'] as const).map((field) => {
          const cents = amountOf(cellOf(cells, field), decimal);
          if (cents !== null && Number.isNaN(cents)) {
            issue(row, field, 'amountInvalid', cellOf(cells, field));
            ok = false;
          } else if (cents !== null && cents < 0) {
            issue(row, field, 'amountNegative', cellOf(cells, field));
            ok = false;
          } else if (cents !== null && cents > 100_000_000_000_000) {
            issue(row, field, 'amountInvalid', cellOf(cells, field));
            ok = false;
          }
          return cents;
        });
        const [planned, actual] = amounts as [number | null, number | null];
        if (ok && planned === null && actual === null) {
          issue(row, col('planned') !== null ? 'planned' : 'actual', 'empty', null);
          ok = false;
        }
        const name = textOf(cells, 'name');
        if (funding) {
          if (name === '') {
            issue(row, 'name', 'nameRequired', cellOf(cells, 'name'));
            ok = false;
          } else if (name.length > 200) {
            issue(row, 'name', 'tooLong', cellOf(cells, 'name'));
            ok = false;
          } else {
            const stored = sources.get(name.toLocaleLowerCase());
            if (stored && stored.category !== funding) {
              issue(row, 'kind', 'kindMismatch', cellOf(cells, 'kind'));
              ok = false;
            }
          }
        }
        if (!ok || year === null) continue;
        const key = funding ? `i:${name.toLocaleLowerCase()}:${year}` : `e:${spendingCategory}:${year}`;
        if (seen.has(key)) {
          issue(row, funding ? 'name' : 'kind', 'duplicate', cellOf(cells, funding ? 'name' : 'kind'));
          continue;
        }
        seen.add(key);
        if (funding) {
          const stored = sources.get(name.toLocaleLowerCase());
          if (stored && lines.has(`${stored.id}:${year}`)) replaces++;
          income.push({
            row,
            name,
            category: funding,
            year,
            plannedCents: planned ?? 0,
            actualCents: actual,
          });
        } else {
          if (spending.has(`${spendingCategory}:${year}`)) replaces++;
          expenditure.push({
            row,
            category: spendingCategory!,
            year,
            plannedCents: planned ?? 0,
            actualCents: actual,
            note: name.slice(0, 2000),
          });
        }
      }
    } else if (kind === 'benchmark') {
      const fields = q.all(builder.selectFrom('field_of_action').select(['id', 'key', 'name']));
      const byWord = new Map<string, number>();
      for (const f of fields) {
        byWord.set(normalise(f.name), f.id);
        if (f.key) {
          byWord.set(normalise(f.key), f.id);
          byWord.set(normalise(f.key.replace(/_/g, ' ')), f.id);
          for (const language of ['de', 'en'] as const)
            byWord.set(normalise(translate(language, `option.fieldOfAction.${f.key}` as MessageKey)), f.id);
        }
      }
      byWord.delete('');
      const seen = new Set<number>();
      for (const { row, cells } of rows) {
        const fieldText = textOf(cells, 'field');
        const fieldId = byWord.get(normalise(fieldText));
        const value = parseValue(cellOf(cells, 'intensity'), decimal);
        let ok = true;
        if (fieldId === undefined) {
          issue(row, 'field', fieldText === '' ? 'empty' : 'fieldUnknown', cellOf(cells, 'field'));
          ok = false;
        }
        if (value === null || value < 1 || value > 5) {
          issue(
            row,
            'intensity',
            textOf(cells, 'intensity') === '' ? 'empty' : 'intensityInvalid',
            cellOf(cells, 'intensity'),
          );
          ok = false;
        }
        if (!ok || fieldId === undefined || value === null) continue;
        if (seen.has(fieldId)) {
          issue(row, 'field', 'duplicate', cellOf(cells, 'field'));
          continue;
        }
        seen.add(fieldId);
        benchmark.push({ fieldOfActionId: fieldId, intensity: Math.round(value * 100) / 100 });
      }
    } else {
      const titles = new Set(
        q
          .all(builder.selectFrom('label_indicator').select('title').where('cluster_id', '=', clusterId))
          .map((i) => i.title.trim().toLocaleLowerCase()),
      );
      const seen = new Set<string>();
      for (const { row, cells } of rows) {
        let ok = true;
        const areaText = textOf(cells, 'area');
        const area = areaWords.get(normalise(areaText));
        if (!area) {
          issue(row, 'area', areaText === '' ? 'empty' : 'areaUnknown', cellOf(cells, 'area'));
          ok = false;
        }
        const title = textOf(cells, 'title');
        if (title === '') {
          issue(row, 'title', 'empty', cellOf(cells, 'title'));
          ok = false;
        } else if (title.length > 300) {
          issue(row, 'title', 'tooLong', cellOf(cells, 'title'));
          ok = false;
        }
        const thresholdText = textOf(cells, 'threshold');
        const threshold = thresholdText === '' ? null : parseValue(cellOf(cells, 'threshold'), decimal);
        if (thresholdText !== '' && threshold === null) {
          issue(row, 'threshold', 'thresholdInvalid', cellOf(cells, 'threshold'));
          ok = false;
        }
        const comparatorText = textOf(cells, 'comparator');
        const comparator =
          comparatorText === '' ? (threshold === null ? 'yes' : 'ge') : comparatorOf(comparatorText);
        if (comparator === null) {
          issue(row, 'comparator', 'comparatorUnknown', cellOf(cells, 'comparator'));
          ok = false;
        } else if (comparator !== 'yes' && threshold === null && thresholdText === '') {
          issue(row, 'threshold', 'empty', cellOf(cells, 'threshold'));
          ok = false;
        }
        const weightText = textOf(cells, 'weight');
        const weight = weightText === '' ? 1 : parseValue(cellOf(cells, 'weight'), decimal);
        if (weight === null || weight <= 0 || weight > 100) {
          issue(row, 'weight', 'weightInvalid', cellOf(cells, 'weight'));
          ok = false;
        }
        const code = textOf(cells, 'code');
        const unit = textOf(cells, 'unit');
        const description = textOf(cells, 'description');
        if (code.length > 20) {
          issue(row, 'code', 'tooLong', cellOf(cells, 'code'));
          ok = false;
        }
        if (unit.length > 40) {
          issue(row, 'unit', 'tooLong', cellOf(cells, 'unit'));
          ok = false;
        }
        if (!ok || !area || comparator === null || weight === null) continue;
        const key = title.toLocaleLowerCase();
        if (seen.has(key)) {
          issue(row, 'title', 'duplicate', cellOf(cells, 'title'));
          continue;
        }
        seen.add(key);
        if (titles.has(key)) replaces++;
        labelIndicators.push({
          area,
          code,
          title,
          comparator,
          threshold: comparator === 'yes' ? null : threshold,
          unit,
          weight,
          description: description.slice(0, 2000),
        });
      }
    }
  }
  const valid = income.length + expenditure.length + benchmark.length + labelIndicators.length;
  return {
    preview: {
      kind,
      format: table.format,
      header,
      delimiter: table.delimiter,
      decimal,
      encoding: table.encoding,
      columns: complete ? columns : null,
      sample: data.slice(0, SAMPLE_ROWS).map((r) => ({ row: r.row, cells: r.cells.map(display) })),
      rows: data.length,
      valid,
      replaces,
      issues,
      moreIssues: issueCount - issues.length,
    },
    income,
    expenditure,
    benchmark,
    labelIndicators,
  };
}
