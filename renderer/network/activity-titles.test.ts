// Every action of the actors' network is named in the Activity panel and the undo notice, in
// German and English (not shown as its call name).
import { expect, it } from 'vitest';
import { contract } from '../../shared/contract/contract.ts';
import { translate } from '../../shared/i18n/i18n.ts';
import { batchTitle } from '../base/activity-title.ts';

const networkWrites = [
  'actors.save',
  'actors.updateMany',
  'actors.deleteMany',
  'actors.import',
  'relationships.import',
  'events.save',
] as const;

it.each(['de', 'en'] as const)('names every network action in %s', (language) => {
  for (const label of networkWrites) {
    expect(contract[label].writes).toBe(true);
    const title = batchTitle((key, params) => translate(language, key, params), { label, kind: 'edit' });
    expect(title, label).not.toBe(label);
  }
  expect(
    batchTitle((key, params) => translate(language, key, params), { label: 'actors.import', kind: 'undo' }),
  ).toBe(language === 'de' ? 'Rückgängig: Mitgliederliste importiert' : 'Undo: Member list imported');
});
