// The Search view: full-text search over every item as you type (the workspace's FTS5 index),
// results grouped by kind. Arrow keys move through the results, Enter opens one.
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { SearchHit } from '../../shared/contract/schemas.ts';
import { tableName } from '../base/activity-title.ts';
import { Codicon } from '../base/Codicon.tsx';
import { useCall } from '../base/use-call.ts';
import { openItem, openMode } from '../commands/open-item.ts';
import { useT } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkbench } from '../stores/workbench.ts';

const icons: Record<string, string> = {
  cluster: 'organization',
  actor: 'person',
  strategy: 'target',
  goal: 'flag',
  indicator: 'graph-line',
  milestone: 'milestone',
  break_point: 'debug-breakpoint-conditional',
  event: 'calendar',
  measurement: 'symbol-number',
  evaluation: 'checklist',
};

/** Opens a hit: clusters in their editor; other items are shown in the explorer. */
export function openHit(hit: SearchHit, via: 'click' | 'keyboard' | 'doubleClick' = 'keyboard'): void {
  const wb = useWorkbench.getState();
  const treeKey: Record<string, string> = {
    strategy: `strategy:${hit.id}`,
    goal: `goal:${hit.id}`,
    indicator: `cluster:${hit.clusterId}/indicator:${hit.id}`,
    milestone: `milestone:${hit.id}`,
    break_point: `breakPoint:${hit.id}`,
    actor: `actor:${hit.id}`,
    event: `cluster:${hit.clusterId}/events`,
  };
  // The keyboard stays in the results, to open the next one.
  const stay = { preserveFocus: true, ...openMode(via) };
  if (hit.entity === 'cluster') wb.openEditor({ kind: 'cluster', id: hit.id }, stay);
  else if (hit.entity === 'evaluation')
    wb.openEditor({ kind: 'entity', entity: 'evaluation', id: hit.id }, stay);
  else if (hit.entity === 'agenda_item') {
    // An agenda item opens its evaluation.
    void client()
      .call('agendaItems.get', { id: hit.id })
      .then((r) => {
        if (r.ok) wb.openEditor({ kind: 'entity', entity: 'evaluation', id: r.data.evaluationId }, stay);
      });
  } else if (treeKey[hit.entity]) openItem(treeKey[hit.entity]!, undefined, stay);
  else if (hit.clusterId !== null) wb.openEditor({ kind: 'cluster', id: hit.clusterId }, stay);
}

/** Splits a snippet on the «…» marks the backend puts around matched words. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/[«»]/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: positional parts of one snippet
          <mark key={i}>{part}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: positional parts of one snippet
          <span key={i}>{part}</span>
        ),
      )}
    </>
  );
}

export function SearchView() {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  const query = text.trim() === '' ? null : { text, limit: 100 };
  // A short pause coalesces a burst of keys; longer would be felt (each key should answer within
  // 100 ms), and an answer the user has typed past is dropped anyway (useCall).
  const { data: hits, loading } = useCall('search.query', query, { delayMs: 25 });
  // A new answer starts at its best match.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `hits` is the trigger
  useEffect(() => setActive(0), [hits]);

  // Grouped by kind, in the order the kinds first appear (best match first).
  const groups = useMemo(() => {
    const map = new Map<string, SearchHit[]>();
    for (const hit of hits ?? []) map.set(hit.entity, [...(map.get(hit.entity) ?? []), hit]);
    return [...map.entries()];
  }, [hits]);
  const ordered = groups.flatMap(([, list]) => list);

  const onKeyDown = (event: KeyboardEvent) => {
    if (ordered.length === 0) return;
    if (event.key === 'ArrowDown') setActive((active + 1) % ordered.length);
    else if (event.key === 'ArrowUp') setActive((active - 1 + ordered.length) % ordered.length);
    else if (event.key === 'Enter') openHit(ordered[active]!, 'keyboard');
    else return;
    event.preventDefault();
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll whenever the selection moves
  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  let index = -1;
  return (
    // Busy while the results answer an earlier text than the one typed.
    <div className="search-view" aria-busy={(query !== null && loading) || undefined}>
      <input
        type="search"
        className="search-input"
        data-side-view-focus
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={text}
        role="combobox"
        aria-expanded={ordered.length > 0}
        aria-controls="search-results"
        aria-activedescendant={ordered.length > 0 ? `search-hit-${active}` : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {hits === null ? (
        <p className="view-empty">{t('search.hint')}</p>
      ) : hits.length === 0 ? (
        <p className="view-empty">{t('search.none', { text })}</p>
      ) : (
        <>
          <p className="search-count">{t('search.results', { count: hits.length })}</p>
          <div
            id="search-results"
            ref={listRef}
            role="listbox"
            aria-label={t('search.label')}
            className="search-results"
          >
            {groups.map(([entity, list]) => (
              // biome-ignore lint/a11y/useSemanticElements: a group of options inside a listbox, per the ARIA listbox pattern
              <div key={entity} role="group" aria-label={tableName(t, entity)}>
                <div className="search-group" aria-hidden="true">
                  <Codicon name={icons[entity] ?? 'circle'} /> {tableName(t, entity)} (
                  {list.length.toLocaleString(language)})
                </div>
                {list.map((hit) => {
                  index++;
                  const i = index;
                  return (
                    <div
                      key={`${hit.entity}:${hit.id}`}
                      id={`search-hit-${i}`}
                      role="option"
                      tabIndex={-1}
                      aria-selected={i === active}
                      className={`search-hit${i === active ? ' selected' : ''}`}
                      onMouseDown={(e) => e.preventDefault()}
                      onClick={() => {
                        setActive(i);
                        openHit(hit, 'click');
                      }}
                      onDoubleClick={() => openHit(hit, 'doubleClick')}
                      onKeyDown={() => undefined}
                    >
                      <span className="search-title">{hit.title || tableName(t, hit.entity)}</span>
                      {hit.snippet && (
                        <span className="search-snippet">
                          <Snippet text={hit.snippet} />
                        </span>
                      )}
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
