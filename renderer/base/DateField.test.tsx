// The date field shows and reads the UI language, takes ISO too, refuses what is no date beside
// the field (and for a form around it), and keeps the meaning of typed text across a language switch.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../shared/contract/schemas.ts';
import { usePrefs } from '../stores/prefs.ts';
import { DateField, type DateFieldProps, datesAccepted } from './DateField.tsx';

const speak = (language: Language) => act(() => usePrefs.setState({ language }));

/** A parent that holds the ISO value, as the editors do. */
function Holder(props: Partial<DateFieldProps> & { initial?: string; onIso?: (iso: string) => void }) {
  const [value, setValue] = useState(props.initial ?? '');
  return (
    <>
      <DateField
        label="Stichtag"
        {...props}
        value={value}
        onChange={(iso) => {
          props.onIso?.(iso);
          setValue(iso);
        }}
      />
      <output data-testid="value">{value}</output>
    </>
  );
}

const field = () => screen.getByRole('textbox', { name: 'Stichtag' });
const stored = () => screen.getByTestId('value').textContent;
const type = (text: string) => fireEvent.change(field(), { target: { value: text } });

beforeEach(() => speak('de'));
afterEach(() => speak('en'));

describe('DateField', () => {
  it('shows the value in the UI language and re-formats an untouched field on a switch', async () => {
    render(<Holder initial="2026-12-31" />);
    expect(field()).toHaveProperty('value', '31.12.2026');
    await speak('en');
    expect(field()).toHaveProperty('value', '12/31/2026');
  });

  it('passes a typed German date on as ISO, and ISO as it is', () => {
    const onIso = vi.fn();
    render(<Holder onIso={onIso} />);
    type('31.12.2026');
    expect(onIso).toHaveBeenLastCalledWith('2026-12-31');
    type('2027-01-15');
    expect(onIso).toHaveBeenLastCalledWith('2027-01-15');
    expect(stored()).toBe('2027-01-15');
  });

  it('passes nothing on while the year is half typed, and takes a two-digit year on leaving', () => {
    const onIso = vi.fn();
    render(<Holder onIso={onIso} />);
    type('31.12.20');
    expect(onIso).not.toHaveBeenCalled();
    type('31.12.2026');
    expect(onIso).toHaveBeenLastCalledWith('2026-12-31');
    type('1.1.27');
    expect(onIso).toHaveBeenCalledTimes(1);
    fireEvent.blur(field());
    expect(onIso).toHaveBeenLastCalledWith('2027-01-01');
    expect(stored()).toBe('2027-01-01');
  });

  it('reads an English date month first', async () => {
    await speak('en');
    render(<Holder />);
    type('03/04/2026');
    expect(stored()).toBe('2026-03-04');
  });

  it('tidies the text on Enter and on leaving the field (two-digit years are this century)', () => {
    render(<Holder />);
    type('1.2.26');
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(stored()).toBe('2026-02-01');
    expect(field()).toHaveProperty('value', '01.02.2026');
    type('5.3.2027');
    fireEvent.blur(field());
    expect(field()).toHaveProperty('value', '05.03.2027');
    expect(stored()).toBe('2027-03-05');
  });

  it('refuses an impossible date beside the field, naming it, and passes nothing on', () => {
    const onIso = vi.fn();
    render(<Holder initial="2026-01-10" onIso={onIso} />);
    type('31.02.2026');
    expect(screen.queryByRole('alert')).toBeNull();
    const enter = fireEvent.keyDown(field(), { key: 'Enter' });
    expect(enter).toBe(false); // Enter does not submit a form around the field
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(
      'Stichtag: „31.02.2026“ ist kein gültiges Datum. Bitte ein Datum wie 31.12.2026 eingeben.',
    );
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(field().getAttribute('aria-describedby')).toBe(alert.id);
    expect((field() as HTMLInputElement).validity.valid).toBe(false);
    expect(onIso).not.toHaveBeenCalled();
    expect(stored()).toBe('2026-01-10');
    // The text stays for correcting; a date clears the refusal.
    expect(field()).toHaveProperty('value', '31.02.2026');
    type('28.02.2026');
    expect(screen.queryByRole('alert')).toBeNull();
    expect((field() as HTMLInputElement).validity.valid).toBe(true);
    expect(stored()).toBe('2026-02-28');
  });

  it('refuses words and dates outside the bounds, in the UI language', async () => {
    render(<Holder min="2000-01-01" max="2030-12-31" />);
    type('morgen');
    fireEvent.blur(field());
    expect(screen.getByRole('alert').textContent).toContain('„morgen“ ist kein gültiges Datum');
    type('01.01.2031');
    fireEvent.blur(field());
    expect(screen.getByRole('alert').textContent).toBe(
      'Stichtag muss zwischen 01.01.2000 und 31.12.2030 liegen.',
    );
    await speak('en');
    expect(screen.getByRole('alert').textContent).toBe(
      'Stichtag must lie between 01/01/2000 and 12/31/2030.',
    );
    expect(stored()).toBe('');
  });

  it('keeps the meaning of typed text when the UI language changes', async () => {
    await speak('en');
    const onIso = vi.fn();
    render(<Holder onIso={onIso} />);
    type('03/04/2026');
    await speak('de');
    // The same date, now written the German way; never re-read as 3 April.
    expect(field()).toHaveProperty('value', '04.03.2026');
    fireEvent.blur(field());
    expect(stored()).toBe('2026-03-04');
    expect(onIso.mock.calls.flat()).not.toContain('2026-04-03');
  });

  it('reads unfinished text in the language it was typed in after a switch', async () => {
    await speak('en');
    render(<Holder />);
    type('03/04/26');
    await speak('de');
    fireEvent.blur(field());
    expect(field()).toHaveProperty('value', '04.03.2026');
    expect(stored()).toBe('2026-03-04');
  });

  it('empties an optional date and refuses an empty required one', () => {
    const { unmount } = render(<Holder initial="2026-12-31" />);
    type('');
    expect(stored()).toBe('');
    unmount();
    render(<Holder initial="2026-12-31" required />);
    type('');
    fireEvent.blur(field());
    expect(screen.getByRole('alert').textContent).toBe('Stichtag ist erforderlich.');
    expect(stored()).toBe('2026-12-31');
  });

  it('keeps a form around it from submitting while its text is no date', () => {
    const submitted = vi.fn();
    render(
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submitted();
        }}
      >
        <Holder />
        <button type="submit">Speichern</button>
      </form>,
    );
    type('32.01.2026');
    const form = field().closest('form')!;
    act(() => form.requestSubmit());
    expect(submitted).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('„32.01.2026“');
    type('31.01.2026');
    act(() => form.requestSubmit());
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it('tells a button that saves without a form whether its date fields hold dates', () => {
    render(
      <section data-testid="section">
        <Holder initial="2026-12-31" />
      </section>,
    );
    const section = screen.getByTestId('section');
    expect(datesAccepted(section)).toBe(true);
    type('2026-13-01');
    let accepted = true;
    act(() => {
      accepted = datesAccepted(section);
    });
    expect(accepted).toBe(false);
    expect(screen.getByRole('alert').textContent).toContain('„2026-13-01“ ist kein gültiges Datum');
  });

  it('opens the calendar from a labelled button and takes the picked date', async () => {
    const showPicker = vi.fn();
    HTMLInputElement.prototype.showPicker = showPicker;
    render(<Holder initial="2026-12-31" />);
    fireEvent.click(screen.getByRole('button', { name: 'Kalender öffnen' }));
    expect(showPicker).toHaveBeenCalledTimes(1);
    const picker = showPicker.mock.contexts[0] as HTMLInputElement;
    expect(picker.type).toBe('date');
    expect(picker.value).toBe('2026-12-31');
    fireEvent.change(picker, { target: { value: '2027-06-15' } });
    expect(stored()).toBe('2027-06-15');
    expect(field()).toHaveProperty('value', '15.06.2027');
    expect(document.activeElement).toBe(field());
    await speak('en');
    expect(screen.getByRole('button', { name: 'Open calendar' })).toBeTruthy();
  });

  it('points to a refusal its caller shows, and to its own once it has one', () => {
    render(<Holder initial="2026-12-31" describedBy="backend-error" />);
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(field().getAttribute('aria-describedby')).toBe('backend-error');
    type('31.13.2026');
    fireEvent.blur(field());
    expect(field().getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
  });

  it('takes a value set from outside over text that meant something else', () => {
    const { rerender } = render(<DateField label="Stichtag" value="2026-01-01" onChange={() => undefined} />);
    type('15.01.2026');
    rerender(<DateField label="Stichtag" value="2026-07-01" onChange={() => undefined} />);
    expect(field()).toHaveProperty('value', '01.07.2026');
  });
});
