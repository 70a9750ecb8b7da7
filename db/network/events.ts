// The events log: a cluster's events with their participating actors, and saving an event with
// its participants as one action (one undo step). Events feed the derived indicators (events,
// participants) and the activity profile.
import type { z } from 'zod';
import type { EventRow, eventSave } from '../../shared/contract/network.ts';
import { ApiFailure } from '../../shared/contract/result.ts';
import { createEntity, type StoreContext, updateEntity } from '../backend/entity-store.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';

/** The cluster's events, newest first (or just the one with `eventId`). */
export function eventsOfCluster(
  db: SqliteDatabase,
  clusterId: number,
  eventId: number | null = null,
): EventRow[] {
  const events = db
    .prepare(
      `select id, date, type, title, field_of_action_id as fieldOfActionId, participants, note
       from event where cluster_id = :cluster and (:event is null or id = :event) order by date desc, id desc`,
    )
    .all({ cluster: clusterId, event: eventId }) as Omit<EventRow, 'actorIds'>[];
  const links = db
    .prepare(
      `select ea.event_id as eventId, ea.actor_id as actorId from event_actor ea join event e on e.id = ea.event_id
       where e.cluster_id = :cluster and (:event is null or e.id = :event) order by ea.actor_id`,
    )
    .all({ cluster: clusterId, event: eventId }) as { eventId: number; actorId: number }[];
  const byEvent = new Map<number, number[]>();
  for (const { eventId, actorId } of links) byEvent.set(eventId, [...(byEvent.get(eventId) ?? []), actorId]);
  return events.map((e) => ({ ...e, actorIds: byEvent.get(e.id) ?? [] }));
}

export function saveEvent(ctx: StoreContext, input: z.output<typeof eventSave>): EventRow {
  const { id, actorIds, ...fields } = input;
  const { db } = ctx;
  // Participants must be actors of the event's cluster.
  const foreign = actorIds.find(
    (actorId) =>
      (db.prepare('select cluster_id from actor where id = ?').pluck().get(actorId) as number | undefined) !==
      fields.clusterId,
  );
  if (foreign !== undefined)
    throw new ApiFailure({
      kind: 'validation',
      issues: [{ path: ['actorIds', actorIds.indexOf(foreign)], code: 'unknownReference' }],
    });
  let eventId: number;
  if (id === null) {
    eventId = createEntity(ctx, 'event', fields).id;
  } else {
    const cluster = db.prepare('select cluster_id from event where id = ?').pluck().get(id) as
      | number
      | undefined;
    if (cluster === undefined) throw new ApiFailure({ kind: 'notFound', entity: 'event', id });
    if (cluster !== fields.clusterId)
      throw new ApiFailure({ kind: 'validation', issues: [{ path: ['clusterId'], code: 'inconsistent' }] });
    const { clusterId: _cluster, ...patch } = fields;
    updateEntity(ctx, 'event', { id, ...patch });
    eventId = id;
  }
  const wanted = new Set(actorIds);
  const current = new Set(
    db.prepare('select actor_id from event_actor where event_id = ?').pluck().all(eventId) as number[],
  );
  const remove = db.prepare('delete from event_actor where event_id = ? and actor_id = ?');
  const add = db.prepare('insert into event_actor (event_id, actor_id) values (?, ?)');
  for (const actorId of current) if (!wanted.has(actorId)) remove.run(eventId, actorId);
  for (const actorId of wanted) if (!current.has(actorId)) add.run(eventId, actorId);
  return eventsOfCluster(db, fields.clusterId, eventId)[0]!;
}
