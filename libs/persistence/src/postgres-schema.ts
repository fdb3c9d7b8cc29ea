import { DataSource } from 'typeorm';

/** SQLSTATEs raised when two processes create the same schema at the same moment. */
const ALREADY_EXISTS = new Set(['42P06', '23505']);

/**
 * A short-lived connection of its own, without a schema: the app's DataSource cannot create its
 * schema because its search path and migrations table already point into it. (TypeORM's DataSource
 * rather than a bare `pg` client, because `pg` ships no type declarations here.)
 */
async function withAdminConnection<T>(url: string, work: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = new DataSource({ type: 'postgres', url, logging: false, extra: { max: 1 } });
  await ds.initialize();
  try {
    return await work(ds);
  } finally {
    await ds.destroy();
  }
}

/** `schema` must already be validated by `pgSchemaOf` (identifiers cannot be bound). */
export async function ensurePgSchema(url: string, schema: string): Promise<void> {
  await withAdminConnection(url, async (ds) => {
    try {
      await ds.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    } catch (error) {
      if (!ALREADY_EXISTS.has(sqlStateOf(error))) throw error;
    }
  });
}

export async function dropPgSchema(url: string, schema: string): Promise<void> {
  await withAdminConnection(url, (ds) => ds.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
}

function sqlStateOf(error: unknown): string {
  // TypeORM wraps driver errors in QueryFailedError, keeping the driver's `code`.
  const code = (error as { code?: unknown; driverError?: { code?: unknown } }).driverError?.code
    ?? (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : '';
}
