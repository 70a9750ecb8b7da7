// The demo workspace has what the issue promises, in both languages.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakPointStatus, indicatorStatus } from '../../shared/status/status.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { loadStatusInputs } from '../monitoring/status-inputs.ts';
import { openWorkspace } from '../sqlite/connection.ts';
import { writeDemo } from './demo.ts';

const newDir = tempDirs();
const now = new Date('2026-11-21T10:00:00Z');

describe.each(['de', 'en'] as const)('demo workspace (%s)', (lang) => {
  it('holds a realistic cluster with three years of history', async () => {
    const { db } = await openWorkspace(path.join(newDir(), `demo-${lang}.clusterpilot`));
    writeDemo(db, lang, now);
    const n = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;
    expect(n('select count(*) from actor')).toBeGreaterThanOrEqual(75);
    expect(n('select count(distinct actor_group) from actor')).toBe(4);
    expect(n('select count(*) from relationship')).toBeGreaterThanOrEqual(140);
    expect(n('select count(*) from goal where parent_id is null')).toBe(4);
    expect(n('select count(*) from goal where parent_id is not null')).toBe(8);
    expect(n('select count(*) from indicator')).toBe(15);
    expect(n('select count(distinct frequency) from indicator')).toBe(3);
    // Typed measurements start with the first quarter; derived indicators (members, events, the
    // private share) are computed from actors, events and budget instead of stored.
    expect(n('select min(date) from measurement')).toBe('2024-03-31');
    expect(
      n(
        'select count(*) from measurement m join indicator i on i.id = m.indicator_id where i.derived is not null',
      ),
    ).toBe(0);
    expect(n('select count(*) from break_point')).toBe(4);
    expect(n("select count(*) from break_point where kind = 'qualitative'")).toBe(1);
    // Twelve planned, plus the two follow-ups of last year's evaluation.
    expect(n('select count(*) from milestone')).toBe(14);
    expect(
      n(
        `select count(*) from milestone where status not in ('done', 'cancelled') and due_date < '2026-11-21'`,
      ),
    ).toBe(1);
    expect(n('select count(*) from activity_plan')).toBe(42);
    expect(n('select count(*) from event')).toBeGreaterThan(20);
    expect(n('select round(sum(fte), 2) from staff where end_on is null')).toBe(2.25);
    const shares = db
      .prepare('select public_share_bp from financing_plan order by year')
      .pluck()
      .all() as number[];
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    expect(n('select count(*) from endorsement')).toBe(20);
    expect(n("select count(*) from evaluation where status = 'locked'")).toBe(1);
    expect(n('select count(*) from decision')).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(n("select count(*) from audit_batch where label = 'demo.create'")).toBe(1);
    expect(n('select count(*) from audit_log')).toBe(0);
    db.close();
  });
});

it('speaks the chosen language', async () => {
  const names: Record<string, string> = {};
  for (const lang of ['de', 'en'] as const) {
    const { db } = await openWorkspace(path.join(newDir(), `lang-${lang}.clusterpilot`));
    writeDemo(db, lang, now);
    names[lang] = db.prepare('select name from cluster').pluck().get() as string;
    db.close();
  }
  expect(names).toEqual({ de: 'Photonik-Netzwerk Havelland', en: 'Havelland Photonics Network' });
});

describe('demo statuses, as the status engine computes them', () => {
  it('has indicators on track and at risk, exactly one off track, and the private-share break-point at risk', async () => {
    const { db } = await openWorkspace(path.join(newDir(), 'status.clusterpilot'));
    writeDemo(db, 'en', now);
    const today = '2026-11-21';
    const data = new Map(loadStatusInputs(db, today).map((input) => [input.id, input]));
    const statuses = [...data.values()].map((d) => ({
      name: d.name,
      status: indicatorStatus(d.indicator, d.measurements, today).status,
    }));
    const count = (s: string) => statuses.filter((x) => x.status === s).length;
    expect(statuses.filter((x) => x.status === 'off_track').map((x) => x.name)).toEqual([
      'International partnerships',
    ]);
    expect(count('at_risk')).toBeGreaterThanOrEqual(2);
    expect(count('on_track')).toBeGreaterThanOrEqual(6);
    expect(count('no_data') + count('stale')).toBe(0);

    const conditions = db.prepare('select * from break_point_condition').all() as {
      id: number;
      break_point_id: number;
      parent_id: number | null;
      node: 'all';
      indicator_id: number | null;
      comparator: 'ge' | null;
      threshold: number | null;
    }[];
    const breakPoints = db.prepare('select id, title, kind, check_date from break_point').all() as {
      id: number;
      title: string;
      kind: 'rule';
      check_date: string;
    }[];
    const bpStatus = Object.fromEntries(
      breakPoints.map((b) => [
        b.title,
        breakPointStatus(
          { kind: b.kind, checkDate: b.check_date },
          conditions
            .filter((c) => c.break_point_id === b.id)
            .map((c) => ({
              id: c.id,
              parentId: c.parent_id,
              node: c.node,
              indicatorId: c.indicator_id,
              comparator: c.comparator,
              threshold: c.threshold,
            })),
          data,
          today,
        ),
      ]),
    );
    expect(bpStatus['Private co-funding share at least 40 %']).toBe('at_risk');
    expect(bpStatus['Members see a clear benefit']).toBe('needs_assessment');
    expect(Object.values(bpStatus).filter((s) => s === 'at_risk')).toHaveLength(1);
    db.close();
  });
});
