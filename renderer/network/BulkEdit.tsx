// Changing several actors at once: group, subtype, size and membership dates, each either kept
// or set for all; one action (actors.updateMany), refused as a whole with the first actor it
// does not fit named.
import { useId, useState } from 'react';
import { type ActorGroup, actorSubtypes } from '../../shared/contract/entities.ts';
import type { ApiError } from '../../shared/contract/result.ts';
import { actorGroups } from '../../shared/network/palette.ts';
import { DateField, datesAccepted } from '../base/DateField.tsx';
import { useT } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { useWorkbench } from '../stores/workbench.ts';
import { subtypeLabel } from './shared-ui.tsx';

const KEEP = '';

export function BulkEdit({ ids, onDone }: { ids: readonly number[]; onDone: () => void }) {
  const t = useT();
  const id = useId();
  const [group, setGroup] = useState<ActorGroup | ''>(KEEP);
  const [subtype, setSubtype] = useState(KEEP);
  const [size, setSize] = useState<'' | 'sme' | 'large' | 'none'>(KEEP);
  const [since, setSince] = useState<{ keep: boolean; value: string }>({ keep: true, value: '' });
  const [until, setUntil] = useState<{ keep: boolean; value: string }>({ keep: true, value: '' });
  const [error, setError] = useState<string | null>(null);

  const describe = (e: ApiError) => {
    if (e.kind !== 'validation') return t('error.conflict');
    const issue = e.issues[0]!;
    const field = String(issue.path[issue.path.length - 1]);
    const label = t(`network.bulk.${field === 'actorGroup' ? 'group' : field}` as never);
    return t('network.bulk.refused', {
      name: String(issue.params?.name ?? ''),
      message: t(`error.validation.${issue.code}`, { field: label, value: '', ...issue.params }),
    });
  };

  const apply = async () => {
    const set = {
      ...(group !== KEEP ? { actorGroup: group } : {}),
      ...(subtype !== KEEP ? { subtype } : {}),
      ...(size !== KEEP ? { size: size === 'none' ? null : size } : {}),
      ...(since.keep ? {} : { memberSince: since.value === '' ? null : since.value }),
      ...(until.keep ? {} : { memberUntil: until.value === '' ? null : until.value }),
    };
    if (Object.keys(set).length === 0) {
      setError(t('network.bulk.nothing'));
      return;
    }
    const result = await client().call('actors.updateMany', { ids: [...ids], set });
    if (!result.ok) {
      setError(describe(result.error));
      return;
    }
    useWorkbench.getState().notify(t('network.bulk.done', { count: result.data.updated }));
    onDone();
  };

  const dateField = (
    label: string,
    state: { keep: boolean; value: string },
    setState: (s: { keep: boolean; value: string }) => void,
    key: string,
  ) => (
    <fieldset className="bulk-date">
      <legend>{label}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={state.keep}
          onChange={(e) => setState({ ...state, keep: e.target.checked })}
        />
        {t('network.bulk.keep')}
      </label>
      <label className="visually-hidden" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <DateField
        id={`${id}-${key}`}
        label={label}
        disabled={state.keep}
        value={state.value}
        onChange={(value) => setState({ ...state, value })}
      />
    </fieldset>
  );

  return (
    <section className="bulk-edit editor-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('network.bulk.title', { count: ids.length })}</h2>
      <div className="bulk-fields">
        <label className="field">
          <span className="field-label">{t('network.bulk.group')}</span>
          <select
            value={group}
            onChange={(e) => {
              setGroup(e.target.value as ActorGroup | '');
              setSubtype(KEEP);
            }}
          >
            <option value={KEEP}>{t('network.bulk.keep')}</option>
            {actorGroups.map((g) => (
              <option key={g} value={g}>
                {t(`option.actorGroup.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('network.bulk.subtype')}</span>
          <select value={subtype} onChange={(e) => setSubtype(e.target.value)}>
            <option value={KEEP}>
              {group === KEEP ? t('network.bulk.keep') : t('network.bulk.keepIfFits')}
            </option>
            {(group === KEEP ? actorGroups : [group]).flatMap((g) =>
              actorSubtypes[g].map((s) => (
                <option key={`${g}:${s}`} value={s}>
                  {group === KEEP ? `${t(`option.actorGroup.${g}`)}: ` : ''}
                  {subtypeLabel(g, s, t)}
                </option>
              )),
            )}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('network.bulk.size')}</span>
          <select value={size} onChange={(e) => setSize(e.target.value as typeof size)}>
            <option value={KEEP}>{t('network.bulk.keep')}</option>
            <option value="sme">{t('option.actorSize.sme')}</option>
            <option value="large">{t('option.actorSize.large')}</option>
            <option value="none">{t('network.actors.size.none')}</option>
          </select>
        </label>
        {dateField(t('network.bulk.memberSince'), since, setSince, 'since')}
        {dateField(t('network.bulk.memberUntil'), until, setUntil, 'until')}
      </div>
      {error && (
        <p className="input-message error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button primary"
          onClick={(e) => datesAccepted(e.currentTarget.closest('section')) && void apply()}
        >
          {t('network.bulk.apply', { count: ids.length })}
        </button>
        <button type="button" className="button secondary" onClick={onDone}>
          {t('dialog.cancel')}
        </button>
      </div>
    </section>
  );
}
