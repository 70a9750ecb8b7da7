// The network view (an editor tab per cluster): the actors and relationships in force at a
// chosen date, filtered by relationship type and actor group, coloured by group and sized by
// their relationships; search focuses an actor and highlights its partners; a legend; the
// network indicators at the date and how they developed year by year. The picture's layout is
// computed off the window's thread and kept (use-layout.ts).
import './network.css';
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ActorGroup } from '../../shared/contract/entities.ts';
import type { NetworkIndicatorsDto } from '../../shared/contract/network.ts';
import { formatDate, formatNumber, type MessageKey } from '../../shared/i18n/i18n.ts';
import { actorPresent, isMember } from '../../shared/network/graph.ts';
import { actorGroups, groupColours, type Theme } from '../../shared/network/palette.ts';
import { localToday } from '../../shared/time/today.ts';
import { Codicon } from '../base/Codicon.tsx';
import { DateField } from '../base/DateField.tsx';
import { useCall } from '../base/use-call.ts';
import { useT } from '../i18n/useT.ts';
import { useChanges } from '../stores/changes.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { DevelopmentCharts } from './DevelopmentCharts.tsx';
import { type CanvasHandle, NetworkCanvas } from './NetworkCanvas.tsx';
import { buildModel, type NetworkModel, searchActors, visibleAt } from './network-model.ts';
import { saveFile, subtypeLabel, typeLabel, useTheme } from './shared-ui.tsx';
import { useLayout } from './use-layout.ts';

