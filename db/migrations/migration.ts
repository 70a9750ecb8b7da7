// What a migration is, in a module of its own: the migrations, the registry and the runner all
// import it, and none of them imports another's module for it (no import cycle).
import type Database from 'better-sqlite3';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (db: Database.Database) => void;
}
