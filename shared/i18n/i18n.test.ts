import { describe, expect, it } from 'vitest';
import { de } from './de.ts';
import { en, type MessageKey } from './en.ts';
import {
  formatDate,
  formatNumber,
  languageForLocale,
  parseDateInput,
  parseNumber,
  translate,
} from './i18n.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  const keys = Object.keys(en) as MessageKey[];

  it('German translates every English key, with nothing empty and no extra keys', () => {
    expect(Object.keys(de).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(de[key].trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of keys) expect(placeholders(de[key]), key).toEqual(placeholders(en[key]));
  });

  it('uses the glossary terms in German', () => {
    expect(de['explorer.workspace']).toBe('Arbeitsbereich');
    expect(de['search.hint']).toContain('Indikatoren, Meilensteine, Sollbruchstellen');
  });
});

describe('counts', () => {
  // Messages whose {count} is not the number of a noun that follows it ("Item 2 of {count}",
  // "{count} selected", "… and {count} more"), so one form serves every count.
  const countInsensitive = new Set<string>([
    'meeting.position',
    'network.figure.smes',
    'network.actors.count',
    'network.actors.selected',
    'network.actor.relationships',
    'network.actor.events',
    'network.actor.endorsements',
    'network.events.more',
    'resources.activity.apply',
    'report.summary.indicatorCounts',
    'report.summary.breakPointCounts',
    'report.summary.milestoneCounts',
    'report.annex.changesCut',
    'activity.more',
    'status.unsaved',
    'import.moreIssues',
  ]);

  it('gives every counted noun a singular ("1 result", not "1 results"), in both languages', () => {
    const counted = (Object.keys(en) as MessageKey[]).filter(
      (key) => en[key].includes('{count}') && !/\.(one|zero)$/.test(key) && !countInsensitive.has(key),
    );
    const withoutSingular = counted.filter((key) => !(`${key}.one` in en) || !(`${key}.one` in de));
    expect(withoutSingular).toEqual([]);
    expect(counted.length).toBeGreaterThan(20);
    expect(translate('en', 'search.results', { count: 1 })).toBe('1 result');
    expect(translate('de', 'search.results', { count: 1 })).toBe('1 Ergebnis');
    expect(translate('de', 'search.results', { count: 2 })).toBe('2 Ergebnisse');
  });

  it('keeps the list of count-insensitive messages true', () => {
    for (const key of countInsensitive) expect(en[key as MessageKey], key).toContain('{count}');
  });
});

describe('command titles', () => {
  it('never repeat their category, which the palette puts in front ("Help: Help: …")', () => {
    for (const catalogue of [en, de] as Record<MessageKey, string>[]) {
      const prefixes = (Object.keys(catalogue) as MessageKey[])
        .filter((key) => key.startsWith('category.'))
        .map((key) => `${catalogue[key]}:`);
      const doubled = (Object.keys(catalogue) as MessageKey[]).filter(
        (key) => key.startsWith('command.') && prefixes.some((p) => catalogue[key].startsWith(p)),
      );
      expect(doubled).toEqual([]);
    }
  });
});

describe('translate', () => {
  it.each([
    ['en', 'cluster.prompt.rename', { name: 'Photonics' }, 'New name for “Photonics”'],
    ['de', 'cluster.prompt.rename', { name: 'Photonik' }, 'Neuer Name für „Photonik“'],
    ['de', 'status.unsaved', { count: 1234 }, '1.234 ungespeichert'],
    ['en', 'status.unsaved', { count: 1234 }, '1,234 unsaved'],
    ['en', 'error.validation.tooLong', { field: 'Name', max: 120 }, 'Name may have at most 120 characters.'],
    ['de', 'error.validation.tooLong', { field: 'Name', max: 120 }, 'Name darf höchstens 120 Zeichen haben.'],
    // Counts pick the catalogue's singular and zero variants where it has them.
    ['en', 'import.issues', { count: 1 }, '1 error'],
    ['en', 'import.issues', { count: 3 }, '3 errors'],
    ['de', 'import.run', { count: 1 }, '1 Wert importieren'],
    ['de', 'dashboard.daysTo', { count: 0 }, 'heute'],
    ['de', 'dashboard.daysTo', { count: 12 }, 'in 12 Tagen'],
  ] as const)('%s %s', (language, key, params, expected) => {
    expect(translate(language, key, params)).toBe(expected);
  });

  it('leaves unknown placeholders visible rather than dropping them', () => {
    expect(translate('en', 'cluster.prompt.rename')).toBe('New name for “{name}”');
  });
});

