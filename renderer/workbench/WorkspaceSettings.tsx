// Settings stored in the workspace file: the name the activity log records, and how long rolling
// backups are kept. Saved when a field is left; refusals appear next to the field.
import { useEffect, useId, useState } from 'react';
import type { ApiError } from '../../shared/contract/result.ts';
import type { WorkspaceSettings as Settings } from '../../shared/contract/schemas.ts';
import { useCall } from '../base/use-call.ts';
import { describeError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';

type Field = keyof Settings;
const labels = {
  userName: 'settings.userName',
  backupDays: 'settings.backupDays',
  backupWeeks: 'settings.backupWeeks',
} as const;

export function WorkspaceSettings() {
  const t = useT();
  const id = useId();
  const info = useWorkspace((s) => s.info);
  const [values, setValues] = useState<Record<Field, string> | null>(null);
  const [saved, setSaved] = useState<Settings | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // Reloaded when another workspace file is opened.
  const loaded = useCall('settings.get', {}, { reload: info?.path }).data;
  useEffect(() => {
    if (!loaded) return;
    setSaved(loaded);
    setValues({
      userName: loaded.userName,
      backupDays: String(loaded.backupDays),
      backupWeeks: String(loaded.backupWeeks),
    });
  }, [loaded]);

  if (!values || !saved) return null;
  const described = error ? describeError(error, t, labels) : null;

  const save = async (field: Field) => {
    const raw = values[field];
    const value = field === 'userName' ? raw : raw.trim() === '' ? Number.NaN : Number(raw);
    if (value === saved[field]) return;
    const result = await client().call('settings.update', { [field]: value });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setSaved(result.data);
    useWorkbench.getState().notify(t('settings.saved'));
  };

  return (
    <fieldset className="settings-group" disabled={info?.readOnly}>
      <legend>{t('settings.workspace')}</legend>
      {(Object.keys(labels) as Field[]).map((field) => {
        const message = described?.fields.get(field);
        return (
          <div className="field" key={field}>
            <label className="field-label" htmlFor={`${id}-${field}`}>
              {t(labels[field])}
            </label>
            <input
              id={`${id}-${field}`}
              type={field === 'userName' ? 'text' : 'number'}
              min={field === 'userName' ? undefined : 0}
              value={values[field]}
              aria-invalid={message ? true : undefined}
              aria-describedby={
                message ? `${id}-${field}-error` : field === 'userName' ? `${id}-hint` : undefined
              }
              onChange={(e) => setValues({ ...values, [field]: e.target.value })}
              onBlur={() => void save(field)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') void save(field);
              }}
            />
            {field === 'userName' && !message && (
              <div id={`${id}-hint`} className="input-message">
                {loaded?.systemUserName
                  ? t('settings.userName.hint', { user: loaded.systemUserName })
                  : t('settings.userName.hintUnknown')}
              </div>
            )}
            {message && (
              <div id={`${id}-${field}-error`} role="alert" className="input-message error">
                {message}
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
