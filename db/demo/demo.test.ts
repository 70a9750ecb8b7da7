// The demo workspace has what the issue promises, in both languages.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../test/support/temp.ts';
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
    expect(n('select min(date) from measurement')).toBe('2024-01-31');
    expect(n('select count(*) from break_point')).toBe(4);
    expect(n("select count(*) from break_point where kind = 'qualitative'")).toBe(1);
    expect(n('select count(*) from milestone')).toBe(12);
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
