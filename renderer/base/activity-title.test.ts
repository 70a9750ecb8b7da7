// The Activity panel names every batch in the user's language, including calls beyond plain CRUD.
import { expect, it } from 'vitest';
import type { Language } from '../../shared/contract/schemas.ts';
import { type MessageKey, translate } from '../../shared/i18n/i18n.ts';
import { batchTitle } from './activity-title.ts';

const title = (language: Language, label: string, kind: 'edit' | 'undo' = 'edit') =>
  batchTitle((key: MessageKey, params) => translate(language, key, params), { label, kind });

it('titles CRUD calls, their aliases and the multi-item calls in German and English', () => {
  expect(title('en', 'indicators.createForGoal')).toBe('Indicator created');
  expect(title('en', 'items.duplicate')).toBe('Item duplicated');
  expect(title('de', 'items.deleteMany')).toBe('Elemente gelöscht');
  expect(title('en', 'items.deleteMany', 'undo')).toBe('Undo: Items deleted');
  expect(title('de', 'measurements.save')).toBe('Messwerte erfasst');
  expect(title('en', 'measurements.import', 'undo')).toBe('Undo: Measurements imported');
});
