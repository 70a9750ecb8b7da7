// The actor register: the table of a cluster's actors, one actor with everything linked to it,
// changes to many actors at once, and the writes of a member-list or relationship import. Each
// runs inside the call's one audited transaction (one Activity entry, one undo step); rows are
// written with prepared statements so an import of thousands of rows stays well under a second,
// and the audit triggers record every row all the same.
import { type ActorGroup, actorSubtypes } from '../../shared/contract/entities.ts';
import { entityIssues } from '../../shared/contract/entity-rules.ts';
import type { ActorChange, ActorDetail, ActorRow } from '../../shared/contract/network.ts';
import { ApiFailure, type ValidationIssue } from '../../shared/contract/result.ts';
import { fallbackSubtype } from '../../shared/network/words.ts';
import { createEntity, type StoreContext, updateEntity } from '../backend/entity-store.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';
import type { ActorPlan, RegisteredActor, RegisteredRelationship, RelationshipPlan } from './import.ts';

export function actorTable(db: SqliteDatabase, clusterId: number, at: string): ActorRow[] {
  return db
    .prepare(
      `select a.id, a.name, a.actor_group as actorGroup, a.subtype, a.size, a.member_since as memberSince,
              a.member_until as memberUntil, a.location, a.note,
              (select count(*) from relationship r where (r.from_actor_id = a.id or r.to_actor_id = a.id)
                 and (r.started_on is null or r.started_on <= :at) and (r.ended_on is null or r.ended_on > :at)) as relationships,
              (select count(*) from event_actor ea where ea.actor_id = a.id) as events,
              (select count(*) from endorsement e where e.actor_id = a.id) as endorsements
       from actor a where a.cluster_id = :cluster order by a.name collate nocase, a.id`,
    )
    .all({ cluster: clusterId, at }) as ActorRow[];
}

export function actorDetail(db: SqliteDatabase, actorId: number): ActorDetail {
  if (!db.prepare('select 1 from actor where id = ?').get(actorId))
    throw new ApiFailure({ kind: 'notFound', entity: 'actor', id: actorId });
  const relationships = db
    .prepare(
      `select r.id, p.id as partnerId, p.name as partnerName, p.actor_group as partnerGroup, r.type_id as typeId,
              r.started_on as startedOn, r.ended_on as endedOn, r.note
       from relationship r join actor p on p.id = case when r.from_actor_id = :actor then r.to_actor_id else r.from_actor_id end
       where r.from_actor_id = :actor or r.to_actor_id = :actor
       order by p.name collate nocase, r.started_on, r.id`,
    )
    .all({ actor: actorId }) as ActorDetail['relationships'];
  const events = db
    .prepare(
      `select e.id, e.date, e.title, e.type from event e join event_actor ea on ea.event_id = e.id
       where ea.actor_id = ? order by e.date desc, e.id`,
    )
    .all(actorId) as ActorDetail['events'];
  const endorsements = db
    .prepare(
      `select e.id, e.strategy_id as strategyId, s.title as strategyTitle, e.date, e.form,
              (select count(*) from commitment c where c.endorsement_id = e.id) as commitments
       from endorsement e join strategy s on s.id = e.strategy_id where e.actor_id = ? order by e.date, e.id`,
    )
    .all(actorId) as ActorDetail['endorsements'];
  return { relationships, events, endorsements };
}

interface BulkChange {
  readonly actorGroup?: ActorGroup;
  readonly subtype?: string;
  readonly size?: 'sme' | 'large' | null;
  readonly memberSince?: string | null;
  readonly memberUntil?: string | null;
}

/**
 * Sets the given fields on every chosen actor. A new group without a subtype keeps each actor's
 * subtype where the group has it, else "other". Refused as a whole, naming the first actor the
 * change does not fit (a subtype of another group, a membership ending before it began).
 */
export function updateActors(
  db: SqliteDatabase,
  ids: readonly number[],
  set: BulkChange,
  now: string,
): number {
  const unique = [...new Set(ids)];
  const read = db.prepare(
    'select id, name, actor_group as actorGroup, subtype, size, member_since as memberSince, member_until as memberUntil from actor where id = ?',
  );
  const write = db.prepare(
    `update actor set actor_group = :actorGroup, subtype = :subtype, size = :size, member_since = :memberSince,
       member_until = :memberUntil, updated_at = :now where id = :id`,
  );
  let updated = 0;
  for (const id of unique) {
    const actor = read.get(id) as RegisteredActor | undefined;
    if (!actor) throw new ApiFailure({ kind: 'notFound', entity: 'actor', id });
    const actorGroup = set.actorGroup ?? actor.actorGroup;
    let subtype = set.subtype ?? actor.subtype;
    if (set.subtype === undefined && !(actorSubtypes[actorGroup] as readonly string[]).includes(subtype))
      subtype = fallbackSubtype(actorGroup);
    const next = {
      actorGroup,
      subtype,
      size: set.size === undefined ? actor.size : set.size,
      memberSince: set.memberSince === undefined ? actor.memberSince : set.memberSince,
      memberUntil: set.memberUntil === undefined ? actor.memberUntil : set.memberUntil,
    };
    const issue = entityIssues('actor', next)[0];
    if (issue) {
      throw new ApiFailure({
        kind: 'validation',
        issues: [{ ...issue, path: ['set', ...issue.path], params: { ...issue.params, name: actor.name } }],
      });
    }
    const changed = (Object.keys(next) as (keyof typeof next)[]).some((f) => next[f] !== actor[f]);
    if (!changed) continue;
    write.run({ ...next, now, id });
    updated++;
  }
  return updated;
}

