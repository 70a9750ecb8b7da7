// The side views and status bar items the features contribute to the workbench shell, so the
// shell lists what is registered instead of importing the features.
import type { ComponentType } from 'react';
import type { SideView } from '../../shared/contract/schemas.ts';

const sideViews = new Map<SideView, ComponentType>();

export function registerSideView(view: SideView, component: ComponentType): void {
  sideViews.set(view, component);
}

export function sideViewComponent(view: SideView): ComponentType | undefined {
  return sideViews.get(view);
}

export interface StatusItem {
  /** Unique; also the React key. */
  readonly id: string;
  readonly side: 'left' | 'right';
  /** Items are shown by ascending order on their side. */
  readonly order: number;
  readonly component: ComponentType;
}

const statusItems = new Map<string, StatusItem>();

export function registerStatusItem(item: StatusItem): void {
  statusItems.set(item.id, item);
}

export function statusItemsOn(side: StatusItem['side']): readonly StatusItem[] {
  return [...statusItems.values()].filter((i) => i.side === side).sort((a, b) => a.order - b.order);
}
