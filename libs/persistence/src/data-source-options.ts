import type { DataSourceOptions } from 'typeorm';
import { databaseEngine, pgSchemaOf, type DatabaseSettings, type PersistenceParts } from './database-settings';

const DEFAULT_MIGRATIONS_TABLE = 'migrations';

/**
 * TypeORM options for one app's database. Schema changes happen only through migrations, run
 * explicitly by `openDatabase` (never `synchronize`, never on `initialize`), so that SQLite and
 * PostgreSQL end up with the same tables whichever way the app is started.
 */
export function dataSourceOptions(settings: DatabaseSettings, parts: PersistenceParts): DataSourceOptions {
  const common = {
    entities: parts.entities,
    migrations: parts.migrations,
    migrationsTableName: parts.migrationsTableName ?? DEFAULT_MIGRATIONS_TABLE,
    migrationsTransactionMode: 'all',
    migrationsRun: false,
    synchronize: false,
    logging: false,
  } as const;
  if (databaseEngine(settings) === 'postgres') {
    return { ...common, ...postgresOptions(settings) };
  }
  return { ...common, ...sqliteOptions(settings) };
}

function sqliteOptions(settings: DatabaseSettings) {
  return {
    type: 'better-sqlite3',
    database: settings.sqliteFile,
    // WAL lets the status tool and tests read while the app writes; the driver itself always
    // turns `foreign_keys` on for every connection it opens.
    enableWAL: true,
  } as const;
}

function postgresOptions(settings: DatabaseSettings) {
  const schema = pgSchemaOf(settings);
  return {
    type: 'postgres',
    url: settings.url,
    // TypeORM qualifies its own statements with `schema`; the search path makes raw SQL
    // (e.g. `SELECT … FROM mock_lfi_psus`) land in the same schema.
    schema,
    extra: { options: `-c search_path=${schema}` },
    applicationName: `uae-of-sandbox:${schema}`,
  } as const;
}
