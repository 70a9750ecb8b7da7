// A static picture of a cluster's network at a date, with its legend, as an SVG string: for the
// report's "members and network" section (vector in the PDF) and the network view's "Save
// Picture". Pure: actors, relationships and stored positions in, text out; the same input gives
// the same bytes. Relationships in force are drawn as one path (several per pair count once),
// actors as a shape per group (colour is not the only cue) sized by their relationships, filled
// for members and outlined for partners that are not members; the most linked are named.
import type { ActorGroup } from '../contract/entities.ts';
import type { Language } from '../contract/schemas.ts';
import { formatDate, translate } from '../i18n/i18n.ts';
import { isMember, type NetworkActor, type NetworkRelationship, networkAt } from './graph.ts';
import { layoutNetwork, type Position } from './layout.ts';
import { actorGroups, groupColours, linkColours } from './palette.ts';

export interface NetworkSvgInput {
  readonly actors: readonly NetworkActor[];
  readonly relationships: readonly NetworkRelationship[];
  readonly positions: ReadonlyMap<number, Position>;
  readonly at: string;
  readonly language: Language;
  /** Heading of the legend, e.g. the cluster's name. */
  readonly title: string;
  readonly width?: number;
  readonly height?: number;
  /** How many of the most linked actors are named (default 12). */
  readonly named?: number;
  /** The labels' font (the report uses its bundled font, so the PDF embeds only that). */
  readonly fontFamily?: string;
  /** How names stand out from the lines: a white stroke (screen) or white boxes (print). */
  readonly labelHalo?: 'stroke' | 'box';
  /** Prefix of the SVG's element ids (unique when several pictures share a page). */
  readonly idPrefix?: string;
}

const LEGEND_WIDTH = 200;
const MARGIN = 16;

