// Derived indicators, computed from a small workspace whose figures are known.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../../test/support/temp.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';
import { openWorkspace } from '../sqlite/connection.ts';
import { type DerivedKind, derivedSeries, memberGroups } from './derived.ts';

const newDir = tempDirs();
let db: SqliteDatabase;
const stamp = '2026-01-01T00:00:00.000Z';

beforeAll(async () => {
  ({ db } = await openWorkspace(path.join(newDir(), 'derived.clusterpilot')));
  const run = (sql: string, ...args: unknown[]) => Number(db.prepare(sql).run(...args).lastInsertRowid);
  run('insert into cluster (name, created_at, updated_at) values (?, ?, ?)', 'C', stamp, stamp);
  run('insert into cluster (name, created_at, updated_at) values (?, ?, ?)', 'Other', stamp, stamp);
  const actor = (
    name: string,
    group: string,
    subtype: string,
    size: string | null,
    since: string,
    until: string | null,
    cluster = 1,
  ) =>
    run(
      'insert into actor (cluster_id, name, actor_group, subtype, size, member_since, member_until, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      cluster,
      name,
      group,
      subtype,
      size,
      since,
      until,
      stamp,
      stamp,
    );
  const a = actor('KMU A', 'business', 'supplier', 'sme', '2025-01-15', null);
  const b = actor('KMU B', 'business', 'supplier', 'sme', '2025-02-10', '2025-05-20');
  const large = actor('Konzern', 'business', 'end_producer', 'large', '2025-02-01', null);
  const uni = actor('Uni', 'research', 'university', null, '2025-01-01', null);
  actor('Amt', 'administration', 'municipal_body', null, '2025-04-01', null);
  actor('Fremd', 'business', 'supplier', 'sme', '2025-01-01', null, 2);
  const rel = (from: number, to: number, started: string, ended: string | null) =>
    run(
      'insert into relationship (cluster_id, from_actor_id, to_actor_id, type_id, started_on, ended_on, created_at, updated_at) values (1, ?, ?, 1, ?, ?, ?, ?)',
      from,
      to,
      started,
      ended,
      stamp,
      stamp,
    );
  rel(a, uni, '2025-02-01', null); // SME–research, both directions count
  rel(uni, b, '2025-03-01', '2025-04-15');
  rel(large, uni, '2025-01-01', null); // not an SME
  rel(a, large, '2025-01-01', null); // not research
  const event = (date: string, participants: number) =>
    run(
      "insert into event (cluster_id, date, type, title, participants, created_at, updated_at) values (1, ?, 'workshop', 'W', ?, ?, ?)",
      date,
      participants,
      stamp,
      stamp,
    );
  event('2025-01-20', 10);
  event('2025-02-05', 20);
  event('2025-03-31', 5);
  event('2025-04-01', 7);
  const source = (name: string, category: string) =>
    run('insert into funding_source (cluster_id, name, category) values (1, ?, ?)', name, category);
  const eu = source('EU', 'eu');
  const fees = source('Beiträge', 'member_fees');
  const line = (s: number, year: number, actual: number | null) =>
    run(
      'insert into budget_line (funding_source_id, year, planned_cents, actual_cents) values (?, ?, 1, ?)',
      s,
      year,
      actual,
    );
  line(eu, 2024, 75_00);
  line(fees, 2024, 25_00);
  line(eu, 2025, 60_00);
  line(fees, 2025, null); // not settled yet: no value for 2025
  run(
    "insert into staff (cluster_id, role, fte, start_on, end_on) values (1, 'Leitung', 1, '2024-06-01', null)",
  );
  run(
    "insert into staff (cluster_id, role, fte, start_on, end_on) values (1, 'Projekt', 0.5, '2025-02-01', '2025-03-15')",
  );
});

const series = (
  derived: DerivedKind,
  frequency: 'monthly' | 'quarterly' | 'yearly',
  baselineDate: string | null,
  until: string,
) =>
  derivedSeries(db, { id: 1, clusterId: 1, derived, frequency, baselineDate }, until).map((m) => [
    m.date,
    m.value,
  ]);

