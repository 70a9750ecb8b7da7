// The actor register of a cluster: a grid in the style of the measurement grid (keyboard as in
// a spreadsheet, copy and paste, a row at the end for new actors), sorted and filtered by group,
// subtype, size, membership and text; several rows selected (Shift+arrows, Shift+click) can be
// changed together (group, subtype, size, membership dates) or deleted, each as one action.
// Every edit of the grid is one save: one Activity entry, one undo step.
import './network.css';
import { useMemo, useState } from 'react';
import { type ActorGroup, actorSubtypes } from '../../shared/contract/entities.ts';
import type { ActorChange, ActorRow } from '../../shared/contract/network.ts';
import type { ApiError } from '../../shared/contract/result.ts';
import { formatDate, formatNumber, type MessageKey, parseDateInput } from '../../shared/i18n/i18n.ts';
import { actorGroups } from '../../shared/network/palette.ts';
import {
  isBlankWord,
  normaliseWord,
  recogniseActorGroup,
  recogniseActorKind,
  recogniseSize,
} from '../../shared/network/words.ts';
import { localToday } from '../../shared/time/today.ts';
import { Codicon } from '../base/Codicon.tsx';
import { type CellEdit, cellKey, DataGrid, type GridColumn } from '../base/DataGrid.tsx';
import { useCall } from '../base/use-call.ts';
import { useT } from '../i18n/useT.ts';
import { useChanges } from '../stores/changes.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { confirmDialog, useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { BulkEdit } from './BulkEdit.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { subtypeLabel } from './shared-ui.tsx';

type Membership = 'all' | 'members' | 'former' | 'future' | 'partners';
type SortKey = 'name' | 'group' | 'memberSince' | 'relationships' | 'location';
const columnKeys = [
  'name',
  'group',
  'subtype',
  'size',
  'memberSince',
  'memberUntil',
  'location',
  'relationships',
  'events',
] as const;
type ColumnKey = (typeof columnKeys)[number];

export function membershipOf(
  actor: Pick<ActorRow, 'memberSince' | 'memberUntil'>,
  today: string,
): Exclude<Membership, 'all'> {
  if (actor.memberSince === null) return 'partners';
  if (actor.memberSince > today) return 'future';
  if (actor.memberUntil !== null && actor.memberUntil <= today) return 'former';
  return 'members';
}

