import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import type { DatabaseSettings, PersistenceParts } from './database-settings';
import { ensurePgSchema } from './postgres-schema';

/**
 * Opens an app's database and brings it to the latest schema: storage is prepared (SQLite folder,
 * PostgreSQL schema), the DataSource initialized, and pending migrations run in one transaction
 * so a failed upgrade leaves the previous schema intact.
 */
export async function openDatabase(settings: DatabaseSettings, parts: PersistenceParts): Promise<DataSource> {
  return openDataSource(dataSourceOptions(settings, parts));
}

/** Same as `openDatabase`, from options built by `dataSourceOptions` (the Nest module's path). */
export async function openDataSource(options: DataSourceOptions): Promise<DataSource> {
  await prepareStorage(options);
  const ds = new DataSource(options);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'all' });
  } catch (error) {
    await ds.destroy();
    throw error;
  }
  return ds;
}

/** Readiness probe: a round trip to the database. */
export async function pingDatabase(ds: DataSource): Promise<void> {
  await ds.query('SELECT 1');
}

async function prepareStorage(options: DataSourceOptions): Promise<void> {
  if (options.type === 'postgres') {
    await ensurePgSchema(String(options.url), String(options.schema));
  } else if (options.type === 'better-sqlite3' && options.database !== ':memory:') {
    mkdirSync(dirname(options.database), { recursive: true });
  }
}
