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

export interface OpenOptions {
  /**
   * false: another process owns this database's schema (the webhook worker uses the hub's); wait
   * until that process has applied every migration this one knows, instead of racing it.
   */
  migrate?: boolean;
  waitForSchemaMs?: number;
}

/** Same as `openDatabase`, from options built by `dataSourceOptions` (the Nest module's path). */
export async function openDataSource(options: DataSourceOptions, open: OpenOptions = {}): Promise<DataSource> {
  await prepareStorage(options);
  const ds = new DataSource(options);
  await ds.initialize();
  try {
    if (open.migrate === false) await waitForSchema(ds, open.waitForSchemaMs ?? 60_000);
    else await ds.runMigrations({ transaction: 'all' });
  } catch (error) {
    await ds.destroy();
    throw error;
  }
  return ds;
}

async function waitForSchema(ds: DataSource, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const wanted = ds.migrations.map((m) => m.name ?? m.constructor.name);
  const table = ds.driver.escape(ds.options.migrationsTableName ?? 'migrations');
  for (;;) {
    // Read only: creating the migrations table here would race the owner's own run.
    const applied = await ds.query(`SELECT name FROM ${table}`).then((rows: { name: string }[]) => new Set(rows.map((r) => r.name)), () => new Set<string>());
    if (wanted.every((name) => applied.has(name))) return;
    if (Date.now() > deadline) throw new Error(`the database schema was not migrated within ${timeoutMs} ms (is the hub running?)`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
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
