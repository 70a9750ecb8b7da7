// Colours of the actor groups in the network view, its legend and the report's picture: hues
// after Okabe & Ito (distinguishable with the common colour-vision deficiencies), darkened for
// light and lightened for dark backgrounds so each has at least 4.5:1 contrast against the
// editor's background (#ffffff, #1f1f1f). Colour is never the only cue: the view names the
// group of a focused actor and filters by group, the static picture also draws a shape per group.
import type { ActorGroup } from '../contract/entities.ts';

export type Theme = 'light' | 'dark';

export const groupColours: Readonly<Record<Theme, Readonly<Record<ActorGroup, string>>>> = {
  light: { business: '#0072b2', administration: '#c45100', research: '#00805d', culture: '#a8418f' },
  dark: { business: '#56b4e9', administration: '#e69f00', research: '#2fbf8f', culture: '#e58ac9' },
};

/** Relationships: quiet lines behind the actors, and the highlighted ones of a focused actor. */
export const linkColours: Readonly<
  Record<Theme, { readonly normal: string; readonly focus: string; readonly dimmed: string }>
> = {
  light: { normal: '#b8b8b8', focus: '#3b3b3b', dimmed: '#ececec' },
  dark: { normal: '#5a5a5a', focus: '#e0e0e0', dimmed: '#2a2a2a' },
};

export const actorGroups: readonly ActorGroup[] = ['business', 'administration', 'research', 'culture'];