export function networkSvg(input: NetworkSvgInput): string {
  const { language, at } = input;
  const width = input.width ?? 800;
  const height = input.height ?? 560;
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(language, key, params);
  const snapshot = networkAt(input.actors, input.relationships, at);
  const placed = snapshot.actors
    .map((actor, index) => ({ actor, index, position: input.positions.get(actor.id) }))
    .filter((p): p is typeof p & { position: Position } => p.position !== undefined);

  // Fit the positions into the drawing area, keeping their proportions.
  const area = { x: MARGIN, y: MARGIN, w: width - LEGEND_WIDTH - 2 * MARGIN, h: height - 2 * MARGIN };
  const xs = placed.map((p) => p.position.x);
  const ys = placed.map((p) => p.position.y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const spanX = Math.max(...xs) - minX || 1;
  const spanY = Math.max(...ys) - minY || 1;
  const scale = Math.min(area.w / spanX, area.h / spanY);
  const offsetX = area.x + (area.w - spanX * scale) / 2;
  const offsetY = area.y + (area.h - spanY * scale) / 2;
  const point = new Map<number, { x: number; y: number }>();
  for (const p of placed) {
    point.set(p.index, {
      x: placed.length === 1 ? area.x + area.w / 2 : offsetX + (p.position.x - minX) * scale,
      // SVG's y axis points down, the layout's up.
      y: placed.length === 1 ? area.y + area.h / 2 : offsetY + (minY + spanY - p.position.y) * scale,
    });
  }

  const colours = groupColours.light;
  const crowd = Math.sqrt(Math.max(placed.length, 1));
  const base = Math.max(1.2, Math.min(5, 60 / crowd));
  const radius = (i: number) => base + Math.min(base * 2.5, Math.sqrt(snapshot.degree[i]!) * base * 0.35);

  const parts: string[] = [];
  const titleId = `${input.idPrefix ?? 'network'}-title`;
  const descId = `${input.idPrefix ?? 'network'}-desc`;
  const summary = t('network.svg.summary', {
    actors: snapshot.actors.length,
    relationships: snapshot.relationships,
    date: formatDate(language, at),
  });
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}" font-family="${escapeXml(input.fontFamily ?? "system-ui, 'Segoe UI', 'DejaVu Sans', sans-serif")}">`,
    `<title id="${titleId}">${escapeXml(`${input.title} — ${t('network.svg.heading')}`)}</title>`,
    `<desc id="${descId}">${escapeXml(summary)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  );

  // Links: every linked pair once, in one path.
  const segments: string[] = [];
  for (let i = 0; i < snapshot.actors.length; i++) {
    const a = point.get(i);
    if (!a) continue;
    for (let e = snapshot.offsets[i]!; e < snapshot.offsets[i + 1]!; e++) {
      const j = snapshot.neighbours[e]!;
      const b = j > i ? point.get(j) : undefined;
      if (b) segments.push(`M${num(a.x)} ${num(a.y)}L${num(b.x)} ${num(b.y)}`);
    }
  }
  if (segments.length > 0) {
    const strokeWidth = num(Math.max(0.25, Math.min(1, 20 / crowd)));
    parts.push(
      `<path d="${segments.join('')}" fill="none" stroke="${linkColours.light.normal}" stroke-width="${strokeWidth}" stroke-opacity="0.8"/>`,
    );
  }

  // Actors, a group at a time; members filled, partners outlined.
  for (const group of actorGroups) {
    const shapes = placed
      .filter((p) => p.actor.actorGroup === group)
      .map((p) => {
        const { x, y } = point.get(p.index)!;
        const member = isMember(p.actor, at);
        return shape(group, x, y, radius(p.index), member ? colours[group] : '#ffffff', colours[group]);
      });
    if (shapes.length > 0) parts.push(`<g stroke-width="1">${shapes.join('')}</g>`);
  }

  // Names of the most linked actors, with a white halo so they read over the lines.
  const named = placed
    .filter((p) => snapshot.degree[p.index]! > 0)
    .sort((a, b) => snapshot.degree[b.index]! - snapshot.degree[a.index]! || a.actor.id - b.actor.id)
    .slice(0, input.named ?? 12);
  if (named.length > 0) {
    // A stroked halo reads best on screen; a PDF keeps text as its font only without a stroke
    // (Chromium draws stroked text as outlines), so a printed picture sets its names on boxes.
    const boxed = input.labelHalo === 'box';
    parts.push(
      boxed
        ? '<g font-size="9" fill="#1f1f1f">'
        : `<g font-size="9" fill="#1f1f1f" stroke="#ffffff" stroke-width="2.5" paint-order="stroke" stroke-linejoin="round">`,
    );
    for (const p of named) {
      const { x, y } = point.get(p.index)!;
      const r = radius(p.index);
      const anchor = x > area.x + area.w * 0.75 ? 'end' : 'start';
      const dx = anchor === 'end' ? -(r + 2) : r + 2;
      const name = shorten(p.actor.name, 32);
      if (boxed) {
        const w = name.length * 4.7 + 3;
        const left = anchor === 'end' ? x + dx - w + 1.5 : x + dx - 1.5;
        parts.push(
          `<rect x="${num(left)}" y="${num(y - 5.5)}" width="${num(w)}" height="11" rx="1.5" fill="#ffffff" fill-opacity="0.85"/>`,
        );
      }
      parts.push(
        `<text x="${num(x + dx)}" y="${num(y + 3)}" text-anchor="${anchor}">${escapeXml(name)}</text>`,
      );
    }
    parts.push('</g>');
  }

  // The legend, in its own column.
  const lx = width - LEGEND_WIDTH + 8;
  let ly = MARGIN + 12;
  const line = (text: string, size = 10, weight = 'normal', fill = '#3b3b3b') => {
    parts.push(
      `<text x="${lx}" y="${ly}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(text)}</text>`,
    );
    ly += size + 6;
  };
  parts.push(
    `<line x1="${width - LEGEND_WIDTH}" y1="${MARGIN}" x2="${width - LEGEND_WIDTH}" y2="${height - MARGIN}" stroke="#e5e5e5"/>`,
  );
  line(shorten(input.title, 30), 12, 'bold', '#1f1f1f');
  line(t('network.svg.asOf', { date: formatDate(language, at) }));
  ly += 4;
  const counts: Record<ActorGroup, number> = { business: 0, administration: 0, research: 0, culture: 0 };
  for (const p of snapshot.actors) counts[p.actorGroup]++;
  for (const group of actorGroups) {
    parts.push(shape(group, lx + 5, ly - 4, 5, colours[group], colours[group]));
    parts.push(
      `<text x="${lx + 16}" y="${ly}" font-size="10" fill="#3b3b3b">${escapeXml(
        `${t(`option.actorGroup.${group}`)} (${counts[group]})`,
      )}</text>`,
    );
    ly += 17;
  }
  parts.push(shape('business', lx + 5, ly - 4, 5, '#ffffff', '#6f6f6f'));
  parts.push(
    `<text x="${lx + 16}" y="${ly}" font-size="10" fill="#3b3b3b">${escapeXml(t('network.svg.partner'))}</text>`,
  );
  ly += 22;
  for (const text of wrap(t('network.svg.size'), 34)) line(text, 9, 'normal', '#6f6f6f');
  ly += 6;
  for (const text of wrap(summary, 34)) line(text, 9, 'normal', '#6f6f6f');
  if (placed.length === 0) {
    parts.push(
      `<text x="${area.x + area.w / 2}" y="${area.y + area.h / 2}" font-size="12" text-anchor="middle" fill="#6f6f6f">${escapeXml(t('network.svg.empty'))}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}

/** One actor's mark: circle (business), square (administration), triangle (research), diamond (culture). */
function shape(group: ActorGroup, x: number, y: number, r: number, fill: string, stroke: string): string {
  const paint = `fill="${fill}" stroke="${stroke}"`;
  if (group === 'business') return `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r)}" ${paint}/>`;
  if (group === 'administration') {
    const s = r * 0.9;
    return `<rect x="${num(x - s)}" y="${num(y - s)}" width="${num(2 * s)}" height="${num(2 * s)}" ${paint}/>`;
  }
  const points =
    group === 'research'
      ? [
          [x, y - r * 1.15],
          [x + r * 1.05, y + r * 0.75],
          [x - r * 1.05, y + r * 0.75],
        ]
      : [
          [x, y - r * 1.2],
          [x + r * 1.1, y],
          [x, y + r * 1.2],
          [x - r * 1.1, y],
        ];
  return `<polygon points="${points.map(([px, py]) => `${num(px!)},${num(py!)}`).join(' ')}" ${paint}/>`;
}

const num = (v: number) => String(Math.round(v * 10) / 10);

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * The picture's positions: the stored ones, and a layout (seeded, so the same every time) for the
 * actors at the date that have none yet, placed near their partners.
 */
export function positionsAt(
  actors: readonly NetworkActor[],
  relationships: readonly NetworkRelationship[],
  at: string,
  stored: ReadonlyMap<number, Position>,
  seed: number,
): ReadonlyMap<number, Position> {
  const snapshot = networkAt(actors, relationships, at);
  if (snapshot.actors.every((a) => stored.has(a.id))) return stored;
  const links: [number, number, number][] = [];
  for (let i = 0; i < snapshot.actors.length; i++)
    for (let e = snapshot.offsets[i]!; e < snapshot.offsets[i + 1]!; e++) {
      const j = snapshot.neighbours[e]!;
      if (j > i) links.push([snapshot.actors[i]!.id, snapshot.actors[j]!.id, snapshot.weights[e]!]);
    }
  return layoutNetwork({ actors: snapshot.actors, links, stored, seed });
}
