// The rule builder of a break-point: comparisons on the cluster's indicators, combined with AND
// (all must hold) or OR (one is enough), saved by the break-point editor's Save (Ctrl+S, or
// autosave when on) with its changed fields in one call: one transaction and one undo step; and
// the sentence the rule reads as, in the current language, updated while typing. A rule with
// nested groups (made outside this builder) is shown as its sentence, not edited here.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type EntityDto, enums } from '../../shared/contract/entities.ts';
import type { ApiError } from '../../shared/contract/result.ts';
import type { Language } from '../../shared/contract/schemas.ts';
import { breakPointSentence, type SentenceCondition } from '../../shared/text/break-point-sentence.ts';
import { type SectionProps, type SectionSaveOutcome, useSectionSave } from '../base/editor-registry.ts';
import { type LocalText, localText, numberText, readNumber, shownNumber } from '../base/local-text.ts';
import { useCall } from '../base/use-call.ts';
import { describeError, partRefusal, rowRefusal } from '../i18n/errors.ts';
import { type Translate, useT } from '../i18n/useT.ts';
import { useChanges } from '../stores/changes.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkspace } from '../stores/workspace.ts';

type Condition = EntityDto<'breakPointCondition'>;
type IndicatorChoice = Pick<EntityDto<'indicator'>, 'id' | 'name' | 'unit'>;

type Comparator = (typeof enums.comparator.options)[number];
type GroupNode = 'all' | 'any';
/** The nodes that combine conditions: all must hold (AND) or one is enough (OR). */
const groupNodes: readonly GroupNode[] = ['all', 'any'];

/** One comparison as edited: the threshold as typed, in the language it was typed in. */
interface Comparison {
  readonly key: string;
  readonly id: number | null;
  readonly indicatorId: number | null;
  readonly comparator: Comparator;
  readonly threshold: LocalText;
}
interface Rule {
  readonly node: GroupNode;
  readonly comparisons: readonly Comparison[];
}

/** The rule as saved; `keyOf` keeps the keys of comparisons on screen (focus stays on a saved row). */
function ruleOf(
  conditions: readonly Condition[],
  keyOf: (c: Condition) => string | undefined = () => undefined,
): Rule {
  const now = usePrefs.getState().language;
  const group = conditions.find((c) => c.parentId === null && c.node !== 'compare');
  return {
    node: group?.node === 'any' ? 'any' : 'all',
    comparisons: conditions
      .filter((c) => c.node === 'compare')
      .map((c) => ({
        key: keyOf(c) ?? `c${c.id}`,
        id: c.id,
        indicatorId: c.indicatorId,
        comparator: c.comparator ?? 'ge',
        threshold: numberText(now, c.threshold),
      })),
  };
}

/** Two rules alike as they show (thresholds compared as shown: no rounding noise). */
const sameRule = (a: Rule, b: Rule, language: Language) =>
  a.node === b.node &&
  a.comparisons.length === b.comparisons.length &&
  a.comparisons.every((c, i) => {
    const d = b.comparisons[i]!;
    return (
      c.id === d.id &&
      c.indicatorId === d.indicatorId &&
      c.comparator === d.comparator &&
      shownNumber(c.threshold, language) === shownNumber(d.threshold, language)
    );
  });

/** Groups inside groups, or several groups at the top: more than this builder shows. */
const nestedRule = (conditions: readonly Condition[]) =>
  conditions.filter((c) => c.node !== 'compare').length > 1 ||
  conditions.some((c) => c.node !== 'compare' && c.parentId !== null);

