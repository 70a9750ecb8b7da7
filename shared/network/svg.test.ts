// @vitest-environment jsdom
// The static network picture (for the report) and the layout it draws; jsdom's XML parser
// checks that the picture is well-formed.
import { describe, expect, it } from 'vitest';
import type { ActorGroup } from '../contract/entities.ts';
import type { NetworkActor, NetworkRelationship } from './graph.ts';
import { layoutNetwork, type Position } from './layout.ts';
import { groupColours } from './palette.ts';
import { networkSvg } from './svg.ts';

const AT = '2026-12-31';
const actor = (id: number, name: string, actorGroup: ActorGroup, memberSince: string | null = '2020-01-01') =>
  ({
    id,
    name,
    actorGroup,
    subtype: 'other',
    size: null,
    memberSince,
    memberUntil: null,
  }) satisfies NetworkActor;
const rel = (id: number, from: number, to: number, endedOn: string | null = null): NetworkRelationship => ({
  id,
  fromActorId: from,
  toActorId: to,
  typeId: 1,
  startedOn: '2021-01-01',
  endedOn,
});

const actors = [
  actor(1, 'Optik <Havel> & Söhne', 'business'),
  actor(2, 'Stadt Rathenow', 'administration'),
  actor(3, 'TH Brandenburg', 'research'),
  actor(4, 'Kulturhaus', 'culture'),
  actor(5, 'Bank "Havelland"', 'business', null), // a partner, not a member
  actor(6, 'Später', 'business', '2027-06-01'), // not there yet
];
const relationships = [
  rel(1, 1, 2),
  rel(2, 1, 3),
  rel(3, 1, 3), // a second relationship of the same pair: one line
  rel(4, 3, 4),
  rel(5, 2, 5, '2025-01-01'), // ended: not drawn
  rel(6, 1, 6), // to an actor not there yet: not drawn
];
const positions = new Map<number, Position>([
  [1, { x: 0, y: 0 }],
  [2, { x: 100, y: 0 }],
  [3, { x: 0, y: 100 }],
  [4, { x: -50, y: 150 }],
  [5, { x: 100, y: 100 }],
  [6, { x: 50, y: 50 }],
]);

function parse(svg: string) {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

describe('network picture', () => {
  const svg = networkSvg({
    actors,
    relationships,
    positions,
    at: AT,
    language: 'de',
    title: 'Photonik Havelland',
  });
  const document = parse(svg);

  it('is well-formed SVG with a title and a description', () => {
    expect(document.documentElement.tagName).toBe('svg');
    expect(document.documentElement.getAttribute('viewBox')).toBe('0 0 800 560');
    expect(document.querySelector('title')!.textContent).toBe('Photonik Havelland — Netzwerk der Akteure');
    expect(document.querySelector('desc')!.textContent).toBe('5 Akteure, 4 Beziehungen am 31.12.2026');
  });

  it('draws each linked pair in force once, and each actor taking part with its group’s shape', () => {
    const path = document.querySelector('path')!.getAttribute('d')!;
    expect(path.match(/M/g)).toHaveLength(3); // 1–2, 1–3 (twice, one line), 3–4
    const colour = groupColours.light;
    expect(document.querySelectorAll(`circle[stroke="${colour.business}"]`)).toHaveLength(1 + 1 + 1); // members 1, partner 5, legend
    expect(document.querySelectorAll(`rect[stroke="${colour.administration}"]`)).toHaveLength(2);
    expect(document.querySelectorAll(`polygon[stroke="${colour.research}"]`)).toHaveLength(2);
    expect(document.querySelectorAll(`polygon[stroke="${colour.culture}"]`)).toHaveLength(2);
  });

  it('fills members and outlines partners', () => {
    const business = [...document.querySelectorAll(`circle[stroke="${groupColours.light.business}"]`)].slice(
      0,
      2,
    );
    expect(business.map((c) => c.getAttribute('fill'))).toEqual([groupColours.light.business, '#ffffff']);
  });

  it('keeps every mark inside the picture, the drawing left of the legend', () => {
    for (const circle of document.querySelectorAll('circle')) {
      const cx = Number(circle.getAttribute('cx'));
      const cy = Number(circle.getAttribute('cy'));
      expect(cx).toBeGreaterThanOrEqual(0);
      expect(cx).toBeLessThanOrEqual(800);
      expect(cy).toBeGreaterThanOrEqual(0);
      expect(cy).toBeLessThanOrEqual(560);
    }
    const path = document.querySelector('path')!.getAttribute('d')!;
    const xs = [...path.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => Number(m[1]));
    expect(Math.max(...xs)).toBeLessThanOrEqual(800 - 200);
  });

  it('names the most linked actors, escaped', () => {
    const names = [...document.querySelectorAll('text')].map((t) => t.textContent);
    expect(names).toContain('Optik <Havel> & Söhne');
    expect(svg).toContain('Optik &lt;Havel&gt; &amp; Söhne');
    expect(names).not.toContain('Später');
  });

  it('has a legend with each group and its count, in the language asked for', () => {
    const texts = [...document.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Stand 31.12.2026',
        'Wirtschaft (2)',
        'Verwaltung (1)',
        'Forschung und Bildung (1)',
        'Kultur (1)',
        'Umrandet: Partner, kein Mitglied',
      ]),
    );
    const english = parse(
      networkSvg({ actors, relationships, positions, at: AT, language: 'en', title: 'Photonics' }),
    );
    const englishTexts = [...english.querySelectorAll('text')].map((t) => t.textContent);
    expect(englishTexts).toEqual(expect.arrayContaining(['As of 12/31/2026', 'Business (2)']));
  });

  it('gives the same bytes for the same input', () => {
    expect(
      networkSvg({ actors, relationships, positions, at: AT, language: 'de', title: 'Photonik Havelland' }),
    ).toBe(svg);
  });

  it('says so when no actor takes part at the date', () => {
    // Before anyone joined: only the partner (no membership dates) would take part; leave it out.
    const members = actors.filter((a) => a.memberSince !== null);
    const empty = parse(
      networkSvg({ actors: members, relationships, positions, at: '2010-01-01', language: 'en', title: 'X' }),
    );
    expect([...empty.querySelectorAll('text')].map((t) => t.textContent)).toContain(
      'No actors at this date.',
    );
    expect(empty.querySelector('path')).toBeNull();
  });
});

