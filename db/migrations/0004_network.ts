// Migration 4: the actors' network (issue 13). Frozen in time: never import app code here.
//   network_position   where each actor stands in the cluster's network picture, so the picture
//                      does not jump between openings; derived from the relationships by the
//                      layout (shared/network/layout.ts), hence not audited (undo neither needs
//                      nor shows it) and dropped with its actor
//   indicator.derived  gains the network indicators (members per group, relationships per
//                      actor, density, SME–research share, isolated members, top broker's share,
//                      communities), so they can carry targets and break-points. SQLite cannot
//                      change a CHECK in place: the column is added anew with the wider CHECK,
//                      filled, the old one dropped and the new one renamed; its audit triggers
//                      are rebuilt by the frozen helper, so undo still restores every column.
//   indexes            for an actor's events and endorsements (the actor editor lists them)
import { rebuildAuditTriggers } from './helpers/triggers-v1.ts';
import type { Migration } from './migration.ts';

const derivedKinds = [
  // migration 2
  'members',
  'new_members',
  'leaving_members',
  'events',
  'event_participants',
  'sme_research_links',
  'private_cofunding_share',
  'management_fte',
  // migration 4
  'members_business',
  'members_administration',
  'members_research',
  'members_culture',
  'relationships_per_actor',
  'network_density',
  'sme_research_share',
  'isolated_members',
  'top_broker_share',
  'communities',
];

const tables = `
create table network_position (
  actor_id integer primary key references actor (id) on delete cascade,
  x real not null check (x between -1e9 and 1e9),
  y real not null check (y between -1e9 and 1e9)
) strict;

create index event_actor_actor on event_actor (actor_id);
create index endorsement_actor on endorsement (actor_id);
`;

export const migration0004: Migration = {
  version: 4,
  name: 'network',
  up: (db) => {
    db.exec(tables);
    // Widen indicator.derived's CHECK. The copy runs with auditing off: it changes no value.
    const enabled = db.prepare('select enabled from audit_context where id = 1').pluck().get() as number;
    db.exec('update audit_context set enabled = 0 where id = 1');
    for (const action of ['insert', 'update', 'delete']) db.exec(`drop trigger audit_indicator_${action}`);
    db.exec(`
      alter table indicator add column derived_kind text check (derived_kind in (${derivedKinds.map((k) => `'${k}'`).join(', ')}));
      update indicator set derived_kind = derived;
      alter table indicator drop column derived;
      alter table indicator rename column derived_kind to derived;
    `);
    db.prepare('update audit_context set enabled = ? where id = 1').run(enabled);
    rebuildAuditTriggers(db, 'indicator');
  },
};
