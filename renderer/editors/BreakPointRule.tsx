// The rule builder of a break-point: comparisons on the cluster's indicators, combined with AND
// (all must hold) or OR (one is enough), each saved as it is changed; and the sentence the rule
// reads as, in the current language, updated while typing.
import { useState } from 'react';
import { type EntityDto, enums } from '../../shared/contract/entities.ts';
import { breakPointSentence, type SentenceCondition } from '../../shared/text/break-point-sentence.ts';
import type { SectionProps } from '../base/editor-registry.ts';
import { type LocalText, localText, numberText, readNumber, shownNumber } from '../base/local-text.ts';
import { useCall } from '../base/use-call.ts';
import { type Translate, useT } from '../i18n/useT.ts';
import { useChanges } from '../stores/changes.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkspace } from '../stores/workspace.ts';

type Condition = EntityDto<'breakPointCondition'>;
type IndicatorChoice = Pick<EntityDto<'indicator'>, 'id' | 'name' | 'unit'>;

type Comparator = (typeof enums.comparator.options)[number];
/** The nodes that combine conditions: all must hold (AND) or one is enough (OR). */
const groupNodes = enums.conditionNode.options.filter((n) => n !== 'compare');

export function BreakPointRule({ item: breakPoint, draft }: SectionProps<'breakPoint'>) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const version = useChanges((s) => (s.versions.break_point_condition ?? 0) + (s.versions.indicator ?? 0));
  const outline = useWorkspace((s) => s.outline);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  /** Thresholds being typed, by condition, in the language they are typed in. */
  const [thresholds, setThresholds] = useState<Record<number, LocalText>>({});
  const clusterId = outline.clusters.find((c) =>
    c.strategies.some((s) => s.id === breakPoint.strategyId),
  )?.id;

  const conditions: readonly Condition[] =
    useCall('breakPointConditions.list', { breakPointId: breakPoint.id }, { reload: version }).data ?? [];
  const indicators: readonly IndicatorChoice[] =
    useCall('indicators.list', clusterId === undefined ? null : { clusterId }, { reload: version }).data ??
    [];

  const group = conditions.find((c) => c.parentId === null && c.node !== 'compare');
  const compares = conditions.filter((c) => c.node === 'compare');

  const addCondition = async () => {
    const first = indicators[0];
    if (!first) return;
    let parentId = group?.id ?? null;
    if (!group) {
      const created = await client().call('breakPointConditions.create', {
        breakPointId: breakPoint.id,
        node: 'all',
      });
      if (!created.ok) return;
      parentId = created.data.id;
      // Comparisons made before there was a group move under it.
      for (const c of compares) await client().call('breakPointConditions.update', { id: c.id, parentId });
    }
    await client().call('breakPointConditions.create', {
      breakPointId: breakPoint.id,
      parentId,
      node: 'compare',
      indicatorId: first.id,
      comparator: 'ge',
      threshold: 0,
      sortOrder: compares.length,
    });
  };

  const sentence = breakPointSentence(
    language,
    {
      kind: draft.kind === 'qualitative' ? 'qualitative' : 'rule',
      checkDate: typeof draft.checkDate === 'string' && draft.checkDate ? draft.checkDate : '1970-01-01',
      criterion: String(draft.criterion ?? ''),
      consequence: typeof draft.consequence === 'string' ? draft.consequence : null,
    },
    conditions.map(
      (c): SentenceCondition => ({
        id: c.id,
        parentId: c.parentId,
        node: c.node,
        indicator: indicators.find((i) => i.id === c.indicatorId) ?? null,
        comparator: c.comparator,
        threshold: c.id in thresholds ? readNumber(thresholds[c.id]!) : c.threshold,
      }),
    ),
  );

  return (
    <section className="editor-section" aria-labelledby={`rule-${breakPoint.id}`}>
      <h2 id={`rule-${breakPoint.id}`}>{t('field.conditions')}</h2>
      {draft.kind === 'qualitative' ? (
        <p className="muted">{t('editor.rule.qualitative')}</p>
      ) : (
        <>
          <label className="field">
            <span className="field-label visually-hidden">{t('field.conditions')}</span>
            <select
              disabled={readOnly || !group}
              value={group?.node ?? 'all'}
              onChange={(e) =>
                group &&
                void client().call('breakPointConditions.update', {
                  id: group.id,
                  node: e.target.value as (typeof groupNodes)[number],
                })
              }
            >
              {groupNodes.map((node) => (
                <option key={node} value={node}>
                  {t(`editor.conditions.${node}`)}
                </option>
              ))}
            </select>
          </label>
          {compares.length === 0 && <p className="muted">{t('editor.rule.empty')}</p>}
          <ol className="conditions">
            {compares.map((c, i) => (
              <li key={c.id} className="condition">
                <ConditionRow
                  t={t}
                  n={i + 1}
                  condition={c}
                  indicators={indicators}
                  disabled={readOnly}
                  threshold={thresholds[c.id] ?? numberText(language, c.threshold)}
                  onThreshold={(text) => setThresholds((s) => ({ ...s, [c.id]: localText(text, language) }))}
                  onSaveThreshold={async () => {
                    const text = thresholds[c.id];
                    if (text === undefined) return;
                    const value = readNumber(text);
                    if (Number.isNaN(value)) return;
                    await client().call('breakPointConditions.update', { id: c.id, threshold: value });
                    setThresholds(({ [c.id]: _saved, ...rest }) => rest);
                  }}
                />
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button secondary"
            disabled={readOnly || indicators.length === 0}
            onClick={() => void addCondition()}
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
  condition: Condition;
  indicators: readonly IndicatorChoice[];
  disabled: boolean;
  threshold: LocalText;
  onThreshold: (text: string) => void;
  onSaveThreshold: () => Promise<void>;
}) {
  const { t, n, condition, indicators, disabled } = props;
  const language = usePrefs((s) => s.language);
  const invalid = props.threshold.text.trim() !== '' && Number.isNaN(readNumber(props.threshold));
  return (
    <>
      <select
        aria-label={`${t('editor.conditions.indicator')} ${n}`}
        disabled={disabled}
        value={condition.indicatorId ?? ''}
        onChange={(e) =>
          void client().call('breakPointConditions.update', {
            id: condition.id,
            indicatorId: Number(e.target.value),
          })
        }
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
        value={condition.comparator ?? 'ge'}
        onChange={(e) =>
          void client().call('breakPointConditions.update', {
            id: condition.id,
            comparator: e.target.value as Comparator,
          })
        }
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
        aria-invalid={invalid ? true : undefined}
        disabled={disabled}
        value={shownNumber(props.threshold, language)}
        onChange={(e) => props.onThreshold(e.target.value)}
        onBlur={() => void props.onSaveThreshold()}
      />
      {invalid && (
        <span role="alert" className="input-message error">
          {t('error.validation.notANumber', { field: t('editor.conditions.threshold') })}
        </span>
      )}
      <button
        type="button"
        className="icon-button"
        disabled={disabled}
        aria-label={t('editor.conditions.remove', { n })}
        onClick={() => void client().call('breakPointConditions.delete', { id: condition.id })}
      >
        <span className="codicon codicon-trash" aria-hidden="true" />
      </button>
    </>
  );
}