describe('layout', () => {
  const input = {
    actors: actors.map((a) => ({ id: a.id, actorGroup: a.actorGroup })),
    links: [
      [1, 2, 1],
      [1, 3, 2],
      [3, 4, 1],
      [2, 5, 1],
    ] as [number, number, number][],
    seed: 42,
  };

  it('places every actor, the same way every time', () => {
    const first = layoutNetwork(input);
    expect([...first.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(layoutNetwork({ ...input, actors: [...input.actors].reverse() })).toEqual(first);
    expect(layoutNetwork({ ...input, seed: 43 })).not.toEqual(first);
  });

  it('keeps stored positions and places a new actor near its partners', () => {
    const stored = layoutNetwork(input);
    const grown = layoutNetwork({
      ...input,
      actors: [...input.actors, { id: 7, actorGroup: 'research' }],
      links: [...input.links, [3, 7, 1]],
      stored,
    });
    for (const [id, position] of stored) expect(grown.get(id)).toEqual(position);
    const distance = (a: Position, b: Position) => Math.hypot(a.x - b.x, a.y - b.y);
    const toPartner = distance(grown.get(7)!, grown.get(3)!);
    const span = Math.max(
      ...[...stored.values()].flatMap((p) => [...stored.values()].map((q) => distance(p, q))),
    );
    expect(toPartner).toBeLessThan(span);
  });

  it('puts linked actors closer together than unlinked ones', () => {
    // Two groups of five, each fully linked inside, one link between them.
    const ids = Array.from({ length: 10 }, (_, i) => i + 1);
    const links: [number, number, number][] = [];
    for (const group of [ids.slice(0, 5), ids.slice(5)])
      for (let i = 0; i < group.length; i++)
        for (let j = i + 1; j < group.length; j++) links.push([group[i]!, group[j]!, 1]);
    links.push([5, 6, 1]);
    const placed = layoutNetwork({
      actors: ids.map((id) => ({ id, actorGroup: 'business' })),
      links,
      seed: 1,
    });
    const d = (a: number, b: number) =>
      Math.hypot(placed.get(a)!.x - placed.get(b)!.x, placed.get(a)!.y - placed.get(b)!.y);
    expect(d(1, 2)).toBeLessThan(d(1, 10));
    expect(d(7, 8)).toBeLessThan(d(2, 9));
  });
});