export function ActorsEditor({ clusterId }: { clusterId: number }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const cluster = useWorkspace((s) => s.clusters.find((c) => c.id === clusterId));
  const version = useChanges(
    (s) =>
      `${s.versions.actor ?? 0}.${s.versions.relationship ?? 0}.${s.versions.event_actor ?? 0}.${s.versions.endorsement ?? 0}`,
  );
  const today = localToday();
  const table = useCall('actors.table', { clusterId, at: today }, { reload: version });
  const [text, setText] = useState('');
  const [group, setGroup] = useState<ActorGroup | ''>('');
  const [subtype, setSubtype] = useState('');
  const [size, setSize] = useState<'' | 'sme' | 'large' | 'none'>('');
  const [membership, setMembership] = useState<Membership>('all');
  const [sort, setSort] = useState<SortKey>('name');
  const [descending, setDescending] = useState(false);
  const [selection, setSelection] = useState({ row: 0, top: 0, bottom: 0 });
  const [bulk, setBulk] = useState(false);
  const [messages, setMessages] = useState<ReadonlyMap<string, string>>(new Map());
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  const [error, setError] = useState<string | null>(null);

  const rows = useMemo(() => {
    const all = table.data ?? [];
    const wanted = normaliseWord(text);
    const filtered = all.filter(
      (a) =>
        (group === '' || a.actorGroup === group) &&
        (subtype === '' || a.subtype === subtype) &&
        (size === '' || (size === 'none' ? a.size === null : a.size === size)) &&
        (membership === 'all' || membershipOf(a, today) === membership) &&
        (wanted === '' || normaliseWord(`${a.name} ${a.location} ${a.note}`).includes(wanted)),
    );
    const compare: Record<SortKey, (a: ActorRow, b: ActorRow) => number> = {
      name: (a, b) => a.name.localeCompare(b.name, language),
      group: (a, b) =>
        actorGroups.indexOf(a.actorGroup) - actorGroups.indexOf(b.actorGroup) ||
        a.name.localeCompare(b.name, language),
      memberSince: (a, b) => (a.memberSince ?? '9999').localeCompare(b.memberSince ?? '9999'),
      relationships: (a, b) => a.relationships - b.relationships,
      location: (a, b) => a.location.localeCompare(b.location, language),
    };
    const sorted = [...filtered].sort(compare[sort]);
    return descending ? sorted.reverse() : sorted;
  }, [table.data, text, group, subtype, size, membership, sort, descending, language, today]);

  const columns: GridColumn[] = columnKeys.map((key) => ({
    key,
    label: t(`network.actors.column.${key}` as MessageKey),
    width: {
      name: 260,
      group: 150,
      subtype: 210,
      size: 110,
      memberSince: 110,
      memberUntil: 110,
      location: 150,
      relationships: 100,
      events: 80,
    }[key],
    ...(key === 'relationships' || key === 'events' ? { align: 'end' as const } : {}),
    editable: () => !readOnly && key !== 'relationships' && key !== 'events',
  }));

  const cell = (row: number, col: number): string => {
    const a = rows[row];
    if (!a) return '';
    const key = columnKeys[col]!;
    switch (key) {
      case 'name':
        return a.name;
      case 'group':
        return t(`option.actorGroup.${a.actorGroup}`);
      case 'subtype':
        return subtypeLabel(a.actorGroup, a.subtype, t);
      case 'size':
        return a.size ? t(`option.actorSize.${a.size}`) : '';
      case 'memberSince':
        return a.memberSince ? formatDate(language, a.memberSince) : '';
      case 'memberUntil':
        return a.memberUntil ? formatDate(language, a.memberUntil) : '';
      case 'location':
        return a.location;
      case 'relationships':
        return formatNumber(language, a.relationships);
      default:
        return formatNumber(language, a.events);
    }
  };

  /** A group word typed in the UI language: its label, or an everyday word. */
  const readGroup = (text: string): ActorGroup | null =>
    actorGroups.find((g) => normaliseWord(t(`option.actorGroup.${g}`)) === normaliseWord(text)) ??
    recogniseActorGroup(text);
  const readSubtype = (text: string, actorGroup: ActorGroup): string | null => {
    const own = (actorSubtypes[actorGroup] as readonly string[]).find(
      (s) => normaliseWord(subtypeLabel(actorGroup, s, t)) === normaliseWord(text),
    );
    if (own) return own;
    const kind = recogniseActorKind(text);
    return kind && kind.actorGroup === actorGroup ? kind.subtype : null;
  };

  const onEdit = async (edits: readonly CellEdit[]) => {
    const refused = new Map<string, string>();
    const typed = new Map<string, string>();
    const byRow = new Map<number, ActorChange & Record<string, unknown>>();
    const sources: number[] = [];
    for (const e of edits) {
      const key = columnKeys[e.col]!;
      const actor = rows[e.row];
      const where = cellKey(e.row, e.col);
      let change = byRow.get(e.row);
      if (!change) {
        change = { id: actor?.id ?? null };
        byRow.set(e.row, change);
      }
      const refuse = (message: string) => {
        refused.set(where, message);
        typed.set(where, e.text);
      };
      const value = e.text.trim();
      if (key === 'name' || key === 'location') change[key] = value;
      else if (key === 'group') {
        const found = readGroup(value);
        if (!found) refuse(t('network.actors.error.group'));
        else {
          change.actorGroup = found;
          // A subtype the new group lacks becomes "other" unless the same edit sets one.
          const current = (change.subtype as string | undefined) ?? actor?.subtype ?? '';
          if (!(actorSubtypes[found] as readonly string[]).includes(current)) change.subtype = 'other';
        }
      } else if (key === 'subtype') {
        const actorGroup = (change.actorGroup as ActorGroup | undefined) ?? actor?.actorGroup;
        const kind = recogniseActorKind(value);
        const found = actorGroup ? readSubtype(value, actorGroup) : null;
        if (found) change.subtype = found;
        else if (kind && !actor) {
          change.actorGroup = kind.actorGroup;
          change.subtype = kind.subtype;
        } else refuse(t('network.actors.error.subtype'));
      } else if (key === 'size') {
        const found =
          value === ''
            ? null
            : ((['sme', 'large'] as const).find(
                (s) => normaliseWord(t(`option.actorSize.${s}`)) === normaliseWord(value),
              ) ?? recogniseSize(value));
        if (found === undefined) refuse(t('network.actors.error.size'));
        else change.size = found;
      } else if (key === 'memberSince' || key === 'memberUntil') {
        if (value === '' || isBlankWord(value)) change[key] = null;
        else {
          const date = parseDateInput(language, value);
          if (date === null) refuse(t('network.actors.error.date'));
          else change[key] = date;
        }
      }
    }
    const changes: ActorChange[] = [];
    for (const [row, change] of byRow) {
      if ([...refused.keys()].some((k) => k.startsWith(`${row}:`))) continue;
      if (change.id === null) {
        // A new row: saved once it has a name and a group (the subtype defaults to "other").
        if (!change.name || !change.actorGroup) {
          for (const e of edits.filter((x) => x.row === row)) typed.set(cellKey(e.row, e.col), e.text);
          if (!change.name) refused.set(cellKey(row, 0), t('network.actors.error.newName'));
          else refused.set(cellKey(row, 1), t('network.actors.error.newGroup'));
          continue;
        }
        change.subtype ??= 'other';
      }
      changes.push(change);
      sources.push(row);
    }
    setMessages(refused);
    setDrafts(typed);
    setError(null);
    if (changes.length === 0) return;
    const result = await client().call('actors.save', { clusterId, changes });
    if (!result.ok) {
      const next = new Map(refused);
      const described = describeCells(result.error, sources, t);
      for (const [key, message] of described.cells) next.set(key, message);
      setMessages(next);
      setError(described.general);
    } else if (result.data.created > 0) {
      useWorkbench.getState().notify(t('network.actors.created', { count: result.data.created }));
    }
  };

  const selected = rows.slice(selection.top, selection.bottom + 1).filter((a) => a !== undefined);
  const active = rows[selection.row];
  const openActive = () => {
    if (active) useWorkbench.getState().openEditor({ kind: 'actor', id: active.id });
  };
  const deleteSelected = async () => {
    if (selected.length === 0) return;
    const answer = await confirmDialog({
      title: t('network.actors.deleteConfirm', { count: selected.length, name: selected[0]!.name }),
      detail: t('network.actor.deleteDetail'),
      confirm: t('network.actors.delete', { count: selected.length }),
      cancel: t('dialog.cancel'),
    });
    if (!answer) return;
    const result = await client().call('actors.deleteMany', { ids: selected.map((a) => a.id) });
    useWorkbench
      .getState()
      .notify(
        result.ok
          ? t('network.actors.deleted', { count: result.data.deleted })
          : t('network.actors.deleteFailed'),
      );
  };

  const total = table.data?.length ?? 0;
  return (
    <div className="network-editor actors-editor">
      <header className="network-header">
        <h1>
          {t('network.actors.title')} – {cluster?.name ?? ''}
        </h1>
        <div className="network-toolbar" role="toolbar" aria-label={t('network.actors.toolbar')}>
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
            disabled={readOnly}
            onClick={() =>
              useWorkbench.getState().openEditor({ kind: 'networkImport', clusterId, what: 'actors' })
            }
          >
            <Codicon name="cloud-upload" /> {t('network.import.actors')}
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={readOnly}
            onClick={() =>
              useWorkbench.getState().openEditor({ kind: 'networkImport', clusterId, what: 'relationships' })
            }
          >
            <Codicon name="cloud-upload" /> {t('network.import.relationships')}
          </button>
          <ExportMenu clusterId={clusterId} />
        </div>
      </header>
      <search className="actors-filters" aria-label={t('network.actors.filters')}>
        <label className="field inline">
          <span className="field-label">{t('network.actors.search')}</span>
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label className="field inline">
          <span className="field-label">{t('network.actors.column.group')}</span>
          <select
            value={group}
            onChange={(e) => {
              setGroup(e.target.value as ActorGroup | '');
              setSubtype('');
            }}
          >
            <option value="">{t('network.actors.all')}</option>
            {actorGroups.map((g) => (
              <option key={g} value={g}>
                {t(`option.actorGroup.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field inline">
          <span className="field-label">{t('network.actors.column.subtype')}</span>
          <select value={subtype} onChange={(e) => setSubtype(e.target.value)} disabled={group === ''}>
            <option value="">{t('network.actors.all')}</option>
            {group !== '' &&
              actorSubtypes[group].map((s) => (
                <option key={s} value={s}>
                  {subtypeLabel(group, s, t)}
                </option>
              ))}
          </select>
        </label>
        <label className="field inline">
          <span className="field-label">{t('network.actors.column.size')}</span>
          <select value={size} onChange={(e) => setSize(e.target.value as typeof size)}>
            <option value="">{t('network.actors.all')}</option>
            <option value="sme">{t('option.actorSize.sme')}</option>
            <option value="large">{t('option.actorSize.large')}</option>
            <option value="none">{t('network.actors.size.none')}</option>
          </select>
        </label>
        <label className="field inline">
          <span className="field-label">{t('network.actors.membership')}</span>
          <select value={membership} onChange={(e) => setMembership(e.target.value as Membership)}>
            {(['all', 'members', 'former', 'future', 'partners'] as const).map((m) => (
              <option key={m} value={m}>
                {t(`network.actors.membership.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field inline">
          <span className="field-label">{t('network.actors.sort')}</span>
          <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            {(['name', 'group', 'memberSince', 'relationships', 'location'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`network.actors.column.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="icon-button"
          aria-pressed={descending}
          aria-label={t('network.actors.descending')}
          title={t('network.actors.descending')}
          onClick={() => setDescending(!descending)}
        >
          <Codicon name={descending ? 'arrow-down' : 'arrow-up'} />
        </button>
      </search>
      <div className="actors-selection" role="toolbar" aria-label={t('network.actors.selection')}>
        <span role="status">
          {t('network.actors.count', { count: rows.length, total })}
          {selected.length > 1 && ` · ${t('network.actors.selected', { count: selected.length })}`}
        </span>
        <button type="button" className="button secondary" disabled={!active} onClick={openActive}>
          <Codicon name="go-to-file" /> {t('network.actors.open')}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={readOnly || selected.length === 0}
          onClick={() => setBulk(!bulk)}
          aria-expanded={bulk}
        >
          <Codicon name="edit" /> {t('network.actors.bulk', { count: selected.length })}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={readOnly || selected.length === 0}
          onClick={() => void deleteSelected()}
        >
          <Codicon name="trash" /> {t('network.actors.delete', { count: selected.length })}
        </button>
      </div>
      {bulk && selected.length > 0 && (
        <BulkEdit ids={selected.map((a) => a.id)} onDone={() => setBulk(false)} />
      )}
      {error && (
        <p className="input-message error" role="alert">
          {error}
        </p>
      )}
      <p className="muted">{t('network.actors.hint')}</p>
      {table.data === null ? (
        <p className="muted">{t('editor.loading')}</p>
      ) : (
        <DataGrid
          id={`actors-${clusterId}`}
          label={`${t('network.actors.title')} – ${cluster?.name ?? ''}`}
          columns={columns}
          rowCount={rows.length + (readOnly ? 0 : 1)}
          cell={cell}
          messages={messages}
          drafts={drafts}
          onEdit={(edits) => void onEdit(edits)}
          readOnly={readOnly}
          rowClass={(row) => (row >= rows.length ? 'new-row' : undefined)}
          onSelectionChange={(s) =>
            setSelection({ row: s.row, top: s.top, bottom: Math.min(s.bottom, rows.length - 1) })
          }
        />
      )}
    </div>
  );
}

/** The backend's refusal of a grid save, as messages on the cells it names. */
function describeCells(error: ApiError, rows: readonly number[], t: ReturnType<typeof useT>) {
  const cells = new Map<string, string>();
  let general: string | null = null;
  if (error.kind === 'validation') {
    for (const issue of error.issues) {
      const [, index, field] = issue.path;
      const row = rows[Number(index)];
      const col = columnKeys.indexOf((field === 'actorGroup' ? 'group' : field) as ColumnKey);
      const label =
        col >= 0 ? t(`network.actors.column.${columnKeys[col]!}` as MessageKey) : t('error.field.generic');
      const message = t(`error.validation.${issue.code}`, { field: label, value: '', ...issue.params });
      if (row === undefined || col < 0) general = message;
      else cells.set(cellKey(row, col), message);
    }
  } else general = t('error.conflict');
  return { cells, general };
}
