// Migration 4 on a workspace of the schema before it, with data: derived indicators keep their kind, the new
// network kinds are accepted and unknown ones still refused, nothing lands in the audit trail,
// undo still restores indicators, and network positions go with their actor.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../test/support/temp.ts';
import { auditCoverageGaps } from '../schema/audit-coverage.ts';
import { migration0004 } from './0004_network.ts';
import { migrate } from './migrate.ts';
import { migrations } from './registry.ts';

const newDir = tempDirs();
const stamp = '2026-01-01T00:00:00.000Z';

function previousSchemaWithData(): Database.Database {
  const db = new Database(path.join(newDir(), 'old.clusterpilot'));
  db.pragma('foreign_keys = ON');
  migrate(
    db,
    migrations.filter((m) => m.version < migration0004.version),
  );
  db.prepare('insert into cluster (name, created_at, updated_at) values (?, ?, ?)').run('C', stamp, stamp);
  const indicator = db.prepare(
    `insert into indicator (cluster_id, name, kind, direction, aggregation, frequency, derived, created_at, updated_at)
     values (1, ?, 'output', 'increase', 'periodic', 'yearly', ?, ?, ?)`,
  );
  indicator.run('Members', 'members', stamp, stamp);
  indicator.run('Typed', null, stamp, stamp);
  db.prepare(
    "insert into measurement (indicator_id, date, value, entered_at) values (2, '2025-12-31', 5, ?)",
  ).run(stamp);
  db.prepare(
    "insert into actor (cluster_id, name, actor_group, subtype, created_at, updated_at) values (1, 'A', 'business', 'other', ?, ?)",
  ).run(stamp, stamp);
  return db;
}

describe('migration 4 (network)', () => {
  it('keeps every derived kind and measurement, and writes nothing to the audit trail', () => {
    const db = previousSchemaWithData();
    const auditRows = db.prepare('select count(*) from audit_log').pluck().get();
    expect(
      migrate(
        db,
        migrations.filter((m) => m.version <= migration0004.version),
      ),
    ).toEqual([4]);
    expect(db.prepare('select name, derived from indicator order by id').all()).toEqual([
      { name: 'Members', derived: 'members' },
      { name: 'Typed', derived: null },
    ]);
    expect(db.prepare('select count(*) from measurement').pluck().get()).toBe(1);
    expect(db.prepare('select count(*) from audit_log').pluck().get()).toBe(auditRows);
    expect(db.prepare('select enabled from audit_context').pluck().get()).toBe(1);
    expect(auditCoverageGaps(db)).toEqual([]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('accepts the network kinds and still refuses unknown ones', () => {
    const db = previousSchemaWithData();
    migrate(
      db,
      migrations.filter((m) => m.version <= migration0004.version),
    );
    const set = db.prepare('update indicator set derived = ? where id = 1');
    for (const kind of ['network_density', 'members_research', 'top_broker_share', 'communities']) {
      expect(() => set.run(kind)).not.toThrow();
    }
    expect(() => set.run('gossip')).toThrow(/CHECK constraint failed/);
  });

  it('records indicator changes for undo over all columns, the derived kind included', () => {
    const db = previousSchemaWithData();
    migrate(
      db,
      migrations.filter((m) => m.version <= migration0004.version),
    );
    db.prepare("update indicator set derived = 'network_density' where id = 1").run();
    const after = db
      .prepare("select after from audit_log where entity = 'indicator' order by id desc limit 1")
      .pluck()
      .get();
    expect(JSON.parse(after as string)).toMatchObject({ id: 1, derived: 'network_density', name: 'Members' });
  });

  it('drops an actor’s position with the actor', () => {
    const db = previousSchemaWithData();
    migrate(
      db,
      migrations.filter((m) => m.version <= migration0004.version),
    );
    db.prepare('insert into network_position (actor_id, x, y) values (1, 1.5, -2)').run();
    db.prepare('delete from actor where id = 1').run();
    expect(db.prepare('select count(*) from network_position').pluck().get()).toBe(0);
  });
});
