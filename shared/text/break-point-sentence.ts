// The plain-language sentence for a break-point, in the UI language: "If on 31.12.2028 the
// indicator “Private co-funding share” is below 40 %, public funding is reduced." The rule says
// what must hold; the sentence says when the consequence applies, so comparisons are negated
// (and AND/OR swap, by De Morgan).
import type { Language } from '../contract/schemas.ts';
import { formatDate, formatNumber, type MessageKey, translate } from '../i18n/i18n.ts';

export interface SentenceCondition {
  readonly id: number;
  readonly parentId: number | null;
  readonly node: 'all' | 'any' | 'compare';
  readonly indicator?: { readonly name: string; readonly unit: string } | null;
  readonly comparator?: 'lt' | 'le' | 'gt' | 'ge' | 'eq' | null;
  readonly threshold?: number | null;
}

export interface SentenceBreakPoint {
  readonly kind: 'rule' | 'qualitative';
  readonly checkDate: string;
  readonly criterion: string;
  readonly consequence: string | null;
}

const negated = { lt: 'ge', le: 'gt', gt: 'le', ge: 'lt', eq: 'ne' } as const;

export function breakPointSentence(
  language: Language,
  breakPoint: SentenceBreakPoint,
  conditions: readonly SentenceCondition[],
): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params);
  const consequence = breakPoint.consequence
    ? t(`sentence.consequence.${breakPoint.consequence}` as MessageKey)
    : t('sentence.noConsequence');
  const date = formatDate(language, breakPoint.checkDate);
  if (breakPoint.kind === 'qualitative') {
    return t('sentence.qualitative', { date, criterion: breakPoint.criterion.trim(), consequence });
  }

  /** The failure of a condition (sub)tree, in words; null when something is missing. */
  const failure = (condition: SentenceCondition): string | null => {
    if (condition.node === 'compare') {
      if (
        !condition.indicator ||
        !condition.comparator ||
        condition.threshold === null ||
        condition.threshold === undefined
      )
        return null;
      return t('sentence.condition', {
        indicator: condition.indicator.name,
        comparator: t(`sentence.cmp.${negated[condition.comparator]}`),
        threshold: formatNumber(language, condition.threshold),
        unit: condition.indicator.unit ? ` ${condition.indicator.unit}` : '',
      });
    }
    const children = conditions.filter((c) => c.parentId === condition.id).map(failure);
    if (children.length === 0 || children.some((c) => c === null)) return null;
    // Not all hold = one fails (or); not any holds = all fail (and).
    return children.join(t(condition.node === 'all' ? 'sentence.or' : 'sentence.and'));
  };

  const roots = conditions.filter((c) => c.parentId === null);
  const parts = roots.map(failure);
  if (parts.length === 0 || parts.some((p) => p === null)) return t('sentence.incomplete');
  // Several top-level conditions are read as "all must hold".
  return t('sentence.rule', { date, conditions: parts.join(t('sentence.or')), consequence });
}
