// Members and network in the report (section 6): members by group year by year, the network at the
// cut-off date as a picture (vector), its indicators, the actors that join the most partners,
// relationships by type, and who joined or left in the period. Computed by shared/network from
// the frozen snapshot, as the app's network view does.
import type { MessageKey } from '../i18n/i18n.ts';
import { networkAt } from '../network/graph.ts';
import { networkIndicators } from '../network/indicators.ts';
import { actorGroups } from '../network/palette.ts';
import { networkSeed } from '../network/random.ts';
import { networkSvg, positionsAt } from '../network/svg.ts';
import { barChart, REPORT_FONT } from './charts.ts';
import type { ReportContext } from './context.ts';
import type { Block, Row, TableBlock } from './model.ts';
import type { Draft } from './sections.ts';
import { dateCell, numberCell, textCell } from './words.ts';

/** The dates the development is shown at: each year's end from the strategy's start, then the cut-off. */
function developmentDates(c: ReportContext): string[] {
  const { snapshot } = c;
  const last = Number(snapshot.cutoff.slice(0, 4));
  const first = Math.min(
    last,
    Number((snapshot.strategy?.periodStart ?? snapshot.periodStart).slice(0, 4)) - 1,
  );
  const dates: string[] = [];
  for (let year = Math.max(first, last - 9); year < last; year++) dates.push(`${year}-12-31`);
  dates.push(snapshot.cutoff);
  return dates;
}

