import { rmSync } from 'node:fs';
import { databaseEngine, DEFAULT_PG_SCHEMA, pgSchemaOf, type DatabaseSettings } from './database-settings';
import { dropPgSchema } from './postgres-schema';

/** SQLite keeps uncommitted WAL pages and the shared-memory index beside the main file. */
const SQLITE_COMPANIONS = ['', '-wal', '-shm', '-journal'];

/**
 * Removes everything an app stored (`npm start -- --fresh`). The app's DataSource must be closed.
 * On PostgreSQL only the app's own schema goes; `public` is refused because it is shared.
 */
export async function dropDatabase(settings: DatabaseSettings): Promise<void> {
  if (databaseEngine(settings) === 'postgres') {
    await dropPostgres(settings);
  } else {
    dropSqlite(settings.sqliteFile);
  }
}

async function dropPostgres(settings: DatabaseSettings): Promise<void> {
  const schema = pgSchemaOf(settings);
  if (schema === DEFAULT_PG_SCHEMA) {
    throw new Error('Refusing to drop the shared "public" schema: configure a schema per app');
  }
  await dropPgSchema(String(settings.url), schema);
}

function dropSqlite(file: string): void {
  if (file === ':memory:') return;
  for (const suffix of SQLITE_COMPANIONS) {
    rmSync(file + suffix, { force: true });
  }
}