export function NetworkEditor({ clusterId }: { clusterId: number }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const theme = useTheme();
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const cluster = useWorkspace((s) => s.clusters.find((c) => c.id === clusterId));
  const version = useChanges(
    (s) => `${s.versions.actor ?? 0}.${s.versions.relationship ?? 0}.${s.versions.relationship_type ?? 0}`,
  );
  const graph = useCall('network.graph', { clusterId }, { reload: version });
  const layout = useLayout(clusterId, graph.data, readOnly);
  const [at, setAt] = useState(localToday);
  const [typeIds, setTypeIds] = useState<ReadonlySet<number> | null>(null);
  const [groups, setGroups] = useState<ReadonlySet<ActorGroup>>(new Set(actorGroups));
  const [focus, setFocus] = useState<number | null>(null);
  const [panel, setPanel] = useState<'figures' | 'development'>('figures');
  const canvas = useRef<CanvasHandle>(null);
  const validAt = /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : localToday();
  const figures = useCall('network.indicators', { clusterId, at: validAt }, { reload: version });
  const history = useCall('network.history', panel === 'development' ? { clusterId, at: validAt } : null, {
    reload: version,
  });

  const model = useMemo<NetworkModel | null>(
    () => (graph.data && layout.positions ? buildModel(graph.data, layout.positions) : null),
    [graph.data, layout.positions],
  );
  const visible = useMemo(
    () => (model ? visibleAt(model, validAt, { typeIds, groups }) : null),
    [model, validAt, typeIds, groups],
  );
  const focused = focus !== null && model ? model.actors.get(focus) : undefined;
  const focusOn = (id: number | null) => {
    setFocus(id);
    if (id !== null) canvas.current?.showActor(id);
  };
  // An actor that leaves the picture (date or filter) leaves the focus too.
  useEffect(() => {
    if (focus !== null && visible && !visible.actors.has(focus)) setFocus(null);
  }, [focus, visible]);

  const types = graph.data?.types ?? [];
  const counts = useMemo(() => {
    const byGroup: Record<ActorGroup, number> = { business: 0, administration: 0, research: 0, culture: 0 };
    if (model && visible) for (const id of visible.actors) byGroup[model.actors.get(id)!.actorGroup]++;
    return byGroup;
  }, [model, visible]);

  const savePicture = () =>
    saveFile({
      purpose: 'exportSvg',
      suggestedName: `${cluster?.name ?? t('network.title')}-${validAt}.svg`,
      writeTo: (path) => client().call('network.savePicture', { clusterId, at: validAt, language, path }),
      download: async () => {
        const result = await client().call('network.picture', { clusterId, at: validAt, language });
        return result.ok
          ? { fileName: result.data.fileName, mimeType: 'image/svg+xml', text: result.data.svg }
          : null;
      },
      t,
    });

  const title = `${t('network.title')} – ${cluster?.name ?? ''}`;
  return (
    <div className="network-editor">
      <header className="network-header">
        <h1>{title}</h1>
        <div className="network-toolbar" role="toolbar" aria-label={t('network.toolbar')}>
          <label className="field inline">
            <span className="field-label">{t('network.date')}</span>
            <DateField
              label={t('network.date')}
              value={at}
              min="1900-01-01"
              max="2200-12-31"
              onChange={setAt}
            />
          </label>
          <button type="button" className="button secondary" onClick={() => setAt(localToday())}>
            {t('network.today')}
          </button>
          <ActorSearch model={model} present={visible?.actors ?? null} onPick={focusOn} />
          <details className="network-filter">
            <summary>
              <Codicon name="filter" /> {t('network.filter')}
              {(typeIds !== null || groups.size < actorGroups.length) && ` (${t('network.filter.active')})`}
            </summary>
            <div className="network-filter-body">
              <fieldset>
                <legend>{t('network.filter.groups')}</legend>
                {actorGroups.map((g) => (
                  <label key={g} className="check">
                    <input
                      type="checkbox"
                      checked={groups.has(g)}
                      onChange={(e) => {
                        const next = new Set(groups);
                        if (e.target.checked) next.add(g);
                        else next.delete(g);
                        setGroups(next);
                      }}
                    />
                    {t(`option.actorGroup.${g}`)}
                  </label>
                ))}
              </fieldset>
              <fieldset>
                <legend>{t('network.filter.types')}</legend>
                {types.map((type) => (
                  <label key={type.id} className="check">
                    <input
                      type="checkbox"
                      checked={typeIds === null || typeIds.has(type.id)}
                      onChange={(e) => {
                        const next = new Set(typeIds ?? types.map((x) => x.id));
                        if (e.target.checked) next.add(type.id);
                        else next.delete(type.id);
                        setTypeIds(next.size === types.length ? null : next);
                      }}
                    />
                    {typeLabel(type, t)}
                  </label>
                ))}
              </fieldset>
              <button
                type="button"
                className="button secondary"
                onClick={() => {
                  setTypeIds(null);
                  setGroups(new Set(actorGroups));
                }}
              >
                {t('network.filter.reset')}
              </button>
            </div>
          </details>
          <fieldset className="toolbar-group" aria-label={t('network.zoom')}>
            <button
              type="button"
              className="icon-button"
              aria-label={t('network.zoomIn')}
              title={t('network.zoomIn')}
              onClick={() => canvas.current?.zoom(1.25)}
            >
              <Codicon name="zoom-in" />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('network.zoomOut')}
              title={t('network.zoomOut')}
              onClick={() => canvas.current?.zoom(0.8)}
            >
              <Codicon name="zoom-out" />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('network.fit')}
              title={t('network.fit')}
              onClick={() => canvas.current?.fit()}
            >
              <Codicon name="screen-full" />
            </button>
          </fieldset>
          <button
            type="button"
            className="button secondary"
            disabled={layout.progress !== null || !graph.data}
            onClick={layout.arrangeAgain}
          >
            <Codicon name="refresh" /> {t('network.arrangeAgain')}
          </button>
          <button type="button" className="button secondary" onClick={() => void savePicture()}>
            <Codicon name="file-media" /> {t('network.savePicture')}
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('network.help')}
            title={t('network.help')}
            onClick={() => useWorkbench.getState().openEditor({ kind: 'networkHelp' })}
          >
            <Codicon name="question" />
          </button>
        </div>
      </header>
      <div className="network-body">
        <div className="network-main">
          {layout.progress !== null && (
            <div className="network-progress" role="status">
              {t('network.arranging', { percent: Math.round(layout.progress * 100) })}
              <progress max={1} value={layout.progress} aria-label={t('network.arrangingLabel')} />
            </div>
          )}
          {graph.error && (
            <p role="alert" className="input-message error">
              {t('network.loadFailed')}
            </p>
          )}
          {model && visible ? (
            <NetworkCanvas
              ref={canvas}
              model={model}
              visible={visible}
              focus={focus}
              theme={theme}
              label={t('network.canvas.label', {
                actors: visible.actors.size,
                relationships: visible.relationships,
                date: formatDate(language, validAt),
              })}
              onFocus={setFocus}
            />
          ) : (
            !graph.error && <div className="network-canvas network-loading">{t('editor.loading')}</div>
          )}
          <Legend counts={counts} theme={theme} />
        </div>
        <aside className="network-side" aria-label={t('network.side')}>
          {focused && model && visible && (
            <ActorFocus
              actorId={focused.id}
              model={model}
              partners={visible.partners.get(focused.id) ?? []}
              degree={visible.degree.get(focused.id) ?? 0}
              at={validAt}
              types={types}
              onFocus={focusOn}
              onClose={() => setFocus(null)}
            />
          )}
          <div className="network-side-tabs" role="tablist" aria-label={t('network.side')}>
            {(['figures', 'development'] as const).map((p) => (
              <button
                key={p}
                type="button"
                role="tab"
                id={`network-tab-${clusterId}-${p}`}
                aria-selected={panel === p}
                aria-controls={`network-panel-${clusterId}-${p}`}
                tabIndex={panel === p ? 0 : -1}
                className={`side-tab${panel === p ? ' active' : ''}`}
                onClick={() => setPanel(p)}
                onKeyDown={(e) => {
                  if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                    e.preventDefault();
                    const next = p === 'figures' ? 'development' : 'figures';
                    setPanel(next);
                    document.getElementById(`network-tab-${clusterId}-${next}`)?.focus();
                  }
                }}
              >
                {t(p === 'figures' ? 'network.figures.title' : 'network.development.title')}
              </button>
            ))}
          </div>
          <div
            role="tabpanel"
            id={`network-panel-${clusterId}-${panel}`}
            aria-labelledby={`network-tab-${clusterId}-${panel}`}
            className="network-panel"
          >
            {panel === 'figures' ? (
              figures.data ? (
                <Figures figures={figures.data} onFocus={focusOn} present={visible?.actors ?? null} />
              ) : (
                <p className="muted">{t('editor.loading')}</p>
              )
            ) : history.data ? (
              <DevelopmentCharts points={history.data.points} language={language} theme={theme} />
            ) : (
              <p className="muted">{t('editor.loading')}</p>
            )}
          </div>
        </aside>
      </div>
    </div>
  );
}