export function networkSection(c: ReportContext): Draft {
  const { w, snapshot } = c;
  const actors = snapshot.actors;
  const relationships = snapshot.relationships;
  const dates = developmentDates(c);
  const yearLabel = (date: string) =>
    date === snapshot.cutoff && !date.endsWith('-12-31') ? w.date(date) : date.slice(0, 4);
  const history = dates.map((date) => networkIndicators(networkAt(actors, relationships, date)));
  const now = networkIndicators(networkAt(actors, relationships, snapshot.cutoff), {
    brokers: true,
    communities: true,
  });
  const start = networkIndicators(networkAt(actors, relationships, snapshot.periodStart));
  const groupName = (group: string) => w.t(`option.actorGroup.${group}` as MessageKey);
  const blocks: Block[] = [];

  const joined = actors.filter(
    (a) =>
      a.memberSince !== null && a.memberSince >= snapshot.periodStart && a.memberSince <= snapshot.cutoff,
  );
  const left = actors.filter(
    (a) =>
      a.memberUntil !== null && a.memberUntil >= snapshot.periodStart && a.memberUntil <= snapshot.cutoff,
  );
  const draft = w.t('report.draft.network', {
    members: now.members,
    date: w.date(snapshot.cutoff),
    joined: joined.length,
    left: left.length,
    relationships: now.relationships,
    density: w.percent(now.density, 1),
    share: w.percent(now.smeResearchShare, 0),
  });
  blocks.push(c.narrative('section:network', draft));
  blocks.push({
    kind: 'facts',
    items: [
      {
        label: w.t('report.network.members'),
        value: `${w.number(now.members, 0)} (${w.signed(now.members - start.members, 0)} ${w.t('report.network.sinceStart')})`,
      },
      { label: w.t('report.network.relationships'), value: w.number(now.relationships, 0) },
      { label: w.t('report.network.perActor'), value: w.number(now.relationshipsPerActor, 1) },
      { label: w.t('report.network.density'), value: w.percent(now.density, 1) },
      {
        label: w.t('report.network.smeResearch'),
        value: `${w.percent(now.smeResearchShare, 0)} (${w.number(now.smesLinkedToResearch, 0)} / ${w.number(now.smes, 0)})`,
      },
      { label: w.t('report.network.isolated'), value: w.number(now.isolatedMembers.length, 0) },
      { label: w.t('report.network.communities'), value: w.number(now.communities.length, 0) },
    ],
  });

  const chart = barChart({
    id: c.id('members-chart'),
    language: w.language,
    title: w.t('report.network.membersChart'),
    accent: c.accent,
    categories: dates.map(yearLabel),
    series: actorGroups.map((group, i) => ({
      label: groupName(group),
      values: history.map((h) => h.membersByGroup[group]),
      style: (['solid', 'outline', 'hatched', 'dotted'] as const)[i]!,
    })),
    format: (v) => w.number(v, 0),
    unit: w.t('report.network.membersUnit'),
    stacked: true,
    totalLabel: (v) => w.number(v, 0),
  });
  blocks.push({
    kind: 'chart',
    id: c.id('members-chart'),
    ...chart,
    caption: w.t('report.network.membersChart'),
    alt: w.t('report.network.membersChartAlt', {
      from: yearLabel(dates[0]!),
      to: yearLabel(dates[dates.length - 1]!),
      first: history[0]!.members,
      last: now.members,
    }),
  });

  if (actors.length > 0) {
    const stored = new Map(snapshot.networkPositions.map((p) => [p.actorId, { x: p.x, y: p.y }]));
    const positions = positionsAt(
      actors,
      relationships,
      snapshot.cutoff,
      stored,
      networkSeed(snapshot.cluster.id),
    );
    const width = 640;
    const height = 430;
    blocks.push({
      kind: 'chart',
      id: c.id('network-picture'),
      svg: networkSvg({
        actors,
        relationships,
        positions,
        at: snapshot.cutoff,
        language: w.language,
        title: snapshot.cluster.name,
        width,
        height,
        fontFamily: `${REPORT_FONT}, sans-serif`,
        named: 8,
        labelHalo: 'box',
        idPrefix: c.id('network-svg'),
      }),
      width,
      height,
      caption: w.t('report.network.picture', { date: w.date(snapshot.cutoff) }),
      alt: w.t('report.network.pictureAlt', { actors: now.actors, relationships: now.relationships }),
    });
  }

  const membersTable: TableBlock = {
    kind: 'table',
    id: c.id('members-by-group'),
    caption: w.t('report.network.membersTable'),
    columns: [
      { label: w.t('report.column.date'), kind: 'text', width: 1.2 },
      ...actorGroups.map((group) => ({
        label: groupName(group),
        kind: 'number' as const,
        width: 1.2,
        numberFormat: '0',
      })),
      { label: w.t('report.total'), kind: 'number', width: 1, numberFormat: '0' },
      { label: w.t('report.network.relationships'), kind: 'number', width: 1.3, numberFormat: '0' },
    ],
    rows: history.map(
      (h, i): Row => ({
        cells: [
          textCell(yearLabel(dates[i]!)),
          ...actorGroups.map((group) =>
            numberCell(w.number(h.membersByGroup[group], 0), h.membersByGroup[group]),
          ),
          numberCell(w.number(h.members, 0), h.members),
          numberCell(w.number(h.relationships, 0), h.relationships),
        ],
      }),
    ),
    data: true,
    sheet: w.t('report.sheet.members'),
  };
  blocks.push(membersTable);

  const types = new Map(snapshot.relationshipTypes.map((t) => [t.id, t]));
  const typeName = (id: number) => {
    const type = types.get(id);
    return !type ? '–' : type.key ? w.t(`option.relationshipType.${type.key}` as MessageKey) : type.name;
  };
  const inForce = relationships.filter(
    (r) =>
      (r.startedOn === null || r.startedOn <= snapshot.cutoff) &&
      (r.endedOn === null || r.endedOn > snapshot.cutoff),
  );
  const typeIds = [...new Set(relationships.map((r) => r.typeId))].sort((a, b) =>
    typeName(a).localeCompare(typeName(b)),
  );
  blocks.push({
    kind: 'table',
    id: c.id('relationships-by-type'),
    caption: w.t('report.network.byType', { date: w.date(snapshot.cutoff) }),
    columns: [
      { label: w.t('report.network.type'), kind: 'text', width: 3 },
      { label: w.t('report.network.inForce'), kind: 'number', width: 1.3, numberFormat: '0' },
      { label: w.t('report.network.begun'), kind: 'number', width: 1.6, numberFormat: '0' },
    ],
    rows: typeIds.map((id) => {
      const count = inForce.filter((r) => r.typeId === id).length;
      const begun = relationships.filter(
        (r) =>
          r.typeId === id &&
          r.startedOn !== null &&
          r.startedOn >= snapshot.periodStart &&
          r.startedOn <= snapshot.cutoff,
      ).length;
      return {
        cells: [
          textCell(typeName(id)),
          numberCell(w.number(count, 0), count),
          numberCell(w.number(begun, 0), begun),
        ],
      };
    }),
    empty: w.t('report.network.noRelationships'),
    data: true,
    sheet: w.t('report.sheet.relationships'),
  });

  if (now.brokers.length > 0)
    blocks.push({
      kind: 'table',
      id: c.id('brokers'),
      caption: w.t('report.network.brokers'),
      note: now.betweennessExact
        ? w.t('report.network.brokersNote')
        : w.t('report.network.brokersEstimated', { sources: now.betweennessSources }),
      columns: [
        { label: w.t('report.column.name'), kind: 'text', width: 3 },
        { label: w.t('report.network.group'), kind: 'text', width: 1.6 },
        { label: w.t('report.network.betweenness'), kind: 'number', width: 1.4, numberFormat: '0.000' },
      ],
      rows: now.brokers.map((b) => {
        const actor = actors.find((a) => a.id === b.id);
        return {
          cells: [
            textCell(b.name),
            textCell(actor ? groupName(actor.actorGroup) : '–'),
            numberCell(w.number(b.betweenness, 3), b.betweenness),
          ],
        };
      }),
      data: true,
      sheet: w.t('report.sheet.brokers'),
    });

  const changes = [
    ...joined.map((a) => ({ actor: a, what: w.t('report.network.joined'), date: a.memberSince! })),
    ...left.map((a) => ({ actor: a, what: w.t('report.network.left'), date: a.memberUntil! })),
  ].sort((a, b) => a.date.localeCompare(b.date) || a.actor.name.localeCompare(b.actor.name));
  blocks.push({
    kind: 'table',
    id: c.id('membership-changes'),
    caption: w.t('report.network.changes', {
      from: w.date(snapshot.periodStart),
      to: w.date(snapshot.cutoff),
    }),
    columns: [
      { label: w.t('report.column.name'), kind: 'text', width: 3 },
      { label: w.t('report.network.group'), kind: 'text', width: 1.6 },
      { label: w.t('report.network.change'), kind: 'text', width: 1.2 },
      { label: w.t('report.column.date'), kind: 'date', width: 1.2 },
    ],
    rows: changes.map((ch) => ({
      cells: [
        textCell(ch.actor.name),
        textCell(groupName(ch.actor.actorGroup)),
        textCell(ch.what),
        dateCell(w, ch.date),
      ],
    })),
    empty: w.t('report.network.noChanges'),
    data: true,
    sheet: w.t('report.sheet.membershipChanges'),
  });

  return { id: 'network', title: w.t('report.section.network'), breakBefore: true, blocks };
}
