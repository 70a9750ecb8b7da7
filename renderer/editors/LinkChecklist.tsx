// A checklist of link-table pairs (which goals an indicator measures, which milestones one
// depends on): ticking links, unticking unlinks, each as one action; refusals (a cycle, another
// cluster) are shown next to the list.
import { useId, useState } from 'react';
import type { ApiError } from '../../shared/contract/result.ts';
import type { MessageKey } from '../../shared/i18n/i18n.ts';
import { useCall } from '../base/use-call.ts';
import { describeError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { useChanges } from '../stores/changes.ts';
import { client } from '../stores/client.ts';
import { useWorkspace } from '../stores/workspace.ts';

export interface LinkChecklistProps {
  readonly title: MessageKey;
  /** The link calls' prefix, e.g. 'indicatorGoals'; the table it changes, e.g. 'indicator_goal'. */
  readonly plural: 'indicatorGoals' | 'milestoneDependencies';
  readonly table: string;
  /** This item's side of the pair and the other side's field. */
  readonly own: { readonly field: string; readonly id: number };
  readonly other: string;
  readonly options: readonly { readonly id: number; readonly label: string }[];
}

export function LinkChecklist({ title, plural, table, own, other, options }: LinkChecklistProps) {
  const t = useT();
  const id = useId();
  const version = useChanges((s) => s.versions[table] ?? 0);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const [error, setError] = useState<ApiError | null>(null);

  const pairs = useCall(`${plural}.list` as 'indicatorGoals.list', { [own.field]: own.id } as never, {
    reload: version,
  }).data as Record<string, number>[] | null;
  const linked = new Set((pairs ?? []).map((pair) => pair[other]!));

  const toggle = async (otherId: number, on: boolean) => {
    const pair = { [own.field]: own.id, [other]: otherId };
    const result = await client().call(
      `${plural}.${on ? 'link' : 'unlink'}` as 'indicatorGoals.link',
      pair as never,
    );
    setError(result.ok ? null : result.error);
  };
  const message = error
    ? [...describeError(error, t, { [other]: title }).fields.values()].join(' ') ||
      describeError(error, t, {}).general
    : null;

  return (
    <fieldset className="links" aria-describedby={message ? `${id}-error` : undefined}>
      <legend>{t(title)}</legend>
      {options.length === 0 && <p className="muted">{t('editor.links.none')}</p>}
      {options.map((o) => (
        <label key={o.id} className="link-option">
          <input
            type="checkbox"
            checked={linked.has(o.id)}
            disabled={readOnly}
            onChange={(e) => void toggle(o.id, e.target.checked)}
          />{' '}
          {o.label}
        </label>
      ))}
      {message && (
        <div id={`${id}-error`} role="alert" className="input-message error">
          {message}
        </div>
      )}
    </fieldset>
  );
}
