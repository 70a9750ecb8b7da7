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
  evaluation: [
    after('periodEnd', 'periodStart'),
    after('cutoffDate', 'periodStart'),
    (item) =>
      (item.status === 'locked') !== present(item.lockedAt)
        ? issue('lockedAt', item.status === 'locked' ? 'required' : 'inconsistent')
        : null,
  ],
  assessment: [
    // A break-point is met or missed; a goal, indicator or milestone is achieved or not.
    (item) => {
      if (item.verdict === null || item.verdict === undefined) return null;
      const breakPoint = item.subjectKind === 'break_point';
      const fits = breakPoint
        ? ['met', 'missed', 'not_assessable'].includes(String(item.verdict))
        : ['achieved', 'partly_achieved', 'not_achieved'].includes(String(item.verdict));
      return fits ? null : issue('verdict');
    },
    (item) => ((item.subjectKind === 'overall') === present(item.subjectId) ? issue('subjectId') : null),
  ],
  agendaItem: [
    (item) =>
      ['overall', 'decision', 'other'].includes(String(item.kind)) !== (item.subjectId === null)
        ? issue('subjectId')
        : null,
  ],
  evidence: [
    (item) =>
      item.kind === 'note' && String(item.text ?? '').trim() === '' ? issue('text', 'required') : null,
    (item) =>
      item.kind === 'link' && !/^(https?|file):/i.test(String(item.url ?? '')) ? issue('url') : null,
    (item) => (item.kind === 'file' && !item.attachment ? issue('attachment', 'required') : null),
  ],
  adjustment: [
    (item) =>
      present(item.targetDate) !== present(item.targetValue)
        ? issue(present(item.targetDate) ? 'targetValue' : 'targetDate', 'required')
        : null,
    (item) =>
      present(item.targetDate) && !present(item.indicatorId) ? issue('indicatorId', 'required') : null,
  ],
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
};

export function entityIssues(kind: EntityKind, item: Item): ValidationIssue[] {
  return (rules[kind] ?? []).flatMap((rule) => rule(item) ?? []);
}