describe('derived indicators', () => {
  it('count members at each period end, joiners and leavers per period', () => {
    expect(series('members', 'monthly', '2024-12-31', '2025-06-15')).toEqual([
      ['2025-01-31', 2],
      ['2025-02-28', 4],
      ['2025-03-31', 4],
      ['2025-04-30', 5],
      ['2025-05-31', 4],
    ]);
    expect(series('new_members', 'quarterly', '2024-12-31', '2025-06-30')).toEqual([
      ['2025-03-31', 4],
      ['2025-06-30', 1],
    ]);
    expect(series('leaving_members', 'quarterly', '2024-12-31', '2025-06-30')).toEqual([
      ['2025-03-31', 0],
      ['2025-06-30', 1],
    ]);
    expect(memberGroups(db, 1, '2025-06-30')).toEqual({ business: 2, research: 1, administration: 1 });
  });

  it('count events and participants per period', () => {
    expect(series('events', 'quarterly', '2024-12-31', '2025-06-30')).toEqual([
      ['2025-03-31', 3],
      ['2025-06-30', 1],
    ]);
    expect(series('event_participants', 'monthly', '2024-12-31', '2025-04-30')).toEqual([
      ['2025-01-31', 10],
      ['2025-02-28', 20],
      ['2025-03-31', 5],
      ['2025-04-30', 7],
    ]);
  });

  it('count relationships between SMEs and research active at each period end', () => {
    expect(series('sme_research_links', 'monthly', '2025-01-31', '2025-05-31')).toEqual([
      ['2025-02-28', 1],
      ['2025-03-31', 2],
      ['2025-04-30', 1],
      ['2025-05-31', 1],
    ]);
  });

  it('give the private share of the actual budget per year, none for a year not settled', () => {
    expect(series('private_cofunding_share', 'yearly', '2023-12-31', '2025-12-31')).toEqual([
      ['2024-12-31', 25],
    ]);
  });

  it('sum the staff FTE at each period end', () => {
    expect(series('management_fte', 'monthly', '2025-01-31', '2025-04-30')).toEqual([
      ['2025-02-28', 1.5],
      ['2025-03-31', 1],
      ['2025-04-30', 1],
    ]);
  });

  it('compute the network indicators at each period end', () => {
    // March: A, B, the large company and the university, four relationships (B's to the
    // university ends mid-April). April: the office joins. May: B has left.
    expect(series('members_business', 'monthly', '2025-02-28', '2025-05-31')).toEqual([
      ['2025-03-31', 3],
      ['2025-04-30', 3],
      ['2025-05-31', 2],
    ]);
    expect(series('members_administration', 'monthly', '2025-02-28', '2025-05-31').map(([, v]) => v)).toEqual(
      [0, 1, 1],
    );
    expect(series('network_density', 'monthly', '2025-02-28', '2025-05-31')).toEqual([
      ['2025-03-31', 66.67],
      ['2025-04-30', 30],
      ['2025-05-31', 50],
    ]);
    expect(
      series('relationships_per_actor', 'monthly', '2025-02-28', '2025-05-31').map(([, v]) => v),
    ).toEqual([2, 1.2, 1.5]);
    expect(series('sme_research_share', 'monthly', '2025-02-28', '2025-05-31').map(([, v]) => v)).toEqual([
      100, 50, 100,
    ]);
    expect(series('isolated_members', 'monthly', '2025-02-28', '2025-05-31').map(([, v]) => v)).toEqual([
      0, 2, 1,
    ]);
    // In March every path from B runs through the university: it carries 2 of the 3 pairs.
    expect(series('top_broker_share', 'monthly', '2025-02-28', '2025-03-31')).toEqual([['2025-03-31', 66.7]]);
    expect(
      series('communities', 'monthly', '2025-02-28', '2025-05-31').every(([, v]) => Number(v) >= 1),
    ).toBe(true);
  });

  it('cover the last two years when the indicator has no baseline, and only ended periods', () => {
    const values = series('events', 'yearly', null, '2025-12-30');
    expect(values).toEqual([
      ['2023-12-31', 0],
      ['2024-12-31', 0],
    ]);
  });
});