export function BreakPointRule({ item: breakPoint, draft }: SectionProps<'breakPoint'>) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const version = useChanges((s) => (s.versions.break_point_condition ?? 0) + (s.versions.indicator ?? 0));
  const outline = useWorkspace((s) => s.outline);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const clusterId = outline.clusters.find((c) =>
    c.strategies.some((s) => s.id === breakPoint.strategyId),
  )?.id;

  const loaded = useCall(
    'breakPointConditions.list',
    { breakPointId: breakPoint.id },
    { reload: version },
  ).data;
  const indicators: readonly IndicatorChoice[] =
    useCall('indicators.list', clusterId === undefined ? null : { clusterId }, { reload: version }).data ??
    [];
  /** The rule as saved, and as being edited (null: not edited, the saved one is shown). */
  const [saved, setSaved] = useState<Rule>({ node: 'all', comparisons: [] });
  const [edited, setEdited] = useState<Rule | null>(null);
  const [refusal, setRefusal] = useState<{ key: string | null; text: string } | null>(null);
  useEffect(() => {
    if (loaded) setSaved(ruleOf(loaded));
  }, [loaded]);
  const rule = edited ?? saved;
  const dirty = edited !== null && !sameRule(edited, saved, language);
  const nested = loaded != null && nestedRule(loaded);
  const latest = useRef(edited);
  latest.current = edited;
  const edit = (change: (rule: Rule) => Rule) => {
    setEdited((current) => change(current ?? saved));
    setRefusal(null);
  };
  const editComparison = (key: string, patch: Partial<Comparison>) =>
    edit((r) => ({ ...r, comparisons: r.comparisons.map((c) => (c.key === key ? { ...c, ...patch } : c)) }));

  const message = useCallback(
    (error: ApiError) => {
      const described = describeError(error, t, {
        indicatorId: 'editor.conditions.indicator',
        threshold: 'editor.conditions.threshold',
      });
      return [...described.fields.values(), described.general].filter(Boolean).join(' ');
    },
    [t],
  );

  const save = useCallback(
    async (fields: Readonly<Record<string, unknown>> | null): Promise<SectionSaveOutcome> => {
      const current = edited ?? saved;
      const unreadable = current.comparisons.find(
        (c) => c.indicatorId === null || Number.isNaN(readNumber(c.threshold)),
      );
      if (unreadable) {
        setRefusal({
          key: unreadable.key,
          text: t('error.validation.notANumber', { field: t('editor.conditions.threshold') }),
        });
        return { ok: false, fieldsError: null };
      }
      const result = await client().call('breakPoints.saveRule', {
        breakPointId: breakPoint.id,
        ...(fields ? { breakPoint: fields } : {}),
        node: current.node,
        conditions: current.comparisons.map((c) => {
          // A threshold nobody changed goes back as stored (not as the text shows it, rounded).
          const stored = loaded?.find((x) => x.id === c.id)?.threshold ?? null;
          const same =
            stored !== null &&
            shownNumber(c.threshold, language) === shownNumber(numberText(language, stored), language);
          return {
            id: c.id,
            indicatorId: c.indicatorId!,
            comparator: c.comparator,
            threshold: same ? stored : readNumber(c.threshold),
          };
        }),
      });
      if (!result.ok) {
        // About the break-point's fields: the editor shows it beside them.
        const fieldsError = partRefusal(result.error, 'breakPoint');
        if (fieldsError) return { ok: false, fieldsError };
        // The refusal names the comparison it is about (['conditions', i, field]).
        const { row, error } = rowRefusal(result.error);
        setRefusal({
          key: row === null ? null : (current.comparisons[row]?.key ?? null),
          text: message(error),
        });
        return { ok: false, fieldsError: null };
      }
      // Saved comparisons keep their keys (by their place in the list, as sent).
      const compares = result.data.conditions.filter((c) => c.node === 'compare');
      const now = ruleOf(result.data.conditions, (c) => current.comparisons[compares.indexOf(c)]?.key);
      setSaved(now);
      setRefusal(null);
      // Typed on while the save was under way: those edits stay (new comparisons take their ids).
      if (latest.current === edited) setEdited(null);
      else
        setEdited((typed) =>
          typed
            ? {
                ...typed,
                comparisons: typed.comparisons.map((c) =>
                  c.id === null ? { ...c, id: now.comparisons.find((x) => x.key === c.key)?.id ?? null } : c,
                ),
              }
            : typed,
        );
      return { ok: true, item: result.data.breakPoint };
    },
    [edited, saved, loaded, language, breakPoint.id, t, message],
  );
  useSectionSave('rule', dirty && !nested, save);

  const addCondition = () => {
    const first = indicators[0];
    if (!first) return;
    edit((r) => ({
      ...r,
      comparisons: [
        ...r.comparisons,
        {
          key: `new${Date.now()}`,
          id: null,
          indicatorId: first.id,
          comparator: 'ge',
          threshold: localText('0', language),
        },
      ],
    }));
  };

  const sentence = useMemo(
    () =>
      breakPointSentence(
        language,
        {
          kind: draft.kind === 'qualitative' ? 'qualitative' : 'rule',
          checkDate: typeof draft.checkDate === 'string' && draft.checkDate ? draft.checkDate : '1970-01-01',
          criterion: String(draft.criterion ?? ''),
          consequence: typeof draft.consequence === 'string' ? draft.consequence : null,
        },
        nested && loaded
          ? loaded.map(
              (c): SentenceCondition => ({
                id: c.id,
                parentId: c.parentId,
                node: c.node,
                indicator: indicators.find((x) => x.id === c.indicatorId) ?? null,
                comparator: c.comparator,
                threshold: c.threshold,
              }),
            )
          : rule.comparisons.length === 0
            ? []
            : [
                {
                  id: 0,
                  parentId: null,
                  node: rule.node,
                  indicator: null,
                  comparator: null,
                  threshold: null,
                },
                ...rule.comparisons.map(
                  (c, i): SentenceCondition => ({
                    id: i + 1,
                    parentId: 0,
                    node: 'compare',
                    indicator: indicators.find((x) => x.id === c.indicatorId) ?? null,
                    comparator: c.comparator,
                    threshold: readNumber(c.threshold),
                  }),
                ),
              ],
      ),
    [
      language,
      draft.kind,
      draft.checkDate,
      draft.criterion,
      draft.consequence,
      rule,
      indicators,
      nested,
      loaded,
    ],
  );

  return (
    <section className="editor-section" aria-labelledby={`rule-${breakPoint.id}`}>
      <h2 id={`rule-${breakPoint.id}`}>{t('field.conditions')}</h2>
      {draft.kind === 'qualitative' ? (
        <p className="muted">{t('editor.rule.qualitative')}</p>
      ) : nested ? (
        <p className="muted">{t('editor.rule.nested')}</p>
      ) : (
        <>
          <label className="field">
            <span className="field-label visually-hidden">{t('field.conditions')}</span>
            <select
              disabled={readOnly || rule.comparisons.length === 0}
              value={rule.node}
              onChange={(e) => edit((r) => ({ ...r, node: e.target.value as GroupNode }))}
            >
              {groupNodes.map((node) => (
                <option key={node} value={node}>
                  {t(`editor.conditions.${node}`)}
                </option>
              ))}
            </select>
          </label>
          {rule.comparisons.length === 0 && <p className="muted">{t('editor.rule.empty')}</p>}
          <ol className="conditions">
            {rule.comparisons.map((c, i) => (
              <li key={c.key} className="condition">
                <ConditionRow
                  t={t}
                  n={i + 1}
                  comparison={c}
                  indicators={indicators}
                  disabled={readOnly}
                  refusal={refusal && refusal.key === c.key ? refusal.text : null}
                  onChange={(patch) => editComparison(c.key, patch)}
                  onRemove={() =>
                    edit((r) => ({ ...r, comparisons: r.comparisons.filter((x) => x.key !== c.key) }))
                  }
                />
              </li>
            ))}
          </ol>
          {refusal && refusal.key === null && (
            <div role="alert" className="input-message error">
              {refusal.text}
            </div>
          )}
          <button
            type="button"
            className="button secondary"
            disabled={readOnly || indicators.length === 0}
            onClick={addCondition}
          >
            {t('editor.conditions.add')}
          </button>
        </>
      )}
      <h2>{t('editor.sentence')}</h2>
      <p className="sentence" aria-live="polite">
        {sentence}
      </p>
    </section>
  );
}

