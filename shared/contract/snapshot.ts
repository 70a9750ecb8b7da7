// The frozen snapshot of an evaluation: the FACTS of one cluster as of the evaluation's cut-off
// date (rows as the user entered them, measurements dated up to the cut-off, the derived
// indicators' values as they were computed then), never derived values such as statuses or
// trends. The meeting, the minutes and the funder report read only this, and compute what they
// show with the shared status engine, so later edits cannot change what was decided and a report
// can be produced again years later with the same content.
import { z } from 'zod';
import { dtoSchema, isoDate } from './entities.ts';
import { expenditureFact } from './resources.ts';
import { id, isoDateTime } from './schemas.ts';

export const SNAPSHOT_VERSION = 1;

const point = z.object({ date: z.string(), value: z.number() });
const measurement = point.extend({ note: z.string() });

export const snapshot = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  takenAt: isoDateTime,
  cutoff: isoDate,
  periodStart: isoDate,
  periodEnd: isoDate,
  cluster: dtoSchema('cluster'),
  strategy: dtoSchema('strategy').nullable(),
  fieldsOfAction: z.array(dtoSchema('fieldOfAction')),
  goals: z.array(dtoSchema('goal').extend({ indicatorIds: z.array(id) })),
  indicators: z.array(
    dtoSchema('indicator').extend({
      targets: z.array(point),
      /** Dated up to the cut-off; for derived indicators the values computed at the freeze. */
      measurements: z.array(measurement),
    }),
  ),
  breakPoints: z.array(
    dtoSchema('breakPoint').extend({ conditions: z.array(dtoSchema('breakPointCondition')) }),
  ),
  milestones: z.array(dtoSchema('milestone').extend({ dependsOn: z.array(id) })),
  actors: z.array(dtoSchema('actor')),
  relationshipTypes: z.array(dtoSchema('relationshipType')),
  relationships: z.array(dtoSchema('relationship')),
  events: z.array(dtoSchema('event').extend({ actorIds: z.array(id) })),
  staff: z.array(dtoSchema('staff')),
  fundingSources: z.array(
    dtoSchema('fundingSource').extend({ budgetLines: z.array(dtoSchema('budgetLine')) }),
  ),
  financingPlan: z.array(dtoSchema('financingPlan')),
  /** Where the network picture placed each actor when the data was frozen (none: laid out anew). */
  networkPositions: z.array(z.object({ actorId: id, x: z.number(), y: z.number() })).default([]),
  /** Expenditure by category and year (snapshots frozen before migration 5 have none). */
  expenditure: z.array(expenditureFact).default([]),
  activityPlan: z.array(dtoSchema('activityPlan')),
  endorsements: z.array(dtoSchema('endorsement').extend({ commitments: z.array(dtoSchema('commitment')) })),
  /** The period's changes to this cluster's items: who changed what, when (the report's annex). */
  changeLog: z.array(
    z.object({
      at: isoDateTime,
      user: z.string(),
      label: z.string(),
      kind: z.string(),
      reason: z.string(),
      changes: z.number().int(),
    }),
  ),
});
export type Snapshot = z.infer<typeof snapshot>;
export type SnapshotIndicator = Snapshot['indicators'][number];
export type SnapshotBreakPoint = Snapshot['breakPoints'][number];
export type SnapshotMilestone = Snapshot['milestones'][number];
