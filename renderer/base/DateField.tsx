// The one date input of the app. A native <input type="date"> shows the browser's locale
// (12/31/2026 in a German UI on an English system); this field shows and reads the UI language
// (31.12.2026 in German) and also takes ISO 2026-12-31, as pasted or filled by tests. Its value in
// and out is an ISO date ('' for none). Typed text keeps the language it was typed in (the rule of
// local-text.ts): switching the UI language re-formats the same date and never re-reads the text.
// A date is passed on as soon as the text is one (as the native input does while its year is
// typed), so Ctrl+S saves what is on screen; Enter or leaving the field tidies the text or shows why
// it is refused. A refused text also fails the input's validity, so no form around it submits.
import './DateField.css';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { Language } from '../../shared/contract/schemas.ts';
import { formatDate } from '../../shared/i18n/i18n.ts';
import { useT } from '../i18n/useT.ts';
import { usePrefs } from '../stores/prefs.ts';
import { Codicon } from './Codicon.tsx';
import { type LocalText, localText, readDate, shownDate } from './local-text.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The range every date of the app lies in (the schemas' and the parser's). */
export const FIRST_DATE = '1900-01-01';
export const LAST_DATE = '2200-12-31';

export type DateProblem = 'invalid' | 'range' | 'required';

/** The ISO date a value shows as in `language`; '' for none. */
export function dateText(language: Language, iso: string): string {
  return ISO_DATE.test(iso) ? formatDate(language, iso) : '';
}

/** What typed text means: an ISO date, '' when empty, or why it is none. */
export function readDateText(
  typed: LocalText,
  bounds: { min: string; max: string; required: boolean },
): { iso: string } | { problem: DateProblem } {
  if (typed.text.trim() === '') return bounds.required ? { problem: 'required' } : { iso: '' };
  const iso = readDate(typed);
  if (iso === null) return { problem: 'invalid' };
  if (iso < bounds.min || iso > bounds.max) return { problem: 'range' };
  return { iso };
}

/**
 * Whether every date field inside `root` holds a date. Each one that does not shows why beside
 * itself (checkValidity fires its `invalid` event); a button that saves without a form asks first.
 */
export function datesAccepted(root: Element | null): boolean {
  const fields = [...(root?.querySelectorAll<HTMLInputElement>('input.date-field-text') ?? [])];
  return fields.filter((field) => !field.checkValidity()).length === 0;
}

export interface DateFieldProps {
  /** ISO date, or '' for none. */
  readonly value: string;
  /** Called with an ISO date (or '' when emptied) whenever the text means one. */
  readonly onChange: (iso: string) => void;
  /** The field's name: its accessible name and the subject of its messages. */
  readonly label: string;
  readonly id?: string;
  readonly name?: string;
  readonly min?: string;
  readonly max?: string;
  readonly required?: boolean;
  readonly disabled?: boolean;
  /** A refusal from elsewhere (the backend, the form), shown where the field's own would be. */
  readonly message?: string | undefined;
  /** The id of a refusal the caller shows itself, for when the field has none of its own. */
  readonly describedBy?: string | undefined;
  /** After the field has read its text on leaving it (a table row that saves on blur); false when it refused it. */
  readonly onBlur?: (accepted: boolean) => void;
}

export function DateField(props: DateFieldProps) {
  const { value, onChange, label, min = FIRST_DATE, max = LAST_DATE, required = false, disabled } = props;
  const t = useT();
  const language = usePrefs((s) => s.language);
  const ownId = useId();
  const id = props.id ?? ownId;
  const input = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  /** The text as typed, in its language; null while the field shows its value untouched. */
  const [typed, setTyped] = useState<LocalText | null>(null);
  /** The refusal is shown once the user leaves the field, presses Enter or tries to submit. */
  const [revealed, setRevealed] = useState(false);

  const bounds = { min, max, required };
  const meaning = typed ? readDateText(typed, bounds) : null;
  const problem = meaning && 'problem' in meaning ? meaning.problem : null;
  const text = typed ? shownDate(typed, language) : dateText(language, value);

  // A value set from outside (Today, undo, another editor) replaces text that meant something else.
  useEffect(() => {
    setTyped((current) => {
      if (!current) return current;
      const now = readDateText(current, { min, max, required: false });
      return 'iso' in now && now.iso === value ? current : null;
    });
  }, [value, min, max]);

  const messageOf = (p: DateProblem): string => {
    switch (p) {
      case 'invalid':
        return t('dateField.error.invalid', {
          field: label,
          text,
          example: formatDate(language, '2026-12-31'),
        });
      case 'range':
        return t('dateField.error.range', {
          field: label,
          min: formatDate(language, min),
          max: formatDate(language, max),
        });
      case 'required':
        return t('error.validation.required', { field: label });
    }
  };
  const validity = problem ? messageOf(problem) : '';
  useEffect(() => {
    input.current?.setCustomValidity(validity);
  }, [validity]);

  const message = (revealed && problem ? validity : undefined) ?? props.message;
  const errorId = `${id}-error`;

  const type = (next: string) => {
    const entry = localText(next, language);
    setTyped(entry);
    const now = readDateText(entry, bounds);
    // While typing, a date is passed on only once its year is whole: "31.12.20" on the way to
    // "31.12.2026" must not save (or show the dashboard for) 2020. Enter or leaving the field
    // takes a two-digit year.
    if ('iso' in now && (next.trim() === '' || /\d{4}/.test(next))) {
      setRevealed(false);
      if (now.iso !== value) onChange(now.iso);
    }
  };

  /** Enter or leaving the field: a date shows in the UI's form, anything else says why not. */
  const settle = (): boolean => {
    if (!typed) return true;
    if (problem) {
      setRevealed(true);
      return false;
    }
    // A date with a two-digit year is taken here, not while it was being typed.
    const now = readDateText(typed, bounds);
    if ('iso' in now && now.iso !== value) onChange(now.iso);
    setTyped(null);
    return true;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && !settle()) e.preventDefault();
  };

  const openCalendar = () => {
    const native = picker.current;
    if (!native) return;
    try {
      native.showPicker();
    } catch {
      // No picker here (an old engine): typing the date still works.
      input.current?.focus();
    }
  };

  return (
    <span className="date-field">
      <input
        ref={input}
        id={id}
        name={props.name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className="date-field-text"
        aria-label={label}
        value={text}
        disabled={disabled}
        aria-invalid={message || props.describedBy ? true : undefined}
        aria-describedby={message ? errorId : props.describedBy}
        onChange={(e) => type(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          const accepted = settle();
          props.onBlur?.(accepted);
        }}
        onInvalid={(e) => {
          // A form refused to submit: show the message beside the field, not the browser's bubble.
          e.preventDefault();
          setRevealed(true);
        }}
      />
      <button
        type="button"
        className="icon-button date-field-calendar"
        aria-label={t('dateField.openCalendar')}
        title={t('dateField.openCalendar')}
        disabled={disabled}
        onClick={openCalendar}
      >
        <Codicon name="calendar" />
      </button>
      <input
        ref={picker}
        type="date"
        className="date-field-picker"
        tabIndex={-1}
        aria-hidden="true"
        value={ISO_DATE.test(value) ? value : ''}
        min={min}
        max={max}
        disabled={disabled}
        onChange={(e) => {
          if (e.target.value === '') return;
          setTyped(null);
          setRevealed(false);
          if (e.target.value !== value) onChange(e.target.value);
          input.current?.focus();
        }}
      />
      {message && (
        <span id={errorId} role="alert" className="input-message error date-field-message">
          {message}
        </span>
      )}
    </span>
  );
}
