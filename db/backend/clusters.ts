// Contract calls on clusters. Row ↔ DTO mapping stays here, inside db/.

import { ApiFailure } from '../../shared/contract/result.ts';
import type { Cluster } from '../../shared/contract/schemas.ts';
import type { ClusterRow } from '../schema/types.ts';
import { builder } from '../sqlite/query.ts';
import type { CallContext } from './context.ts';

function toDto(row: ClusterRow): Cluster {
  return { id: row.id, name: row.name, createdAt: row.created_at, updatedAt: row.updated_at };
}

export function listClusters(ctx: CallContext): Cluster[] {
  return ctx.q.all(builder.selectFrom('cluster').selectAll().orderBy('name').orderBy('id')).map(toDto);
}

export function getCluster(ctx: CallContext, id: number): Cluster {
  const row = ctx.q.get(builder.selectFrom('cluster').selectAll().where('id', '=', id));
  if (!row) throw new ApiFailure({ kind: 'notFound', entity: 'cluster', id });
  return toDto(row);
}

function assertNameFree(ctx: CallContext, name: string, exceptId?: number): void {
  let query = builder.selectFrom('cluster').select('id').where('name', '=', name);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  if (ctx.q.get(query)) {
    throw new ApiFailure({
      kind: 'conflict',
      code: 'duplicateName',
      path: ['name'],
      params: { value: name },
    });
  }
}

export function createCluster(ctx: CallContext, name: string): Cluster {
  assertNameFree(ctx, name);
  const now = ctx.now();
  const { lastInsertRowid } = ctx.q.run(
    builder.insertInto('cluster').values({ name, created_at: now, updated_at: now }),
  );
  const cluster = getCluster(ctx, lastInsertRowid);
  ctx.emit({
    type: 'changed',
    entity: 'cluster',
    action: 'created',
    id: cluster.id,
    label: cluster.name,
    at: now,
  });
  return cluster;
}

export function renameCluster(ctx: CallContext, id: number, name: string): Cluster {
  getCluster(ctx, id);
  assertNameFree(ctx, name, id);
  const now = ctx.now();
  ctx.q.run(builder.updateTable('cluster').set({ name, updated_at: now }).where('id', '=', id));
  const cluster = getCluster(ctx, id);
  ctx.emit({ type: 'changed', entity: 'cluster', action: 'updated', id, label: cluster.name, at: now });
  return cluster;
}

export function deleteCluster(ctx: CallContext, id: number): { id: number } {
  const cluster = getCluster(ctx, id);
  ctx.q.run(builder.deleteFrom('cluster').where('id', '=', id));
  ctx.emit({ type: 'changed', entity: 'cluster', action: 'deleted', id, label: cluster.name, at: ctx.now() });
  return { id };
}
