// Rules that tie fields of one entity together, stated once and used by the backend (which
// refuses) and the editors (which show the message next to the field). The schema's CHECK
// constraints hold the same rules as a last line of defence.
import { actorSubtypes, type EntityKind } from './entities.ts';
import type { ValidationIssue } from './result.ts';

type Item = Readonly<Record<string, unknown>>;
type Rule = (item: Item) => ValidationIssue | null;

const issue = (field: string, code: ValidationIssue['code'] = 'inconsistent'): ValidationIssue => ({
  path: [field],
  code,
});
const present = (v: unknown) => v !== null && v !== undefined;
const after =
  (later: string, earlier: string, strict = false): Rule =>
  (item) => {
    const a = item[later];
    const b = item[earlier];
    if (typeof a !== 'string' || typeof b !== 'string') return null;
    return (strict ? a > b : a >= b) ? null : issue(later);
  };

const rules: Partial<Record<EntityKind, readonly Rule[]>> = {
  actor: [
    (item) => {
      const subtypes = actorSubtypes[item.actorGroup as keyof typeof actorSubtypes] as
        | readonly string[]
        | undefined;
      return subtypes && !subtypes.includes(String(item.subtype)) ? issue('subtype') : null;
    },
    (item) =>
      present(item.memberUntil) && !present(item.memberSince) ? issue('memberSince', 'required') : null,
    after('memberUntil', 'memberSince'),
  ],
  relationship: [
    (item) => (item.fromActorId === item.toActorId ? issue('toActorId') : null),
    after('endedOn', 'startedOn'),
  ],
  strategy: [after('periodEnd', 'periodStart', true)],
  indicator: [
    (item) => (item.direction === 'band' && !present(item.bandLow) ? issue('bandLow', 'required') : null),
    (item) => (item.direction === 'band' && !present(item.bandHigh) ? issue('bandHigh', 'required') : null),
    (item) =>
      item.direction !== 'band' && (present(item.bandLow) || present(item.bandHigh))
        ? issue('direction')
        : null,
    (item) =>
      typeof item.bandLow === 'number' && typeof item.bandHigh === 'number' && item.bandHigh < item.bandLow
        ? issue('bandHigh')
        : null,
    (item) =>
      present(item.baselineValue) && !present(item.baselineDate) ? issue('baselineDate', 'required') : null,
    (item) =>
      present(item.baselineDate) && !present(item.baselineValue) ? issue('baselineValue', 'required') : null,
    (item) =>
      typeof item.toleranceOffTrack === 'number' &&
      typeof item.toleranceAtRisk === 'number' &&
      item.toleranceOffTrack < item.toleranceAtRisk
        ? issue('toleranceOffTrack')
        : null,
  ],
  measurement: [after('date', 'periodStart')],
  breakPoint: [
    (item) =>
      item.kind === 'qualitative' && String(item.criterion ?? '').trim() === ''
        ? issue('criterion', 'required')
        : null,
  ],
  breakPointCondition: [
    (item) =>
      item.node === 'compare' &&
      !(present(item.indicatorId) && present(item.comparator) && present(item.threshold))
        ? issue(
            !present(item.indicatorId)
              ? 'indicatorId'
              : !present(item.comparator)
                ? 'comparator'
                : 'threshold',
            'required',
          )
        : null,
    (item) =>
      item.node !== 'compare' && (present(item.indicatorId) || present(item.threshold))
        ? issue('node')
        : null,
  ],
  milestone: [(item) => (present(item.completedOn) && item.status !== 'done' ? issue('completedOn') : null)],
  staff: [after('endOn', 'startOn')],
  commitment: [
    (item) => (item.kind === 'money' && !present(item.amountCents) ? issue('amountCents', 'required') : null),
    (item) => (item.kind === 'staff_time' && !present(item.hours) ? issue('hours', 'required') : null),
    after('endOn', 'startOn'),
  ],
  evaluation: [
    after('periodEnd', 'periodStart'),
    after('cutoffDate', 'periodStart'),
    (item) =>
      (item.status === 'locked') !== present(item.lockedAt)
        ? issue('lockedAt', item.status === 'locked' ? 'required' : 'inconsistent')
        : null,
  ],
  assessment: [
    (item) => ((item.subjectKind === 'overall') === present(item.subjectId) ? issue('subjectId') : null),
  ],
};

export function entityIssues(kind: EntityKind, item: Item): ValidationIssue[] {
  return (rules[kind] ?? []).flatMap((rule) => rule(item) ?? []);
}
