// Consensus: which actors endorsed the strategy, when and how; recorded, changed and removed
// right in the guide (each one action, undoable). Without actors yet, the way to the register.
import { useId, useState } from 'react';
import { enums } from '../../shared/contract/entities.ts';
import type { ApiError } from '../../shared/contract/result.ts';
import { formatDate } from '../../shared/i18n/i18n.ts';
import { localToday } from '../../shared/time/today.ts';
import { DateField } from '../base/DateField.tsx';
import { useCall } from '../base/use-call.ts';
import { describeError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { useChanges } from '../stores/changes.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { confirmDialog, useWorkbench } from '../stores/workbench.ts';
import { Commitments } from './Commitments.tsx';

const forms = enums.endorsementForm.options;

export function Endorsements({ clusterId, strategyId }: { clusterId: number; strategyId: number }) {
  const t = useT();
  const id = useId();
  const language = usePrefs((s) => s.language);
  const version = useChanges((s) => (s.versions.endorsement ?? 0) + (s.versions.actor ?? 0));
  const [actorId, setActorId] = useState('');
  const [form, setForm] = useState<(typeof forms)[number]>('letter_of_intent');
  const [date, setDate] = useState(localToday);
  const [error, setError] = useState<ApiError | null>(null);

  const [editing, setEditing] = useState<{ id: number; form: (typeof forms)[number]; date: string } | null>(
    null,
  );
  const actors = useCall('actors.list', { clusterId }, { reload: version }).data ?? [];
  const endorsements = useCall('endorsements.list', { strategyId }, { reload: version }).data ?? [];

  if (actors.length === 0)
    return (
      <div className="endorsements">
        <p className="muted">{t('guide.endorse.noActors')}</p>
        <div className="form-actions">
          <button
            type="button"
            className="button primary"
            onClick={() =>
              useWorkbench.getState().openEditor({ kind: 'networkImport', clusterId, what: 'actors' })
            }
          >
            {t('consensus.importMembers')}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => useWorkbench.getState().openEditor({ kind: 'actors', clusterId })}
          >
            {t('consensus.openActors')}
          </button>
        </div>
      </div>
    );
  const actorName = (actorId: number) => actors.find((a) => a.id === actorId)?.name ?? '';
  const saveEdit = async () => {
    if (!editing) return;
    const result = await client().call('endorsements.update', {
      id: editing.id,
      form: editing.form,
      date: editing.date,
    });
    setError(result.ok ? null : result.error);
    if (result.ok) setEditing(null);
  };
  const remove = async (endorsement: { id: number; actorId: number }) => {
    const confirmed = await confirmDialog({
      title: t('consensus.removeConfirm', { name: actorName(endorsement.actorId) }),
      detail: t('consensus.removeDetail'),
      confirm: t('dialog.delete'),
      cancel: t('dialog.cancel'),
    });
    if (!confirmed) return;
    const result = await client().call('endorsements.delete', { id: endorsement.id });
    setError(result.ok ? null : result.error);
  };
  const endorsed = new Set(endorsements.map((e) => e.actorId));
  const candidates = actors.filter((a) => !endorsed.has(a.id));
  const described = error
    ? describeError(error, t, {
        actorId: 'guide.endorse.actor',
        date: 'guide.endorse.date',
        form: 'guide.endorse.form',
      })
    : null;
  const message = described
    ? [...described.fields.values(), described.general].filter(Boolean).join(' ')
    : null;

  return (
    <div className="endorsements">
      <form
        className="endorse-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const chosen = Number(actorId || candidates[0]?.id);
          const result = await client().call('endorsements.create', {
            strategyId,
            actorId: chosen,
            date,
            form,
          });
          setError(result.ok ? null : result.error);
          if (result.ok) setActorId('');
        }}
      >
        <label className="field">
          <span className="field-label">{t('guide.endorse.actor')}</span>
          <select
            value={actorId || String(candidates[0]?.id ?? '')}
            onChange={(e) => setActorId(e.target.value)}
          >
            {candidates.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('guide.endorse.form')}</span>
          <select value={form} onChange={(e) => setForm(e.target.value as (typeof forms)[number])}>
            {forms.map((f) => (
              <option key={f} value={f}>
                {t(`option.endorsementForm.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={`${id}-date`}>
          <span className="field-label">{t('guide.endorse.date')}</span>
          <DateField id={`${id}-date`} label={t('guide.endorse.date')} value={date} onChange={setDate} />
        </label>
        <button type="submit" className="button primary" disabled={candidates.length === 0}>
          {t('guide.endorse.add')}
        </button>
      </form>
      {message && (
        <div role="alert" className="input-message error">
          {message}
        </div>
      )}
      {endorsements.length > 0 && (
        <>
          <h2>{t('guide.endorse.list')}</h2>
          <ul>
            {endorsements.map((e) => (
              <li key={e.id}>
                {editing?.id === e.id ? (
                  <form
                    className="endorse-form"
                    aria-label={t('consensus.editTitle', { name: actorName(e.actorId) })}
                    onSubmit={(event) => {
                      event.preventDefault();
                      void saveEdit();
                    }}
                  >
                    <strong>{actorName(e.actorId)}</strong>
                    <label className="field">
                      <span className="field-label">{t('guide.endorse.form')}</span>
                      <select
                        value={editing.form}
                        onChange={(event) =>
                          setEditing({ ...editing, form: event.target.value as (typeof forms)[number] })
                        }
                      >
                        {forms.map((f) => (
                          <option key={f} value={f}>
                            {t(`option.endorsementForm.${f}`)}
                          </option>
                        ))}
                      </select>
                    </label>
                    <label className="field" htmlFor={`${id}-edit-date`}>
                      <span className="field-label">{t('guide.endorse.date')}</span>
                      <DateField
                        id={`${id}-edit-date`}
                        label={t('guide.endorse.date')}
                        value={editing.date}
                        onChange={(date) => setEditing({ ...editing, date })}
                      />
                    </label>
                    <button type="submit" className="button primary">
                      {t('dialog.save')}
                    </button>
                    <button type="button" className="button secondary" onClick={() => setEditing(null)}>
                      {t('dialog.cancel')}
                    </button>
                  </form>
                ) : (
                  <>
                    {actorName(e.actorId)} — {t(`option.endorsementForm.${e.form}`)},{' '}
                    {formatDate(language, e.date)}{' '}
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('consensus.edit', { name: actorName(e.actorId) })}
                      onClick={() => setEditing({ id: e.id, form: e.form, date: e.date })}
                    >
                      {t('consensus.change')}
                    </button>{' '}
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('consensus.remove', { name: actorName(e.actorId) })}
                      onClick={() => void remove(e)}
                    >
                      {t('consensus.delete')}
                    </button>
                  </>
                )}
                <Commitments
                  endorsementId={e.id}
                  actor={actors.find((a) => a.id === e.actorId)?.name ?? ''}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
