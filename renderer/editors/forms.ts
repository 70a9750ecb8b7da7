// What each editor shows: the fields of an entity in order. Field names are the entity's own
// (shared/contract/entities.ts, checked by the compiler), and each field's widget, whether it may
// be left empty and its choices come from the field's schema there — no copied lists. Labels come
// from the catalogues ('field.<name>'), choices from 'option.<group>.<value>'.
import { z } from 'zod';
import { type Entities, entities } from '../../shared/contract/entities.ts';
import type { EditableEntity } from '../../shared/contract/schemas.ts';
import type { MessageKey } from '../../shared/i18n/i18n.ts';

export type Widget =
  | { readonly type: 'text' }
  | { readonly type: 'textarea' }
  | {
      readonly type: 'number';
      readonly integer: boolean;
      /** A share stored as a fraction (0.05), shown and typed as a percentage (5 %). */
      readonly percent?: boolean;
    }
  | { readonly type: 'date' }
  | { readonly type: 'lines' }
  /** A colour as #rrggbb (a report's accent). */
  | { readonly type: 'colour' }
  | {
      readonly type: 'enum';
      readonly group: string;
      readonly values: readonly string[];
      /** The choices stand for numbers (an integer range). */
      readonly numeric?: boolean;
    }
  | { readonly type: 'reference'; readonly source: ReferenceSource };

export type ReferenceSource = 'strategicGoals' | 'goalsOfStrategy' | 'fieldsOfAction';

export type FormKind = EditableEntity | 'cluster';
export type FieldName<K extends FormKind> = K extends FormKind ? keyof Entities[K]['fields'] & string : never;

export interface FieldSpec<K extends FormKind = FormKind> {
  readonly field: FieldName<K>;
  readonly widget: Widget;
  /** May be left empty (null): the field's schema is nullable. */
  readonly optional: boolean;
  /** Shown only when the draft's other fields call for it (e.g. a band only for band indicators). */
  readonly shownWhen?: (draft: Readonly<Record<string, string>>) => boolean;
}

export interface FormSpec<K extends FormKind = FormKind> {
  readonly title: MessageKey;
  readonly kindLabel: MessageKey;
  readonly plural: Entities[K]['plural'];
  readonly table: Entities[K]['table'];
  readonly fields: readonly FieldSpec<K>[];
}

/** A text longer than this is edited in a multi-line box. */
const LONG_TEXT = 1000;
/** An integer with at most this many values is chosen from a list (a goal's priority 1–3). */
const MAX_CHOICES = 10;

function unwrap(schema: z.ZodType): { inner: z.ZodType; nullable: boolean } {
  let inner = schema;
  let nullable = false;
  for (;;) {
    if (inner instanceof z.ZodDefault) inner = inner.def.innerType as z.ZodType;
    else if (inner instanceof z.ZodNullable) {
      nullable = true;
      inner = inner.def.innerType as z.ZodType;
    } else return { inner, nullable };
  }
}

/** A number field's bounds from its schema (null where it has none). */
export function numberBounds(kind: FormKind, name: string): { min: number | null; max: number | null } {
  const schema = (entities[kind].fields as Record<string, z.ZodType>)[name];
  const { inner } = schema ? unwrap(schema) : { inner: null };
  return inner instanceof z.ZodNumber
    ? { min: inner.minValue, max: inner.maxValue }
    : { min: null, max: null };
}

/** The widget a field's schema calls for; `group` names its choices in the catalogues. */
export function widgetOf(schema: z.ZodType, group: string): Widget {
  const { inner } = unwrap(schema);
  if (inner instanceof z.ZodEnum) return { type: 'enum', group, values: inner.options.map(String) };
  if (inner instanceof z.ZodISODate) return { type: 'date' };
  if (inner instanceof z.ZodArray) return { type: 'lines' };
  if (inner instanceof z.ZodNumber) {
    const { minValue, maxValue, isInt } = inner;
    if (isInt && minValue !== null && maxValue !== null && maxValue - minValue < MAX_CHOICES) {
      const values = Array.from({ length: maxValue - minValue + 1 }, (_, i) => String(minValue + i));
      return { type: 'enum', group, values, numeric: true };
    }
    return { type: 'number', integer: isInt };
  }
  if (inner instanceof z.ZodString && (inner.maxLength ?? 0) > LONG_TEXT) return { type: 'textarea' };
  return { type: 'text' };
}

