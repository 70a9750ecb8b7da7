// Migration 1. Frozen in time: never import app code here, never edit after release.
import type { Migration } from './migration.ts';

export const migration0001: Migration = {
  version: 1,
  name: 'clusters',
  up: (db) => {
    db.exec(`
      create table cluster (
        id integer primary key,
        name text not null collate nocase unique check (length(trim(name)) between 1 and 120),
        created_at text not null check (created_at like '____-__-__T__:__:__%'),
        updated_at text not null check (updated_at >= created_at)
      ) strict;
    `);
  },
};
