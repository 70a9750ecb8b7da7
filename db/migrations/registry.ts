// The static registry of migrations: each one is imported here, so they are bundled with the
// app instead of read from a folder at run time. Append only.
import { migration0001 } from './0001_clusters.ts';
import { migration0002 } from './0002_domain.ts';
import { migration0003 } from './0003_evaluation.ts';
import { migration0004 } from './0004_network.ts';
import { migration0005 } from './0005_resources.ts';
import { migration0006 } from './0006_report.ts';
import type { Migration } from './migration.ts';

export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
];