interface FieldOptions<K extends FormKind> {
  /** Ids of other items: where the choices come from. */
  readonly reference?: ReferenceSource;
  /** The catalogue group of the choices, when it is not the field's name. */
  readonly group?: string;
  readonly shownWhen?: FieldSpec<K>['shownWhen'];
  /** A widget other than the schema calls for. */
  readonly widget?: Widget;
}

function field<K extends FormKind>(kind: K, name: FieldName<K>, options: FieldOptions<K> = {}): FieldSpec<K> {
  const schema = (entities[kind].fields as Record<string, z.ZodType>)[name]!;
  return {
    field: name,
    widget:
      options.widget ??
      (options.reference
        ? { type: 'reference', source: options.reference }
        : widgetOf(schema, options.group ?? name)),
    optional: unwrap(schema).nullable,
    ...(options.shownWhen ? { shownWhen: options.shownWhen } : {}),
  };
}

/** Shown while another field of the draft holds one of its values. */
function when<K extends FormKind>(_kind: K, name: FieldName<K>, value: string) {
  return (draft: Readonly<Record<string, string>>) => draft[name] === value;
}

function form<K extends FormKind>(
  kind: K,
  labels: { title: MessageKey; kindLabel: MessageKey },
  fields: readonly (FieldName<K> | FieldSpec<K>)[],
): FormSpec<K> {
  return {
    ...labels,
    plural: entities[kind].plural,
    table: entities[kind].table,
    fields: fields.map((f) => (typeof f === 'string' ? field(kind, f) : f)),
  };
}

export const forms: { readonly [K in FormKind]: FormSpec<K> } = {
  cluster: form('cluster', { title: 'cluster.editor.title', kindLabel: 'entity.cluster' }, [
    'name',
    'region',
    'country',
    'sectorGroup',
    'lifeCycleStage',
    'foundingYear',
    'hostOrganisation',
    'legalForm',
    'regionalStrengths',
    'description',
    field('cluster', 'reportAccent', { widget: { type: 'colour' } }),
    'reportFooter',
  ]),
  strategy: form('strategy', { title: 'entity.strategy', kindLabel: 'entity.strategy' }, [
    'title',
    'periodStart',
    'periodEnd',
    'vision',
    'mission',
  ]),
  goal: form('goal', { title: 'entity.goal', kindLabel: 'entity.goal' }, [
    'title',
    field('goal', 'parentId', { reference: 'strategicGoals' }),
    field('goal', 'fieldOfActionId', { reference: 'fieldsOfAction' }),
    'perspective',
    'owner',
    'priority',
    'description',
    'rationale',
  ]),
  indicator: form('indicator', { title: 'entity.indicator', kindLabel: 'entity.indicator' }, [
    'name',
    'definition',
    'unit',
    'kind',
    'direction',
    field('indicator', 'bandLow', { shownWhen: when('indicator', 'direction', 'band') }),
    field('indicator', 'bandHigh', { shownWhen: when('indicator', 'direction', 'band') }),
    'aggregation',
    'frequency',
    'baselineDate',
    'baselineValue',
    field('indicator', 'toleranceAtRisk', { widget: { type: 'number', integer: false, percent: true } }),
    field('indicator', 'toleranceOffTrack', { widget: { type: 'number', integer: false, percent: true } }),
    'dataSource',
    'owner',
    'derived',
  ]),
  milestone: form('milestone', { title: 'entity.milestone', kindLabel: 'entity.milestone' }, [
    'title',
    'dueDate',
    field('milestone', 'goalId', { reference: 'goalsOfStrategy' }),
    'owner',
    'status',
    field('milestone', 'completedOn', { shownWhen: when('milestone', 'status', 'done') }),
    'evidence',
  ]),
  evaluation: form('evaluation', { title: 'entity.evaluation', kindLabel: 'entity.evaluation' }, [
    'title',
    'periodStart',
    'periodEnd',
    'cutoffDate',
    'meetingDate',
    'language',
  ]),
  breakPoint: form('breakPoint', { title: 'entity.breakPoint', kindLabel: 'entity.breakPoint' }, [
    'title',
    field('breakPoint', 'kind', { group: 'breakPointKind' }),
    'checkDate',
    field('breakPoint', 'criterion', { shownWhen: when('breakPoint', 'kind', 'qualitative') }),
    'consequence',
    'consequenceNote',
  ]),
};
