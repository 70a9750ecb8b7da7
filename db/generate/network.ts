// Builds one cluster's network for the benchmark: actors in the four groups (the business ones
// SMEs), joining over the years, and relationships between distinct random pairs (a seeded
// generator, so every run draws the same network), starting over the years too. Bulk path:
// prepared statements in one transaction, row auditing off, one summary batch.
import { seededRandom } from '../../shared/network/random.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';

export interface NetworkSpec {
  readonly actors: number;
  readonly relationships: number;
  readonly seed: number;
}

export const networkBenchmarkSpec: NetworkSpec = { actors: 5000, relationships: 20_000, seed: 13 };

export function generateNetwork(db: SqliteDatabase, spec: NetworkSpec = networkBenchmarkSpec): number {
  const stamp = '2026-01-01T00:00:00.000Z';
  const groups = [
    ['business', 'supplier', 'sme'],
    ['business', 'end_producer', 'sme'],
    ['business', 'service_provider', 'large'],
    ['research', 'university', null],
    ['research', 'research_institute', null],
    ['administration', 'municipal_body', null],
    ['culture', 'cultural', null],
  ] as const;
  const random = seededRandom(spec.seed);
  const date = (fromYear: number, years: number) => {
    const day = Math.floor(random() * years * 365);
    return new Date(Date.UTC(fromYear, 0, 1 + day)).toISOString().slice(0, 10);
  };
  let clusterId = 0;
  db.transaction(() => {
    db.prepare('update audit_context set enabled = 0 where id = 1').run();
    clusterId = Number(
      db
        .prepare('insert into cluster (name, region, created_at, updated_at) values (?, ?, ?, ?)')
        .run('Netzwerkcluster', 'Benchmark', stamp, stamp).lastInsertRowid,
    );
    const actor = db.prepare(
      'insert into actor (cluster_id, name, actor_group, subtype, size, member_since, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const ids: number[] = [];
    for (let a = 0; a < spec.actors; a++) {
      const [group, subtype, size] = groups[a % groups.length]!;
      ids.push(
        Number(
          actor.run(clusterId, `Akteur ${a + 1}`, group, subtype, size, date(2016, 8), stamp, stamp)
            .lastInsertRowid,
        ),
      );
    }
    const relationship = db.prepare(
      'insert into relationship (cluster_id, from_actor_id, to_actor_id, type_id, started_on, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)',
    );
    const taken = new Set<string>();
    const maxPairs = (spec.actors * (spec.actors - 1)) / 2;
    for (let r = 0; r < Math.min(spec.relationships, maxPairs); ) {
      const a = Math.floor(random() * ids.length);
      const b = Math.floor(random() * ids.length);
      const key = a < b ? `${a}-${b}` : `${b}-${a}`;
      if (a === b || taken.has(key)) continue;
      taken.add(key);
      relationship.run(clusterId, ids[a]!, ids[b]!, 1 + (r % 8), date(2017, 9), stamp, stamp);
      r++;
    }
    db.prepare('update audit_context set enabled = 1 where id = 1').run();
    db.prepare(
      "insert into audit_batch (at, user, label, kind) values (?, '', 'benchmark.generateNetwork', 'system')",
    ).run(stamp);
  })();
  return clusterId;
}
