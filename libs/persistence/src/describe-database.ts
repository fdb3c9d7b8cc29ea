import { databaseEngine, pgSchemaOf, type DatabaseSettings } from './database-settings';

const DEFAULT_PG_PORT = '5432';

/** One line for banners and logs; never includes the password. */
export function describeDatabase(settings: DatabaseSettings): string {
  if (databaseEngine(settings) === 'sqlite') {
    return `SQLite ${settings.sqliteFile}`;
  }
  const url = new URL(String(settings.url));
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || '(default)';
  return `PostgreSQL ${url.hostname}:${url.port || DEFAULT_PG_PORT}/${database} schema ${pgSchemaOf(settings)}`;
}
