import { describe, expect, it } from 'vitest';
import { SheetNames, sanitizeSheetName } from './sheet-names.ts';

describe('sanitizeSheetName', () => {
  it.each([
    ['Indikatoren', 'Indikatoren'],
    ['Finanzierung 2025/2026: Quellen', 'Finanzierung 2025-2026 Quellen'],
    ['a[b]c*d?e\\f', 'a b c d e-f'],
    ["'quoted'", 'quoted'],
    ['  many   spaces\tand\ttabs ', 'many spaces and tabs'],
    // Cut to 31 at a space when that costs a few characters, else inside the word.
    ['Events and participants by quarter of the year', 'Events and participants by'],
    ['Veranstaltungen und Teilnehmende nach Quartal', 'Veranstaltungen und Teilnehmend'],
    ['Donaudampfschifffahrtsgesellschaftskapitän', 'Donaudampfschifffahrtsgesellsch'],
    // Never half an emoji: 30 letters and a surrogate pair.
    [`${'x'.repeat(30)}📈`, 'x'.repeat(30)],
    ['History', 'Table 1'],
    [':::', 'Table 1'],
    ['', 'Table 1'],
  ])('%j → %j', (name, expected) => {
    const sanitized = sanitizeSheetName(name, 'Table 1');
    expect(sanitized).toBe(expected);
    expect(sanitized.length).toBeLessThanOrEqual(31);
    expect(sanitized).not.toMatch(/[[\]:*?/\\]/);
  });
});

describe('SheetNames', () => {
  it('makes names unique regardless of case, with a suffix that keeps them within 31 characters', () => {
    const names = new SheetNames(['About']);
    expect(names.claim('about', 'T1')).toBe('about (2)');
    expect(names.claim('Members', 'T2')).toBe('Members');
    expect(names.claim('MEMBERS', 'T3')).toBe('MEMBERS (2)');
    expect(names.claim('Members', 'T4')).toBe('Members (3)');
    const long = 'Events and participants by quarter 2024';
    expect(names.claim(long, 'T5')).toBe('Events and participants by');
    expect(names.claim(`${long}!`, 'T6')).toBe('Events and participants by (2)');
  });
});