export function deleteActors(db: SqliteDatabase, ids: readonly number[]): number {
  const remove = db.prepare('delete from actor where id = ?');
  let deleted = 0;
  for (const id of new Set(ids)) {
    const { changes } = remove.run(id);
    if (changes === 0) throw new ApiFailure({ kind: 'notFound', entity: 'actor', id });
    deleted += changes;
  }
  return deleted;
}

export function registeredActors(db: SqliteDatabase, clusterId: number): RegisteredActor[] {
  return db
    .prepare(
      `select id, name, actor_group as actorGroup, subtype, size, member_since as memberSince,
              member_until as memberUntil, location, note from actor where cluster_id = ? order by id`,
    )
    .all(clusterId) as RegisteredActor[];
}

export function registeredRelationships(db: SqliteDatabase, clusterId: number): RegisteredRelationship[] {
  return db
    .prepare(
      `select id, from_actor_id as fromActorId, to_actor_id as toActorId, type_id as typeId,
              started_on as startedOn, ended_on as endedOn, note from relationship where cluster_id = ? order by id`,
    )
    .all(clusterId) as RegisteredRelationship[];
}

export function relationshipTypes(db: SqliteDatabase): { id: number; key: string | null; name: string }[] {
  return db.prepare('select id, key, name from relationship_type order by id').all() as {
    id: number;
    key: string | null;
    name: string;
  }[];
}

/** Writes a checked member-list plan: new actors, and updates of the matched ones. */
export function applyActorPlan(db: SqliteDatabase, clusterId: number, plan: ActorPlan, now: string): void {
  const insert = db.prepare(
    `insert into actor (cluster_id, name, actor_group, subtype, size, member_since, member_until, location, note, created_at, updated_at)
     values (:clusterId, :name, :actorGroup, :subtype, :size, :memberSince, :memberUntil, :location, :note, :now, :now)`,
  );
  const update = db.prepare(
    `update actor set actor_group = :actorGroup, subtype = :subtype, size = :size, member_since = :memberSince,
       member_until = :memberUntil, location = :location, note = :note, updated_at = :now where id = :id and cluster_id = :clusterId`,
  );
  for (const values of plan.creates) insert.run({ ...values, clusterId, now });
  for (const values of plan.updates) update.run({ ...values, clusterId, now });
}

export function applyRelationshipPlan(
  db: SqliteDatabase,
  clusterId: number,
  plan: RelationshipPlan,
  now: string,
): void {
  const insert = db.prepare(
    `insert into relationship (cluster_id, from_actor_id, to_actor_id, type_id, started_on, ended_on, note, created_at, updated_at)
     values (:clusterId, :fromActorId, :toActorId, :typeId, :startedOn, :endedOn, :note, :now, :now)`,
  );
  const update = db.prepare(
    'update relationship set ended_on = :endedOn, note = :note, updated_at = :now where id = :id and cluster_id = :clusterId',
  );
  for (const values of plan.creates) insert.run({ ...values, clusterId, now });
  for (const values of plan.updates)
    update.run({ id: values.id, endedOn: values.endedOn, note: values.note, clusterId, now });
}

/**
 * The register grid's edits as one action. Every change is tried; the refusals are collected,
 * each under ['changes', index, field], and if there is any the whole action is undone.
 */
export function saveActors(
  ctx: StoreContext,
  clusterId: number,
  changes: readonly ActorChange[],
): { created: number; updated: number } {
  const issues: ValidationIssue[] = [];
  let created = 0;
  let updated = 0;
  changes.forEach((change, index) => {
    const { id, ...fields } = change;
    const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    try {
      if (id === null) {
        createEntity(ctx, 'actor', { clusterId, ...defined });
        created++;
      } else {
        const cluster = ctx.db.prepare('select cluster_id from actor where id = ?').pluck().get(id);
        if (cluster !== clusterId) throw new ApiFailure({ kind: 'notFound', entity: 'actor', id });
        updateEntity(ctx, 'actor', { id, ...defined });
        updated++;
      }
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      const e = error.error;
      if (e.kind === 'validation') {
        for (const issue of e.issues) issues.push({ ...issue, path: ['changes', index, ...issue.path] });
      } else if (e.kind === 'conflict' && e.code === 'duplicate') {
        issues.push({
          path: ['changes', index, ...(e.path ?? ['name'])],
          code: 'duplicate',
          ...(e.params ? { params: e.params } : {}),
        });
      } else if (e.kind === 'notFound') {
        issues.push({ path: ['changes', index, 'id'], code: 'unknownReference' });
      } else throw error;
    }
  });
  if (issues.length > 0) throw new ApiFailure({ kind: 'validation', issues });
  return { created, updated };
}
