// What an actor pledged when endorsing the strategy: money, in-kind contributions or staff time;
// added, changed and removed here (each one action, undoable).
import { useState } from 'react';
import { enums } from '../../shared/contract/entities.ts';
import type { ApiError } from '../../shared/contract/result.ts';
import { formatNumber } from '../../shared/i18n/i18n.ts';
import { type LocalText, localText, readNumber, shownNumber } from '../base/local-text.ts';
import { useCall } from '../base/use-call.ts';
import { describeError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { useChanges } from '../stores/changes.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { confirmDialog } from '../stores/workbench.ts';

const kinds = enums.commitmentKind.options;
type Kind = (typeof kinds)[number];

export function Commitments({ endorsementId, actor }: { endorsementId: number; actor: string }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const version = useChanges((s) => s.versions.commitment ?? 0);
  const [kind, setKind] = useState<Kind>('money');
  const [amount, setAmount] = useState<LocalText>(() => localText('', usePrefs.getState().language));
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{
    id: number;
    kind: Kind;
    amount: LocalText;
    description: string;
  } | null>(null);

  const list = useCall('commitments.list', { endorsementId }, { reload: version }).data ?? [];

  const money = (cents: number) =>
    formatNumber(language, cents / 100, { style: 'currency', currency: 'EUR' });
  const add = async () => {
    const value = readNumber(amount);
    if (amount.text.trim() !== '' && Number.isNaN(value)) {
      setError(t('error.validation.notANumber', { field: t('commitment.amount', { actor }) }));
      return;
    }
    const number = amount.text.trim() === '' ? null : value;
    const result = await client().call('commitments.create', {
      endorsementId,
      kind,
      description,
      ...(kind === 'staff_time'
        ? { hours: number }
        : { amountCents: number === null ? null : Math.round(number * 100) }),
    });
    if (!result.ok) {
      setError(describeMessage(result.error));
      return;
    }
    setError(null);
    setAmount(localText('', language));
    setDescription('');
  };
  const update = async () => {
    if (!editing) return;
    const value = readNumber(editing.amount);
    if (editing.amount.text.trim() !== '' && Number.isNaN(value)) {
      setError(t('error.validation.notANumber', { field: t('commitment.amount', { actor }) }));
      return;
    }
    const number = editing.amount.text.trim() === '' ? null : value;
    const result = await client().call('commitments.update', {
      id: editing.id,
      kind: editing.kind,
      description: editing.description,
      ...(editing.kind === 'staff_time'
        ? { hours: number, amountCents: null }
        : { amountCents: number === null ? null : Math.round(number * 100), hours: null }),
    });
    if (!result.ok) {
      setError(describeMessage(result.error));
      return;
    }
    setError(null);
    setEditing(null);
  };
  const remove = async (commitment: { id: number; kind: Kind }) => {
    const confirmed = await confirmDialog({
      title: t('consensus.commitment.removeConfirm', {
        kind: t(`option.commitmentKind.${commitment.kind}`),
        actor,
      }),
      detail: t('editor.deleteConfirm.detail'),
      confirm: t('dialog.delete'),
      cancel: t('dialog.cancel'),
    });
    if (!confirmed) return;
    const result = await client().call('commitments.delete', { id: commitment.id });
    if (!result.ok) setError(describeMessage(result.error));
  };
  const describeMessage = (e: ApiError) => {
    const d = describeError(e, t, { amountCents: 'field.value', hours: 'field.value' });
    return [...d.fields.values(), d.general].filter(Boolean).join(' ');
  };

  return (
    <div className="commitments">
      {list.length > 0 && (
        <ul>
          {list.map((c) =>
            editing?.id === c.id ? (
              <li key={c.id}>
                <form
                  className="endorse-form"
                  aria-label={t('consensus.commitment.editTitle', { actor })}
                  onSubmit={(event) => {
                    event.preventDefault();
                    void update();
                  }}
                >
                  <select
                    aria-label={t('commitment.kind', { actor })}
                    value={editing.kind}
                    onChange={(event) => setEditing({ ...editing, kind: event.target.value as Kind })}
                  >
                    {kinds.map((k) => (
                      <option key={k} value={k}>
                        {t(`option.commitmentKind.${k}`)}
                      </option>
                    ))}
                  </select>
                  <input
                    type="text"
                    inputMode="decimal"
                    aria-label={t('commitment.amount', { actor })}
                    value={shownNumber(editing.amount, language)}
                    onChange={(event) =>
                      setEditing({ ...editing, amount: localText(event.target.value, language) })
                    }
                  />
                  <input
                    type="text"
                    aria-label={t('commitment.description', { actor })}
                    value={editing.description}
                    onChange={(event) => setEditing({ ...editing, description: event.target.value })}
                  />
                  <button type="submit" className="button primary">
                    {t('dialog.save')}
                  </button>
                  <button type="button" className="button secondary" onClick={() => setEditing(null)}>
                    {t('dialog.cancel')}
                  </button>
                </form>
              </li>
            ) : (
              <li key={c.id}>
                {t(`option.commitmentKind.${c.kind}`)}:{' '}
                {c.kind === 'staff_time'
                  ? t('commitment.hours', { hours: c.hours ?? 0 })
                  : c.amountCents !== null
                    ? money(c.amountCents)
                    : ''}
                {c.description && ` — ${c.description}`}{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('consensus.commitment.edit', {
                    kind: t(`option.commitmentKind.${c.kind}`),
                    actor,
                  })}
                  onClick={() =>
                    setEditing({
                      id: c.id,
                      kind: c.kind,
                      amount: localText(
                        c.kind === 'staff_time'
                          ? c.hours === null
                            ? ''
                            : formatNumber(language, c.hours, {
                                useGrouping: false,
                                maximumFractionDigits: 2,
                              })
                          : c.amountCents === null
                            ? ''
                            : formatNumber(language, c.amountCents / 100, {
                                useGrouping: false,
                                maximumFractionDigits: 2,
                              }),
                        language,
                      ),
                      description: c.description,
                    })
                  }
                >
                  {t('consensus.change')}
                </button>{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('consensus.commitment.remove', {
                    kind: t(`option.commitmentKind.${c.kind}`),
                    actor,
                  })}
                  onClick={() => void remove(c)}
                >
                  {t('consensus.delete')}
                </button>
              </li>
            ),
          )}
        </ul>
      )}
      <div className="endorse-form">
        <select
          aria-label={t('commitment.kind', { actor })}
          value={kind}
          onChange={(e) => setKind(e.target.value as Kind)}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`option.commitmentKind.${k}`)}
            </option>
          ))}
        </select>
        <input
          type="text"
          inputMode="decimal"
          aria-label={t('commitment.amount', { actor })}
          aria-invalid={error ? true : undefined}
          value={shownNumber(amount, language)}
          onChange={(e) => setAmount(localText(e.target.value, language))}
        />
        <input
          type="text"
          aria-label={t('commitment.description', { actor })}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <button type="button" className="button secondary" onClick={() => void add()}>
          {t('commitment.add')}
        </button>
      </div>
      {error && (
        <div role="alert" className="input-message error">
          {error}
        </div>
      )}
    </div>
  );
}