function Legend({ counts, theme }: { counts: Record<ActorGroup, number>; theme: Theme }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  return (
    <section className="network-legend" aria-label={t('network.legend')}>
      <ul>
        {actorGroups.map((g) => (
          <li key={g}>
            <span className="network-swatch round" style={{ background: groupColours[theme][g] }} />
            {t(`option.actorGroup.${g}`)} ({formatNumber(language, counts[g])})
          </li>
        ))}
      </ul>
      <p className="muted">{t('network.legend.notes')}</p>
    </section>
  );
}

function ActorSearch({
  model,
  present,
  onPick,
}: {
  model: NetworkModel | null;
  present: ReadonlySet<number> | null;
  onPick: (id: number) => void;
}) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const matches = useMemo(
    () => (model ? searchActors(model, text).filter((a) => present?.has(a.id) ?? true) : []),
    [model, text, present],
  );
  const pick = (index: number) => {
    const actor = matches[index];
    if (!actor) return;
    onPick(actor.id);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(matches.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };
  const shown = open && matches.length > 0;
  return (
    <div className="network-search">
      <label className="visually-hidden" htmlFor={`${id}-input`}>
        {t('network.search')}
      </label>
      <Codicon name="search" />
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        aria-activedescendant={shown ? `${id}-option-${active}` : undefined}
        placeholder={t('network.search.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <div
        id={`${id}-list`}
        role="listbox"
        aria-label={t('network.search')}
        className="network-search-list"
        hidden={!shown}
      >
        {matches.map((actor, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox's input handles the keyboard
          <div
            key={actor.id}
            id={`${id}-option-${index}`}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(index)}
          >
            {actor.name}
          </div>
        ))}
      </div>
      {text.trim() !== '' && matches.length === 0 && model && (
        <span className="muted network-search-none" role="status">
          {t('network.search.none')}
        </span>
      )}
    </div>
  );
}

function ActorFocus({
  actorId,
  model,
  partners,
  degree,
  at,
  types,
  onFocus,
  onClose,
}: {
  actorId: number;
  model: NetworkModel;
  partners: readonly number[];
  degree: number;
  at: string;
  types: readonly { id: number; key: string | null; name: string }[];
  onFocus: (id: number) => void;
  onClose: () => void;
}) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const actor = model.actors.get(actorId)!;
  const sorted = [...partners]
    .map((id) => model.actors.get(id)!)
    .sort((a, b) => a.name.localeCompare(b.name, language));
  const kinds = new Map<number, Set<number>>();
  for (const r of model.relationships) {
    const other = r.fromActorId === actorId ? r.toActorId : r.toActorId === actorId ? r.fromActorId : null;
    if (other === null || !partners.includes(other)) continue;
    if ((r.startedOn !== null && r.startedOn > at) || (r.endedOn !== null && r.endedOn <= at)) continue;
    kinds.set(other, (kinds.get(other) ?? new Set()).add(r.typeId));
  }
  const typeName = (typeId: number) => {
    const type = types.find((x) => x.id === typeId);
    return type ? typeLabel(type, t) : '';
  };
  return (
    <section className="actor-focus" aria-labelledby={`actor-focus-${actorId}`}>
      <header>
        <h2 id={`actor-focus-${actorId}`}>{actor.name}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('network.focus.clear')}
          title={t('network.focus.clear')}
          onClick={onClose}
        >
          <Codicon name="close" />
        </button>
      </header>
      <p>
        {t(`option.actorGroup.${actor.actorGroup}`)} · {subtypeLabel(actor.actorGroup, actor.subtype, t)}
        {actor.size && ` · ${t(`option.actorSize.${actor.size}`)}`}
      </p>
      <p className="muted">
        {isMember(actor, at)
          ? t('network.focus.member', { date: formatDate(language, actor.memberSince!) })
          : actorPresent(actor, at)
            ? t('network.focus.partner')
            : t('network.focus.absent')}
        {' · '}
        {t('network.focus.relationships', { count: degree })}
      </p>
      <button
        type="button"
        className="button secondary"
        onClick={() => useWorkbench.getState().openEditor({ kind: 'actor', id: actorId })}
      >
        <Codicon name="go-to-file" /> {t('network.focus.open')}
      </button>
      {sorted.length > 0 && (
        <>
          <h3>{t('network.focus.partners', { count: sorted.length })}</h3>
          <ul className="partner-list">
            {sorted.map((p) => (
              <li key={p.id}>
                <button type="button" className="link-button" onClick={() => onFocus(p.id)}>
                  {p.name}
                </button>
                <span className="muted"> – {[...(kinds.get(p.id) ?? [])].map(typeName).join(', ')}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Figures({
  figures,
  onFocus,
  present,
}: {
  figures: NetworkIndicatorsDto;
  onFocus: (id: number) => void;
  present: ReadonlySet<number> | null;
}) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const n = (v: number) => formatNumber(language, v);
  const pct = (v: number | null) =>
    v === null ? '–' : formatNumber(language, v, { style: 'percent', maximumFractionDigits: 1 });
  const row = (title: MessageKey, value: string, detail?: string) => (
    <div className="figure-row">
      <dt>{t(title)}</dt>
      <dd>
        <strong>{value}</strong>
        {detail && <span className="muted"> {detail}</span>}
      </dd>
    </div>
  );
  const actorButton = (a: { id: number; name: string }) =>
    present === null || present.has(a.id) ? (
      <button type="button" className="link-button" onClick={() => onFocus(a.id)}>
        {a.name}
      </button>
    ) : (
      a.name
    );
  return (
    <div className="network-figures">
      <p className="muted">{t('network.figures.asOf', { date: formatDate(language, figures.at) })}</p>
      <dl>
        {row(
          'network.figure.members',
          n(figures.members),
          t('network.figure.actors', { count: figures.actors }),
        )}
        {actorGroups.map((g) => (
          <div className="figure-row sub" key={g}>
            <dt>{t(`option.actorGroup.${g}`)}</dt>
            <dd>{n(figures.membersByGroup[g])}</dd>
          </div>
        ))}
        {row(
          'network.figure.relationshipsPerActor',
          figures.relationshipsPerActor === null
            ? '–'
            : formatNumber(language, figures.relationshipsPerActor, { maximumFractionDigits: 2 }),
          t('network.figure.relationships', { count: figures.relationships }),
        )}
        {row(
          'network.figure.density',
          pct(figures.density),
          t('network.figure.pairs', { count: figures.pairs }),
        )}
        {row(
          'network.figure.smeResearchShare',
          pct(figures.smeResearchShare),
          t('network.figure.smes', { linked: figures.smesLinkedToResearch, count: figures.smes }),
        )}
        {row('network.figure.isolatedMembers', n(figures.isolatedMembers))}
        {row('network.figure.topBrokerShare', pct(figures.topBrokerShare))}
        {row(
          'network.figure.communities',
          n(figures.communities),
          figures.communitySizes.length > 0
            ? t('network.figure.communitySizes', { sizes: figures.communitySizes.slice(0, 8).join(', ') })
            : undefined,
        )}
      </dl>
      {figures.brokers.length > 0 && (
        <>
          <h3>{t('network.figure.brokers')}</h3>
          <ol className="broker-list">
            {figures.brokers.map((b) => (
              <li key={b.id}>
                {actorButton(b)} <span className="muted">{pct(b.betweenness)}</span>
              </li>
            ))}
          </ol>
          {!figures.betweennessExact && (
            <p className="muted small">
              {t('network.figure.estimated', { sources: figures.betweennessSources })}
            </p>
          )}
        </>
      )}
      {figures.isolated.length > 0 && (
        <details>
          <summary>{t('network.figure.isolatedList', { count: figures.isolated.length })}</summary>
          <ul className="partner-list">
            {figures.isolated.slice(0, 200).map((a) => (
              <li key={a.id}>{actorButton(a)}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
