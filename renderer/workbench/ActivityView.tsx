// The Activity panel: the audit trail, newest first, filterable by kind of item, user and text.
// Each entry expands to the rows it changed, with the fields before and after.
import { useEffect, useState } from 'react';
import type { AuditChange } from '../../shared/contract/schemas.ts';
import { formatDateTime } from '../../shared/i18n/i18n.ts';
import { batchTitle, namedTables, tableName } from '../base/activity-title.ts';
import { type Translate, useT } from '../i18n/useT.ts';
import { useActivity } from '../stores/activity.ts';
import { usePrefs } from '../stores/prefs.ts';

export function ActivityView() {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const { batches, filter, loaded } = useActivity();
  const [user, setUser] = useState(filter.user);
  const [text, setText] = useState(filter.text);

  useEffect(() => {
    void useActivity.getState().refresh();
  }, []);
  useEffect(() => {
    const timer = setTimeout(() => {
      const current = useActivity.getState().filter;
      if (current.user !== user || current.text !== text) useActivity.getState().setFilter({ user, text });
    }, 250);
    return () => clearTimeout(timer);
  }, [user, text]);

  const filtered = filter.entity !== '' || filter.user !== '' || filter.text !== '';
  return (
    <div className="activity">
      <form
        className="activity-filter"
        aria-label={t('activity.filter.label')}
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          <span>{t('activity.filter.entity')}</span>
          <select
            value={filter.entity}
            onChange={(e) => useActivity.getState().setFilter({ entity: e.target.value })}
          >
            <option value="">{t('activity.filter.entityAll')}</option>
            {namedTables
              .map((table) => ({ table, name: tableName(t, table) }))
              .sort((a, b) => a.name.localeCompare(b.name, language))
              .map(({ table, name }) => (
                <option key={table} value={table}>
                  {name}
                </option>
              ))}
          </select>
        </label>
        <label>
          <span>{t('activity.filter.user')}</span>
          <input value={user} onChange={(e) => setUser(e.target.value)} />
        </label>
        <label>
          <span>{t('activity.filter.text')}</span>
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
      </form>
      {loaded && batches.length === 0 ? (
        <p className="panel-empty">{filtered ? t('activity.none.filtered') : t('activity.none')}</p>
      ) : (
        <ol className="activity-list">
          {batches.map((batch, index) => (
            <li key={batch.id} className={batch.undone ? 'undone' : undefined}>
              <details>
                {/* The newest entry takes focus when a command opens the panel. */}
                <summary {...(index === 0 ? { 'data-panel-focus': true } : {})}>
                  <time dateTime={batch.at}>{formatDateTime(language, batch.at)}</time>{' '}
                  <strong>{batchTitle(t, batch)}</strong>{' '}
                  {batch.user && <span className="muted">{t('activity.by', { user: batch.user })}</span>}{' '}
                  {batch.changeCount > 0 && (
                    <span className="muted">
                      ·{' '}
                      {batch.changeCount === 1
                        ? t('activity.changes.one')
                        : t('activity.changes', { count: batch.changeCount })}
                    </span>
                  )}
                  {batch.undone && <span className="muted"> · {t('activity.undone')}</span>}
                  {batch.reason && (
                    <span className="activity-reason">
                      {' '}
                      · {t('activity.reason', { reason: batch.reason })}
                    </span>
                  )}
                </summary>
                <ul className="activity-changes">
                  {batch.changes.map((change) => (
                    <li
                      key={`${change.entity}:${change.entityId}:${change.action}:${JSON.stringify(change.after)?.length}`}
                    >
                      <ChangeLine change={change} t={t} />
                    </li>
                  ))}
                  {batch.changeCount > batch.changes.length && (
                    <li className="muted">
                      {t('activity.more', { count: batch.changeCount - batch.changes.length })}
                    </li>
                  )}
                </ul>
              </details>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function ChangeLine({ change, t }: { change: AuditChange; t: Translate }) {
  const changed =
    change.action === 'update' && change.before && change.after
      ? Object.keys(change.after).filter(
          (k) =>
            k !== 'updated_at' && JSON.stringify(change.before?.[k]) !== JSON.stringify(change.after?.[k]),
        )
      : [];
  return (
    <>
      {t('activity.changeLine', {
        entity: tableName(t, change.entity),
        label: change.label,
        action: t(`activity.change.${change.action}`),
      })}
      {changed.length > 0 && (
        <dl className="activity-diff">
          {changed.map((field) => (
            <div key={field}>
              <dt>{field}</dt>
              <dd>
                <del>{show(change.before?.[field])}</del> → <ins>{show(change.after?.[field])}</ins>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

const show = (value: unknown) => (value === null || value === undefined ? '—' : String(value));
