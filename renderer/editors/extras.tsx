// Sections some editors add below their fields: the stamps of an item, an indicator's targets
// with its planned trajectory, a break-point's rule with the sentence it reads as.
import type { ReactNode } from 'react';
import type { EditableEntity } from '../../shared/contract/schemas.ts';
import { BreakPointRule } from './BreakPointRule.tsx';
import { Targets } from './Targets.tsx';

type Item = Record<string, unknown> & { id: number };

export function extrasFor(
  entity: EditableEntity,
): ((item: Item, draft: Readonly<Record<string, unknown>>) => ReactNode) | undefined {
  if (entity === 'indicator') return (item, draft) => <Targets indicator={item} draft={draft} />;
  if (entity === 'breakPoint') return (item, draft) => <BreakPointRule breakPoint={item} draft={draft} />;
  return undefined;
}
