// What each editor shows: the fields of an entity in order, with the widget to edit each. Labels
// come from the catalogues ('field.<name>'), enum choices from 'option.<group>.<value>'.
import { enums } from '../../shared/contract/entities.ts';
import type { EditableEntity } from '../../shared/contract/schemas.ts';
import type { MessageKey } from '../../shared/i18n/i18n.ts';

export type Widget =
  | { readonly type: 'text' }
  | { readonly type: 'textarea' }
  | { readonly type: 'number'; readonly integer?: boolean }
  | { readonly type: 'date' }
  | { readonly type: 'lines' }
  | { readonly type: 'enum'; readonly group: string; readonly values: readonly string[] }
  | { readonly type: 'reference'; readonly source: 'strategicGoals' | 'goalsOfStrategy' | 'fieldsOfAction' };

export interface FieldSpec {
  readonly field: string;
  readonly widget: Widget;
  /** May be left empty (null). */
  readonly optional?: boolean;
  /** Shown only when the draft's other fields call for it (e.g. a band only for band indicators). */
  readonly shownWhen?: (draft: Readonly<Record<string, string>>) => boolean;
}

const when = (field: string, value: string) => (draft: Readonly<Record<string, string>>) =>
  draft[field] === value;

export type FormKind = EditableEntity | 'cluster';

export interface FormSpec {
  readonly title: MessageKey;
  readonly kindLabel: MessageKey;
  readonly plural: string;
  readonly table: string;
  readonly fields: readonly FieldSpec[];
}

const text = { type: 'text' } as const;
const area = { type: 'textarea' } as const;
const date = { type: 'date' } as const;
const number = { type: 'number' } as const;
const enumOf = (group: string, values: readonly string[]) => ({ type: 'enum', group, values }) as const;

export const forms: Record<FormKind, FormSpec> = {
  cluster: {
    title: 'cluster.editor.title',
    kindLabel: 'entity.cluster',
    plural: 'clusters',
    table: 'cluster',
    fields: [
      { field: 'name', widget: text },
      { field: 'region', widget: text },
      { field: 'country', widget: text },
      {
        field: 'sectorGroup',
        widget: enumOf('sectorGroup', ['hightech', 'growth', 'ict', 'mature', 'other']),
        optional: true,
      },
      {
        field: 'lifeCycleStage',
        widget: enumOf('lifeCycleStage', ['emerging', 'developing', 'mature', 'transforming']),
        optional: true,
      },
      { field: 'foundingYear', widget: { type: 'number', integer: true }, optional: true },
      { field: 'hostOrganisation', widget: text },
      { field: 'legalForm', widget: text },
      { field: 'regionalStrengths', widget: { type: 'lines' } },
      { field: 'description', widget: area },
    ],
  },
  strategy: {
    title: 'entity.strategy',
    kindLabel: 'entity.strategy',
    plural: 'strategies',
    table: 'strategy',
    fields: [
      { field: 'title', widget: text },
      { field: 'periodStart', widget: date },
      { field: 'periodEnd', widget: date },
      { field: 'vision', widget: area },
      { field: 'mission', widget: area },
    ],
  },
  goal: {
    title: 'entity.goal',
    kindLabel: 'entity.goal',
    plural: 'goals',
    table: 'goal',
    fields: [
      { field: 'title', widget: text },
      { field: 'parentId', widget: { type: 'reference', source: 'strategicGoals' }, optional: true },
      { field: 'fieldOfActionId', widget: { type: 'reference', source: 'fieldsOfAction' }, optional: true },
      {
        field: 'perspective',
        widget: enumOf('perspective', [
          'members_region',
          'finance',
          'processes_services',
          'learning_development',
        ]),
        optional: true,
      },
      { field: 'owner', widget: text },
      { field: 'priority', widget: enumOf('priority', ['1', '2', '3']), optional: true },
      { field: 'description', widget: area },
      { field: 'rationale', widget: area },
    ],
  },
  indicator: {
    title: 'entity.indicator',
    kindLabel: 'entity.indicator',
    plural: 'indicators',
    table: 'indicator',
    fields: [
      { field: 'name', widget: text },
      { field: 'definition', widget: area },
      { field: 'unit', widget: text },
      { field: 'kind', widget: enumOf('kind', ['input', 'output', 'outcome', 'impact']) },
      { field: 'direction', widget: enumOf('direction', ['increase', 'decrease', 'band']) },
      { field: 'bandLow', widget: number, optional: true, shownWhen: when('direction', 'band') },
      { field: 'bandHigh', widget: number, optional: true, shownWhen: when('direction', 'band') },
      { field: 'aggregation', widget: enumOf('aggregation', ['periodic', 'cumulative']) },
      { field: 'frequency', widget: enumOf('frequency', ['monthly', 'quarterly', 'half_yearly', 'yearly']) },
      { field: 'baselineDate', widget: date, optional: true },
      { field: 'baselineValue', widget: number, optional: true },
      { field: 'toleranceAtRisk', widget: number },
      { field: 'toleranceOffTrack', widget: number },
      { field: 'dataSource', widget: text },
      { field: 'owner', widget: text },
      {
        field: 'derived',
        widget: enumOf('derived', enums.derived.options),
        optional: true,
      },
    ],
  },
  milestone: {
    title: 'entity.milestone',
    kindLabel: 'entity.milestone',
    plural: 'milestones',
    table: 'milestone',
    fields: [
      { field: 'title', widget: text },
      { field: 'dueDate', widget: date },
      { field: 'goalId', widget: { type: 'reference', source: 'goalsOfStrategy' }, optional: true },
      { field: 'owner', widget: text },
      {
        field: 'status',
        widget: enumOf('status', ['planned', 'in_progress', 'done', 'delayed', 'cancelled']),
      },
      { field: 'completedOn', widget: date, optional: true, shownWhen: when('status', 'done') },
      { field: 'evidence', widget: area },
    ],
  },
  breakPoint: {
    title: 'entity.breakPoint',
    kindLabel: 'entity.breakPoint',
    plural: 'breakPoints',
    table: 'break_point',
    fields: [
      { field: 'title', widget: text },
      { field: 'kind', widget: enumOf('breakPointKind', ['rule', 'qualitative']) },
      { field: 'checkDate', widget: date },
      { field: 'criterion', widget: area, shownWhen: when('kind', 'qualitative') },
      {
        field: 'consequence',
        widget: enumOf('consequence', [
          'revise_strategy',
          'adjust_goals',
          'reduce_funding',
          'wind_down',
          'other',
        ]),
        optional: true,
      },
      { field: 'consequenceNote', widget: area },
    ],
  },
};
