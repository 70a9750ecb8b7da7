// One actor: group and subtype (the subtypes of its group), SME or large, membership dates,
// location and note; its relationships, edited from here (added, changed, removed, each one
// action), the events it took part in and its endorsements of the cluster's strategies.
import './network.css';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { type ActorGroup, actorSubtypes } from '../../shared/contract/entities.ts';
import type { ActorLink } from '../../shared/contract/network.ts';
import type { ApiError } from '../../shared/contract/result.ts';
import { formatDate, type MessageKey } from '../../shared/i18n/i18n.ts';
import { actorGroups } from '../../shared/network/palette.ts';
import { Codicon } from '../base/Codicon.tsx';
import { DateField } from '../base/DateField.tsx';
import { useCall } from '../base/use-call.ts';
import { describeError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { useChanges } from '../stores/changes.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { confirmDialog, registerSaveHandler, useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { useActorNames } from './actor-names.ts';
import { subtypeLabel, typeLabel } from './shared-ui.tsx';

interface Draft {
  name: string;
  actorGroup: ActorGroup;
  subtype: string;
  size: '' | 'sme' | 'large';
  memberSince: string;
  memberUntil: string;
  location: string;
  note: string;
}

const fieldLabels: Record<string, MessageKey> = {
  name: 'network.actor.name',
  actorGroup: 'network.actor.group',
  subtype: 'network.actor.subtype',
  size: 'network.actor.size',
  memberSince: 'network.actor.memberSince',
  memberUntil: 'network.actor.memberUntil',
  location: 'network.actor.location',
  note: 'network.actor.note',
};

export function ActorEditor({ id, editorKey }: { id: number; editorKey: string }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const versions = useChanges((s) => s.versions);
  const reload = `${versions.actor ?? 0}.${versions.relationship ?? 0}.${versions.event_actor ?? 0}.${versions.event ?? 0}.${versions.endorsement ?? 0}.${versions.commitment ?? 0}`;
  const loaded = useCall('actors.get', { id }, { reload });
  const detail = useCall('actors.detail', { id }, { reload });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [baseline, setBaseline] = useState<Draft | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const formId = useId();

  // A new answer replaces the draft unless the user has edited it (then the edits stay).
  const baselineRef = useRef<Draft | null>(null);
  useEffect(() => {
    const a = loaded.data;
    if (!a) return;
    useActorNames.getState().remember(a.id, a.name);
    const next: Draft = {
      name: a.name,
      actorGroup: a.actorGroup,
      subtype: a.subtype,
      size: a.size ?? '',
      memberSince: a.memberSince ?? '',
      memberUntil: a.memberUntil ?? '',
      location: a.location,
      note: a.note,
    };
    const before = baselineRef.current;
    baselineRef.current = next;
    setBaseline(next);
    setDraft((previous) =>
      previous && before && JSON.stringify(previous) !== JSON.stringify(before) ? previous : next,
    );
  }, [loaded.data]);

  const dirty = draft !== null && baseline !== null && JSON.stringify(draft) !== JSON.stringify(baseline);
  useEffect(() => {
    useWorkbench.getState().setDirty(editorKey, dirty);
  }, [editorKey, dirty]);

  const save = useCallback(async () => {
    if (!draft || !baseline || !dirty) return true;
    const changed = Object.fromEntries(
      (Object.keys(draft) as (keyof Draft)[])
        .filter((k) => draft[k] !== baseline[k])
        .map((k) => [
          k,
          (k === 'size' || k === 'memberSince' || k === 'memberUntil') && draft[k] === '' ? null : draft[k],
        ]),
    );
    const result = await client().call('actors.update', { id, ...changed } as never);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    setError(null);
    baselineRef.current = draft;
    setBaseline(draft);
    return true;
  }, [draft, baseline, dirty, id]);
  useEffect(() => registerSaveHandler(editorKey, save), [editorKey, save]);

  if (loaded.error?.kind === 'notFound') return <p className="editor-message">{t('editor.missing')}</p>;
  if (!draft || !loaded.data) return <p className="muted">{t('editor.loading')}</p>;
  const clusterId = loaded.data.clusterId;
  const described = error ? describeError(error, t, fieldLabels) : null;
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const field = (name: keyof Draft, control: React.ReactNode) => {
    const message = described?.fields.get(name);
    return (
      <div className="field">
        <label className="field-label" htmlFor={`${formId}-${name}`}>
          {t(fieldLabels[name]!)}
        </label>
        {control}
        {message && (
          <span className="input-message error" id={`${formId}-${name}-error`}>
            {message}
          </span>
        )}
      </div>
    );
  };
  const common = (name: keyof Draft) => ({
    id: `${formId}-${name}`,
    disabled: readOnly,
    'aria-invalid': described?.fields.has(name) || undefined,
    'aria-describedby': described?.fields.has(name) ? `${formId}-${name}-error` : undefined,
  });

  const remove = async () => {
    const confirmed = await confirmDialog({
      title: t('editor.deleteConfirm.title', { kind: t('table.actor'), name: loaded.data!.name }),
      detail: t('network.actor.deleteDetail'),
      confirm: t('dialog.delete'),
      cancel: t('dialog.cancel'),
    });
    if (!confirmed) return;
    const result = await client().call('actors.delete', { id });
    if (result.ok) useWorkbench.getState().removeEditor(editorKey);
  };

  return (
    <div className="network-editor actor-editor">
      <header className="network-header">
        <h1>
          {t('table.actor')}: {loaded.data.name}
        </h1>
        <div className="network-toolbar" role="toolbar" aria-label={t('network.actor.toolbar')}>
          <button
            type="button"
            className="button secondary"
            onClick={() => useWorkbench.getState().openEditor({ kind: 'network', clusterId })}
          >
            <Codicon name="type-hierarchy" /> {t('network.open')}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => useWorkbench.getState().openEditor({ kind: 'actors', clusterId })}
          >
            <Codicon name="table" /> {t('network.actors.title')}
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={readOnly}
            onClick={() => void remove()}
          >
            <Codicon name="trash" /> {t('network.actor.delete')}
          </button>
        </div>
      </header>
      <form
        className="actor-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {field(
          'name',
          <input {...common('name')} value={draft.name} onChange={(e) => set({ name: e.target.value })} />,
        )}
        {field(
          'actorGroup',
          <select
            {...common('actorGroup')}
            value={draft.actorGroup}
            onChange={(e) => {
              const actorGroup = e.target.value as ActorGroup;
              const keeps = (actorSubtypes[actorGroup] as readonly string[]).includes(draft.subtype);
              set({ actorGroup, subtype: keeps ? draft.subtype : 'other' });
            }}
          >
            {actorGroups.map((g) => (
              <option key={g} value={g}>
                {t(`option.actorGroup.${g}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'subtype',
          <select
            {...common('subtype')}
            value={draft.subtype}
            onChange={(e) => set({ subtype: e.target.value })}
          >
            {actorSubtypes[draft.actorGroup].map((s) => (
              <option key={s} value={s}>
                {subtypeLabel(draft.actorGroup, s, t)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'size',
          <select
            {...common('size')}
            value={draft.size}
            onChange={(e) => set({ size: e.target.value as Draft['size'] })}
          >
            <option value="">{t('network.actors.size.none')}</option>
            <option value="sme">{t('option.actorSize.sme')}</option>
            <option value="large">{t('option.actorSize.large')}</option>
          </select>,
        )}
        {field(
          'memberSince',
          <DateField
            id={common('memberSince').id}
            label={t(fieldLabels.memberSince!)}
            describedBy={common('memberSince')['aria-describedby']}
            disabled={readOnly}
            value={draft.memberSince}
            onChange={(memberSince) => set({ memberSince })}
          />,
        )}
        {field(
          'memberUntil',
          <DateField
            id={common('memberUntil').id}
            label={t(fieldLabels.memberUntil!)}
            describedBy={common('memberUntil')['aria-describedby']}
            disabled={readOnly}
            value={draft.memberUntil}
            onChange={(memberUntil) => set({ memberUntil })}
          />,
        )}
        {field(
          'location',
          <input
            {...common('location')}
            value={draft.location}
            onChange={(e) => set({ location: e.target.value })}
          />,
        )}
        {field(
          'note',
          <textarea
            {...common('note')}
            rows={4}
            value={draft.note}
            onChange={(e) => set({ note: e.target.value })}
          />,
        )}
        {described?.general && (
          <p className="input-message error" role="alert">
            {described.general}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={readOnly || !dirty}>
            {t('dialog.save')}
          </button>
          <span className="muted">{t('network.actor.saveHint')}</span>
        </div>
      </form>
      <Relationships
        actorId={id}
        clusterId={clusterId}
        links={detail.data?.relationships ?? null}
        readOnly={readOnly}
      />
      <section className="editor-section" aria-labelledby={`${formId}-events`}>
        <h2 id={`${formId}-events`}>
          {t('network.actor.events', { count: detail.data?.events.length ?? 0 })}
        </h2>
        {detail.data && detail.data.events.length === 0 && (
          <p className="muted">{t('network.actor.noEvents')}</p>
        )}
        <ul className="plain-list">
          {detail.data?.events.map((e) => (
            <li key={e.id}>
              {formatDate(language, e.date)} – {e.title}{' '}
              <span className="muted">({t(`option.eventType.${e.type}`)})</span>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="button secondary"
          onClick={() => useWorkbench.getState().openEditor({ kind: 'events', clusterId })}
        >
          <Codicon name="calendar" /> {t('network.events.open')}
        </button>
      </section>
      <section className="editor-section" aria-labelledby={`${formId}-endorsements`}>
        <h2 id={`${formId}-endorsements`}>
          {t('network.actor.endorsements', { count: detail.data?.endorsements.length ?? 0 })}
        </h2>
        {detail.data && detail.data.endorsements.length === 0 && (
          <p className="muted">{t('network.actor.noEndorsements')}</p>
        )}
        <ul className="plain-list">
          {detail.data?.endorsements.map((e) => (
            <li key={e.id}>
              {e.strategyTitle}: {t(`option.endorsementForm.${e.form}`)}, {formatDate(language, e.date)}
              {e.commitments > 0 && (
                <span className="muted"> · {t('network.actor.commitments', { count: e.commitments })}</span>
              )}
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="button secondary"
          onClick={() => useWorkbench.getState().openEditor({ kind: 'guide', clusterId })}
        >
          <Codicon name="compass" /> {t('network.actor.openGuide')}
        </button>
      </section>
    </div>
  );
}

interface LinkDraft {
  partner: string;
  typeId: string;
  startedOn: string;
  endedOn: string;
  note: string;
}

const emptyLink: LinkDraft = { partner: '', typeId: '', startedOn: '', endedOn: '', note: '' };

function Relationships({
  actorId,
  clusterId,
  links,
  readOnly,
}: {
  actorId: number;
  clusterId: number;
  links: readonly ActorLink[] | null;
  readOnly: boolean;
}) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const id = useId();
  const actorVersion = useChanges((s) => s.versions.actor ?? 0);
  const actors = useCall('actors.list', { clusterId }, { reload: actorVersion });
  const types = useCall('relationshipTypes.list', {});
  const [adding, setAdding] = useState<LinkDraft>(emptyLink);
  const [editing, setEditing] = useState<{ id: number; draft: LinkDraft } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const partners = useMemo(
    () =>
      (actors.data ?? [])
        .filter((a) => a.id !== actorId)
        .sort((a, b) => a.name.localeCompare(b.name, language)),
    [actors.data, actorId, language],
  );
  const typeList = types.data ?? [];
  const typeName = (typeId: number) => {
    const type = typeList.find((x) => x.id === typeId);
    return type ? typeLabel(type, t) : '';
  };
  const describe = (e: ApiError) => {
    const described = describeError(e, t, {
      toActorId: 'network.relationship.partner',
      fromActorId: 'network.relationship.partner',
      typeId: 'network.relationship.type',
      startedOn: 'network.relationship.startedOn',
      endedOn: 'network.relationship.endedOn',
      note: 'network.relationship.note',
    });
    return [...described.fields.values(), described.general].filter(Boolean).join(' ');
  };
  const partnerId = (name: string) => partners.find((p) => p.name === name.trim())?.id;

  const add = async () => {
    const partner = partnerId(adding.partner);
    if (partner === undefined) {
      setError(t('network.relationship.error.partner'));
      return;
    }
    const typeId = Number(adding.typeId || typeList[0]?.id);
    const result = await client().call('relationships.create', {
      clusterId,
      fromActorId: actorId,
      toActorId: partner,
      typeId,
      startedOn: adding.startedOn || null,
      endedOn: adding.endedOn || null,
      note: adding.note,
    });
    if (!result.ok) {
      setError(describe(result.error));
      return;
    }
    setError(null);
    setAdding(emptyLink);
  };
  const update = async () => {
    if (!editing) return;
    const link = links?.find((l) => l.id === editing.id);
    if (!link) return;
    const result = await client().call('relationships.update', {
      id: editing.id,
      typeId: Number(editing.draft.typeId),
      startedOn: editing.draft.startedOn || null,
      endedOn: editing.draft.endedOn || null,
      note: editing.draft.note,
    });
    if (!result.ok) {
      setError(describe(result.error));
      return;
    }
    setError(null);
    setEditing(null);
  };
  const remove = async (link: ActorLink) => {
    const confirmed = await confirmDialog({
      title: t('network.relationship.deleteConfirm', { name: link.partnerName, type: typeName(link.typeId) }),
      detail: t('editor.deleteConfirm.detail'),
      confirm: t('dialog.delete'),
      cancel: t('dialog.cancel'),
    });
    if (confirmed) await client().call('relationships.delete', { id: link.id });
  };

  const linkFields = (
    draft: LinkDraft,
    setDraft: (d: LinkDraft) => void,
    prefix: string,
    withPartner: boolean,
  ) => (
    <>
      {withPartner && (
        <label className="field">
          <span className="field-label">{t('network.relationship.partner')}</span>
          <input
            list={`${id}-partners`}
            value={draft.partner}
            onChange={(e) => setDraft({ ...draft, partner: e.target.value })}
            placeholder={t('network.relationship.partnerPlaceholder')}
          />
        </label>
      )}
      <label className="field">
        <span className="field-label">{t('network.relationship.type')}</span>
        <select
          value={draft.typeId || String(typeList[0]?.id ?? '')}
          onChange={(e) => setDraft({ ...draft, typeId: e.target.value })}
        >
          {typeList.map((type) => (
            <option key={type.id} value={type.id}>
              {typeLabel(type, t)}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={`${id}-${prefix}-start`}>
        <span className="field-label">{t('network.relationship.startedOn')}</span>
        <DateField
          id={`${id}-${prefix}-start`}
          label={t('network.relationship.startedOn')}
          value={draft.startedOn}
          onChange={(startedOn) => setDraft({ ...draft, startedOn })}
        />
      </label>
      <label className="field" htmlFor={`${id}-${prefix}-end`}>
        <span className="field-label">{t('network.relationship.endedOn')}</span>
        <DateField
          id={`${id}-${prefix}-end`}
          label={t('network.relationship.endedOn')}
          value={draft.endedOn}
          onChange={(endedOn) => setDraft({ ...draft, endedOn })}
        />
      </label>
      <label className="field wide">
        <span className="field-label">{t('network.relationship.note')}</span>
        <input value={draft.note} onChange={(e) => setDraft({ ...draft, note: e.target.value })} />
      </label>
    </>
  );

  return (
    <section className="editor-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('network.actor.relationships', { count: links?.length ?? 0 })}</h2>
      {links && links.length === 0 && <p className="muted">{t('network.actor.noRelationships')}</p>}
      {links && links.length > 0 && (
        <table className="grid relationship-table">
          <caption className="visually-hidden">
            {t('network.actor.relationships', { count: links.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('network.relationship.partner')}</th>
              <th scope="col">{t('network.relationship.type')}</th>
              <th scope="col">{t('network.relationship.startedOn')}</th>
              <th scope="col">{t('network.relationship.endedOn')}</th>
              <th scope="col">{t('network.relationship.note')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('network.relationship.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {links.map((link) =>
              editing?.id === link.id ? (
                <tr key={link.id}>
                  <td colSpan={6}>
                    <form
                      className="relationship-form"
                      aria-label={t('network.relationship.editTitle', { name: link.partnerName })}
                      onSubmit={(e) => {
                        e.preventDefault();
                        void update();
                      }}
                    >
                      <strong>{link.partnerName}</strong>
                      {linkFields(
                        editing.draft,
                        (draft) => setEditing({ id: link.id, draft }),
                        `edit-${link.id}`,
                        false,
                      )}
                      <div className="form-actions">
                        <button type="submit" className="button primary">
                          {t('dialog.save')}
                        </button>
                        <button type="button" className="button secondary" onClick={() => setEditing(null)}>
                          {t('dialog.cancel')}
                        </button>
                      </div>
                    </form>
                  </td>
                </tr>
              ) : (
                <tr key={link.id}>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() =>
                        useWorkbench.getState().openEditor({ kind: 'actor', id: link.partnerId })
                      }
                    >
                      {link.partnerName}
                    </button>
                  </td>
                  <td>{typeName(link.typeId)}</td>
                  <td>{link.startedOn ? formatDate(language, link.startedOn) : ''}</td>
                  <td>{link.endedOn ? formatDate(language, link.endedOn) : ''}</td>
                  <td>{link.note}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="icon-button"
                      disabled={readOnly}
                      aria-label={t('network.relationship.edit', { name: link.partnerName })}
                      title={t('network.relationship.edit', { name: link.partnerName })}
                      onClick={() =>
                        setEditing({
                          id: link.id,
                          draft: {
                            partner: link.partnerName,
                            typeId: String(link.typeId),
                            startedOn: link.startedOn ?? '',
                            endedOn: link.endedOn ?? '',
                            note: link.note,
                          },
                        })
                      }
                    >
                      <Codicon name="edit" />
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      disabled={readOnly}
                      aria-label={t('network.relationship.remove', { name: link.partnerName })}
                      title={t('network.relationship.remove', { name: link.partnerName })}
                      onClick={() => void remove(link)}
                    >
                      <Codicon name="trash" />
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {error && (
        <p className="input-message error" role="alert">
          {error}
        </p>
      )}
      {!readOnly && (
        <form
          className="relationship-form"
          aria-label={t('network.relationship.add')}
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          {linkFields(adding, setAdding, 'add', true)}
          <datalist id={`${id}-partners`}>
            {partners.map((p) => (
              <option key={p.id} value={p.name} />
            ))}
          </datalist>
          <div className="form-actions">
            <button type="submit" className="button primary">
              <Codicon name="add" /> {t('network.relationship.add')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
