import type { MigrationInterface } from 'typeorm';

/** Where one app keeps its data. Each app has its own database (SQLite file or PostgreSQL schema). */
export interface DatabaseSettings {
  /** `postgres://…`: when set, PostgreSQL is used; otherwise SQLite. */
  url?: string;
  /** Absolute path of the SQLite file (its folder is created when missing), or `:memory:`. */
  sqliteFile: string;
  /** PostgreSQL schema owned by this app (e.g. `hub`, `mock_lfi`); created when missing. */
  schema?: string;
}

/** An entity class, as TypeORM takes it (a constructor; TypeORM instantiates it without arguments). */
export type EntityClass = new (...args: never[]) => object;

/** A migration class, as TypeORM takes it. */
export type MigrationClass = new (...args: never[]) => MigrationInterface;

/** What an app stores: its entities and the migrations that create their tables. */
export interface PersistenceParts {
  entities: EntityClass[];
  migrations: MigrationClass[];
  migrationsTableName?: string;
}

export type DatabaseEngine = 'sqlite' | 'postgres';

export const DEFAULT_PG_SCHEMA = 'public';

/**
 * Schema names end up inside SQL and a connection parameter (`search_path`), where they cannot be
 * bound as parameters; restricting them to plain lower-case identifiers makes quoting unnecessary.
 */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function databaseEngine(settings: DatabaseSettings): DatabaseEngine {
  return settings.url ? 'postgres' : 'sqlite';
}

export function pgSchemaOf(settings: DatabaseSettings): string {
  const schema = settings.schema ?? DEFAULT_PG_SCHEMA;
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(`Invalid PostgreSQL schema name "${schema}": use lower-case letters, digits and _`);
  }
  return schema;
}
