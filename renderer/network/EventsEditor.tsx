// The events log of a cluster: date, type, title, field of action, number of participants and
// the participating actors. An event is saved with its participants as one action (one undo).
// Events feed the derived indicators (events held, participants) and the activity profile.
import './network.css';
import { useId, useMemo, useState } from 'react';
import { enums } from '../../shared/contract/entities.ts';
import type { EventRow } from '../../shared/contract/network.ts';
import type { ApiError } from '../../shared/contract/result.ts';
import { formatDate, formatNumber, type MessageKey } from '../../shared/i18n/i18n.ts';
import { normaliseWord } from '../../shared/network/words.ts';
import { localToday } from '../../shared/time/today.ts';
import { Codicon } from '../base/Codicon.tsx';
import { DateField } from '../base/DateField.tsx';
import { ScrollRegion } from '../base/ScrollRegion.tsx';
import { useCall } from '../base/use-call.ts';
import { describeError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { useChanges } from '../stores/changes.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { confirmDialog, useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';

type EventType = EventRow['type'];
interface Draft {
  id: number | null;
  date: string;
  type: EventType;
  title: string;
  fieldOfActionId: string;
  participants: string;
  note: string;
  actorIds: number[];
}

const fresh = (): Draft => ({
  id: null,
  date: localToday(),
  type: 'workshop',
  title: '',
  fieldOfActionId: '',
  participants: '0',
  note: '',
  actorIds: [],
});

export function EventsEditor({ clusterId }: { clusterId: number }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const cluster = useWorkspace((s) => s.clusters.find((c) => c.id === clusterId));
  const version = useChanges(
    (s) => `${s.versions.event ?? 0}.${s.versions.event_actor ?? 0}.${s.versions.actor ?? 0}`,
  );
  const events = useCall('events.ofCluster', { clusterId }, { reload: version });
  const actors = useCall('actors.list', { clusterId }, { reload: version });
  const fields = useCall('fieldsOfAction.list', {});
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [actorFilter, setActorFilter] = useState('');
  const id = useId();
  const names = useMemo(() => new Map((actors.data ?? []).map((a) => [a.id, a.name])), [actors.data]);
  const fieldName = (fieldId: number | null) => {
    const field = (fields.data ?? []).find((f) => f.id === fieldId);
    if (!field) return '';
    return field.key ? t(`option.fieldOfAction.${field.key}` as MessageKey) : field.name;
  };

  const edit = (e: EventRow) =>
    setDraft({
      id: e.id,
      date: e.date,
      type: e.type,
      title: e.title,
      fieldOfActionId: e.fieldOfActionId === null ? '' : String(e.fieldOfActionId),
      participants: String(e.participants),
      note: e.note,
      actorIds: [...e.actorIds],
    });

  const save = async () => {
    if (!draft) return;
    const participants = Number(draft.participants === '' ? 0 : draft.participants);
    const result = await client().call('events.save', {
      id: draft.id,
      clusterId,
      date: draft.date,
      type: draft.type,
      title: draft.title,
      fieldOfActionId: draft.fieldOfActionId === '' ? null : Number(draft.fieldOfActionId),
      participants: Number.isInteger(participants) ? participants : -1,
      note: draft.note,
      actorIds: draft.actorIds,
    });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setDraft(null);
    useWorkbench.getState().notify(t('network.events.saved', { title: result.data.title }));
  };

  const remove = async (e: EventRow) => {
    const confirmed = await confirmDialog({
      title: t('network.events.deleteConfirm', { title: e.title }),
      detail: t('editor.deleteConfirm.detail'),
      confirm: t('dialog.delete'),
      cancel: t('dialog.cancel'),
    });
    if (!confirmed) return;
    await client().call('events.delete', { id: e.id });
    if (draft?.id === e.id) setDraft(null);
  };

  const described = error
    ? describeError(error, t, {
        date: 'network.events.date',
        type: 'network.events.type',
        title: 'network.events.titleField',
        fieldOfActionId: 'network.events.field',
        participants: 'network.events.participants',
        note: 'network.events.note',
        actorIds: 'network.events.actors',
      })
    : null;
  const wanted = normaliseWord(actorFilter);
  const choices = (actors.data ?? [])
    .filter((a) => wanted === '' || normaliseWord(a.name).includes(wanted) || draft?.actorIds.includes(a.id))
    .sort((a, b) => a.name.localeCompare(b.name, language));

  return (
    <div className="network-editor events-editor">
      <header className="network-header">
        <h1>
          {t('network.events.title')} – {cluster?.name ?? ''}
        </h1>
        <div className="network-toolbar" role="toolbar" aria-label={t('network.events.toolbar')}>
          <button
            type="button"
            className="button primary"
            disabled={readOnly}
            onClick={() => setDraft(fresh())}
          >
            <Codicon name="add" /> {t('network.events.new')}
          </button>
        </div>
      </header>
      <p className="muted">{t('network.events.hint')}</p>
      {draft && (
        <form
          className="editor-section event-form"
          aria-labelledby={`${id}-form`}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <h2 id={`${id}-form`}>
            {draft.id === null ? t('network.events.new') : t('network.events.edit', { title: draft.title })}
          </h2>
          <div className="event-fields">
            <label className="field">
              <span className="field-label">{t('network.events.date')}</span>
              <DateField
                label={t('network.events.date')}
                required
                value={draft.date}
                message={described?.fields.get('date')}
                onChange={(date) => setDraft({ ...draft, date })}
              />
            </label>
            <label className="field">
              <span className="field-label">{t('network.events.type')}</span>
              <select
                value={draft.type}
                onChange={(e) => setDraft({ ...draft, type: e.target.value as EventType })}
              >
                {enums.eventType.options.map((type) => (
                  <option key={type} value={type}>
                    {t(`option.eventType.${type}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field wide">
              <span className="field-label">{t('network.events.titleField')}</span>
              <input value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
              {described?.fields.get('title') && (
                <span className="input-message error">{described.fields.get('title')}</span>
              )}
            </label>
            <label className="field">
              <span className="field-label">{t('network.events.field')}</span>
              <select
                value={draft.fieldOfActionId}
                onChange={(e) => setDraft({ ...draft, fieldOfActionId: e.target.value })}
              >
                <option value="">{t('network.events.noField')}</option>
                {(fields.data ?? []).map((f) => (
                  <option key={f.id} value={f.id}>
                    {fieldName(f.id)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field-label">{t('network.events.participants')}</span>
              <input
                type="number"
                min={0}
                step={1}
                value={draft.participants}
                onChange={(e) => setDraft({ ...draft, participants: e.target.value })}
              />
              {described?.fields.get('participants') && (
                <span className="input-message error">{described.fields.get('participants')}</span>
              )}
            </label>
            <label className="field wide">
              <span className="field-label">{t('network.events.note')}</span>
              <textarea
                rows={2}
                value={draft.note}
                onChange={(e) => setDraft({ ...draft, note: e.target.value })}
              />
            </label>
          </div>
          <fieldset className="event-actors">
            <legend>
              {t('network.events.actors')} ({formatNumber(language, draft.actorIds.length)})
            </legend>
            <label className="field inline">
              <span className="field-label">{t('network.events.actorFilter')}</span>
              <input type="search" value={actorFilter} onChange={(e) => setActorFilter(e.target.value)} />
            </label>
            <div className="event-actor-list">
              {choices.map((a) => (
                <label key={a.id} className="check">
                  <input
                    type="checkbox"
                    checked={draft.actorIds.includes(a.id)}
                    onChange={(e) =>
                      setDraft({
                        ...draft,
                        actorIds: e.target.checked
                          ? [...draft.actorIds, a.id]
                          : draft.actorIds.filter((x) => x !== a.id),
                      })
                    }
                  />
                  {a.name}
                </label>
              ))}
            </div>
          </fieldset>
          {described?.general && (
            <p className="input-message error" role="alert">
              {described.general}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={readOnly}>
              {t('dialog.save')}
            </button>
            <button type="button" className="button secondary" onClick={() => setDraft(null)}>
              {t('dialog.cancel')}
            </button>
          </div>
        </form>
      )}
      {events.data && events.data.length === 0 && <p className="muted">{t('network.events.none')}</p>}
      {events.data && events.data.length > 0 && (
        <ScrollRegion className="table-scroll" label={t('network.events.title')}>
          <table className="grid events-table">
            <caption className="visually-hidden">{t('network.events.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('network.events.date')}</th>
                <th scope="col">{t('network.events.type')}</th>
                <th scope="col">{t('network.events.titleField')}</th>
                <th scope="col">{t('network.events.field')}</th>
                <th scope="col" className="end">
                  {t('network.events.participants')}
                </th>
                <th scope="col">{t('network.events.actors')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('network.relationship.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {events.data.map((e) => (
                <tr key={e.id}>
                  <td>{formatDate(language, e.date)}</td>
                  <td>{t(`option.eventType.${e.type}`)}</td>
                  <td>{e.title}</td>
                  <td>{fieldName(e.fieldOfActionId)}</td>
                  <td className="end">{formatNumber(language, e.participants)}</td>
                  <td>
                    {e.actorIds
                      .map((a) => names.get(a) ?? '')
                      .slice(0, 4)
                      .join(', ')}
                    {e.actorIds.length > 4 &&
                      ` ${t('network.events.more', { count: e.actorIds.length - 4 })}`}
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="icon-button"
                      disabled={readOnly}
                      aria-label={t('network.events.editNamed', { title: e.title })}
                      title={t('network.events.editNamed', { title: e.title })}
                      onClick={() => edit(e)}
                    >
                      <Codicon name="edit" />
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      disabled={readOnly}
                      aria-label={t('network.events.deleteNamed', { title: e.title })}
                      title={t('network.events.deleteNamed', { title: e.title })}
                      onClick={() => void remove(e)}
                    >
                      <Codicon name="trash" />
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