function ConditionRow(props: {
  t: Translate;
  n: number;
  comparison: Comparison;
  indicators: readonly IndicatorChoice[];
  disabled: boolean;
  refusal: string | null;
  onChange: (patch: Partial<Comparison>) => void;
  onRemove: () => void;
}) {
  const { t, n, comparison, indicators, disabled } = props;
  const language = usePrefs((s) => s.language);
  const typedWrong =
    comparison.threshold.text.trim() !== '' && Number.isNaN(readNumber(comparison.threshold));
  const message =
    props.refusal ??
    (typedWrong ? t('error.validation.notANumber', { field: t('editor.conditions.threshold') }) : null);
  return (
    <>
      <select
        aria-label={`${t('editor.conditions.indicator')} ${n}`}
        disabled={disabled}
        value={comparison.indicatorId ?? ''}
        onChange={(e) => props.onChange({ indicatorId: Number(e.target.value) })}
      >
        {indicators.map((i) => (
          <option key={i.id} value={i.id}>
            {i.name}
          </option>
        ))}
      </select>
      <select
        aria-label={`${t('editor.conditions.comparator')} ${n}`}
        disabled={disabled}
        value={comparison.comparator}
        onChange={(e) => props.onChange({ comparator: e.target.value as Comparator })}
      >
        {enums.comparator.options.map((c) => (
          <option key={c} value={c}>
            {t(`option.comparator.${c}`)}
          </option>
        ))}
      </select>
      <input
        type="text"
        inputMode="decimal"
        aria-label={`${t('editor.conditions.threshold')} ${n}`}
        aria-invalid={message ? true : undefined}
        disabled={disabled}
        value={shownNumber(comparison.threshold, language)}
        onChange={(e) => props.onChange({ threshold: localText(e.target.value, language) })}
      />
      {message && (
        <span role="alert" className="input-message error">
          {message}
        </span>
      )}
      <button
        type="button"
        className="icon-button"
        disabled={disabled}
        aria-label={t('editor.conditions.remove', { n })}
        onClick={props.onRemove}
      >
        <span className="codicon codicon-trash" aria-hidden="true" />
      </button>
    </>
  );
}