describe('locale formats', () => {
  it.each([
    ['de', '2026-12-31', '31.12.2026'],
    ['en', '2026-12-31', '12/31/2026'],
    ['de', '2026-01-05', '05.01.2026'],
  ] as const)('formatDate(%s, %s) = %s', (language, iso, expected) => {
    expect(formatDate(language, iso)).toBe(expected);
  });

  // Dates typed in the UI language (the date field and the measurement grid read them so).
  it.each([
    ['de', '31.12.2026', '2026-12-31'],
    ['de', '1.2.2026', '2026-02-01'],
    ['de', ' 05.01.2026 ', '2026-01-05'],
    ['de', '31.12.26', '2026-12-31'], // two digits: this century
    ['de', '2026-12-31', '2026-12-31'],
    ['de', '31/12/2026', '2026-12-31'],
    ['en', '12/31/2026', '2026-12-31'],
    ['en', '2/1/2026', '2026-02-01'],
    ['en', '12/31/26', '2026-12-31'],
    ['en', '2026-12-31', '2026-12-31'],
    ['de', '29.02.2028', '2028-02-29'],
  ] as const)('parseDateInput(%s, %j) = %s', (language, text, expected) => {
    expect(parseDateInput(language, text)).toBe(expected);
  });

  it.each([
    ['de', '31.02.2026'], // no such day
    ['de', '29.02.2026'], // not a leap year
    ['de', '32.01.2026'],
    ['de', '12.13.2026'],
    ['en', '31/12/2026'], // month first in English: there is no month 31
    ['en', '2026-02-30'],
    ['de', '31.12.1899'], // outside 1900–2200
    ['de', '01.01.2201'],
    ['de', '31.12.'],
    ['de', '31.12.202'],
    ['de', 'morgen'],
    ['en', ''],
  ] as const)('parseDateInput(%s, %j) refuses it', (language, text) => {
    expect(parseDateInput(language, text)).toBeNull();
  });

  it('reads back every date as formatDate writes it, in both languages', () => {
    for (const language of ['de', 'en'] as const)
      for (let day = 0; day < 800; day += 7) {
        const iso = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
        expect(parseDateInput(language, formatDate(language, iso))).toBe(iso);
      }
  });

  it.each([
    ['de', 1234.5, '1.234,5'],
    ['en', 1234.5, '1,234.5'],
    ['de', -0.25, '-0,25'],
  ] as const)('formatNumber(%s, %d) = %s', (language, value, expected) => {
    expect(formatNumber(language, value)).toBe(expected);
  });

  it.each([
    ['de-DE', 'de'],
    ['de-AT', 'de'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    [undefined, 'en'],
  ] as const)('languageForLocale(%s) = %s', (locale, expected) => {
    expect(languageForLocale(locale)).toBe(expected);
  });
});

describe('parseNumber', () => {
  it.each([
    ['de', '1.234,5', 1234.5],
    ['de', '40,5', 40.5],
    ['de', '-3', -3],
    ['de', '1234.5', 1234.5],
    ['en', '1,234.5', 1234.5],
    ['en', '40.5', 40.5],
    ['en', ' 60 ', 60],
  ] as const)('%s %s → %d', (language, text, expected) => {
    expect(parseNumber(language, text)).toBe(expected);
  });

  it.each([
    ['de', 'viele'],
    ['de', '1,2,3'],
    ['en', '1.234,5'],
    ['en', ''],
    ['de', '12a'],
  ] as const)('%s %s → NaN', (language, text) => {
    expect(parseNumber(language, text)).toBeNaN();
  });
});
