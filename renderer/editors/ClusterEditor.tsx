// The cluster profile editor. Today it holds the name; issue-by-issue the profile grows (region,
// sector group, life-cycle stage, …). Behaves like a VS Code editor: dirty marker, Ctrl/Cmd+S,
// errors next to the field in the current language.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ApiError } from '../../shared/contract/result.ts';
import { formatDateTime } from '../../shared/i18n/i18n.ts';
import { runCommand } from '../commands/registry.ts';
import { describeError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { registerSaveHandler, useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';

export function ClusterEditor({ id, editorKey }: { id: number; editorKey: string }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const cluster = useWorkspace((s) => s.clusters.find((c) => c.id === id));
  const [name, setName] = useState(cluster?.name ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const synced = useRef(cluster?.name ?? '');
  const fieldId = useId();
  const dirty = cluster !== undefined && name !== cluster.name;

  // Follow changes made elsewhere (explorer, palette) unless the user is editing.
  useEffect(() => {
    if (!cluster) return;
    // Compare with the name the field last took over; the updater runs later, so capture it now.
    const previous = synced.current;
    setName((current) => (current === previous ? cluster.name : current));
    synced.current = cluster.name;
  }, [cluster]);

  useEffect(() => {
    useWorkbench.getState().setDirty(editorKey, dirty);
  }, [editorKey, dirty]);

  const save = useCallback(async () => {
    if (!cluster || name === cluster.name) return true;
    const result = await client().call('clusters.update', { id, name });
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    setError(null);
    synced.current = result.data.name;
    setName(result.data.name);
    await useWorkspace.getState().refreshClusters();
    return true;
  }, [cluster, id, name]);

  useEffect(() => registerSaveHandler(editorKey, save), [editorKey, save]);

  if (!cluster) return <p className="editor-message">{t('editor.missing')}</p>;

  const described = error ? describeError(error, t, { name: 'cluster.field.name' }) : null;
  const nameError = described?.fields.get('name');
  return (
    <form
      className="editor-form"
      aria-label={t('cluster.editor.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h1 className="editor-heading">{t('cluster.editor.title')}</h1>
      <div className="field">
        <label className="field-label" htmlFor={fieldId}>
          {t('cluster.field.name')}
        </label>
        <input
          id={fieldId}
          value={name}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${fieldId}-error` : undefined}
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
        />
        {nameError && (
          <div id={`${fieldId}-error`} role="alert" className="input-message error">
            {nameError}
          </div>
        )}
      </div>
      {described?.general && (
        <div role="alert" className="input-message error">
          {described.general}
        </div>
      )}
      <dl className="facts">
        <dt>{t('cluster.field.createdAt')}</dt>
        <dd>{formatDateTime(language, cluster.createdAt)}</dd>
        <dt>{t('cluster.field.updatedAt')}</dt>
        <dd>{formatDateTime(language, cluster.updatedAt)}</dd>
      </dl>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={!dirty}>
          {t('cluster.save')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => void runCommand('cluster.delete', id)}
        >
          {t('cluster.delete')}
        </button>
      </div>
    </form>
  );
}
