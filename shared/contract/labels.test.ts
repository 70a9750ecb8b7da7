// Audit batch labels read as an operation on a table, for the Activity panel.
import { expect, it } from 'vitest';
import { describeCall } from './labels.ts';

it('reads CRUD calls and their aliases as table and operation, and other calls as nothing', () => {
  expect(describeCall('goals.delete')).toEqual({ table: 'goal', operation: 'delete' });
  expect(describeCall('indicatorGoals.link')).toEqual({ table: 'indicator_goal', operation: 'link' });
  expect(describeCall('indicators.createForGoal')).toEqual({ table: 'indicator', operation: 'create' });
  expect(describeCall('goals.move')).toEqual({ table: 'goal', operation: 'update' });
  expect(describeCall('items.duplicate')).toBeNull();
  expect(describeCall('goals.toString')).toBeNull();
});
