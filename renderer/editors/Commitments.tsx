// What an actor pledged when endorsing the strategy: money, in-kind contributions or staff time.
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
  const describeMessage = (e: ApiError) => {
    const d = describeError(e, t, { amountCents: 'field.value', hours: 'field.value' });
    return [...d.fields.values(), d.general].filter(Boolean).join(' ');
  };

  return (
    <div className="commitments">
      {list.length > 0 && (
        <ul>
          {list.map((c) => (
            <li key={c.id}>
              {t(`option.commitmentKind.${c.kind}`)}:{' '}
              {c.kind === 'staff_time'
                ? t('commitment.hours', { hours: c.hours ?? 0 })
                : c.amountCents !== null
                  ? money(c.amountCents)
                  : ''}
              {c.description && ` — ${c.description}`}
            </li>
          ))}
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
