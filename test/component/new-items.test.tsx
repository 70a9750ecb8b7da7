// A new item opens in its editor with its title (or name) focused and fully selected, so typing
// replaces "New goal" instead of appending to it — for every kind of new item.
import { fireEvent, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { runCommand } from '../../renderer/commands/registry.ts';
import { type Chain, seedChain } from '../support/fixtures.ts';
import { mountWorkbench, settle } from '../support/workbench-harness.tsx';

let chain: Chain;

function expectSelected(label: string, value: string) {
  const input = screen.getByRole('textbox', { name: label }) as HTMLInputElement;
  expect(document.activeElement, label).toBe(input);
  expect(input.value).toBe(value);
  expect([input.selectionStart, input.selectionEnd], `${value} selected`).toEqual([0, value.length]);
}

it.each([
  ['strategy.new', () => [chain.cluster.id], 'Title', /^Strategy \d{4}–\d{4}$/],
  ['goal.new', () => [chain.strategy.id], 'Title', /^New goal$/],
  ['goal.new', () => [chain.strategy.id, chain.goal.id], 'Title', /^New objective$/],
  ['indicator.new', () => [chain.cluster.id], 'Name', /^New indicator$/],
  ['milestone.new', () => [chain.strategy.id], 'Title', /^New milestone$/],
  ['breakPoint.new', () => [chain.strategy.id], 'Title', /^New break-point$/],
] as const)('%s opens the new item with its title selected', async (command, args, label, title) => {
  await mountWorkbench(async (b) => {
    chain = await seedChain(b);
  });
  await runCommand(command, ...args());
  await settle(100);
  const input = screen.getByRole('textbox', { name: label }) as HTMLInputElement;
  expect(input.value).toMatch(title);
  expectSelected(label, input.value);
});

it('opens a new cluster with its name selected', async () => {
  await mountWorkbench();
  await runCommand('cluster.new');
  await settle();
  const prompt = screen.getByRole('textbox', { name: 'Name of the new cluster' });
  fireEvent.change(prompt, { target: { value: 'Photonik' } });
  fireEvent.keyDown(prompt, { key: 'Enter' });
  await settle(100);
  expectSelected('Name', 'Photonik');
});
