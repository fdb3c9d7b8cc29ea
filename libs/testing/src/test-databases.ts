import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSettings } from '@hub/persistence';

export interface TestDatabase {
  engine: 'sqlite' | 'postgres';
  settings: DatabaseSettings;
}

/**
 * For `*.int-spec.ts`: the databases a test should run against. SQLite always (a fresh temp file);
 * PostgreSQL too when `TEST_POSTGRES_URL` or `DATABASE_URL` is set, in a schema unique to this
 * run and label so parallel Jest workers never share tables. Callers drop them afterwards.
 */
export function testDatabases(label: string): TestDatabase[] {
  const safeLabel = label.toLowerCase().replace(/[^a-z0-9_]/g, '_').slice(0, 24);
  const sqliteFile = join(mkdtempSync(join(tmpdir(), `hub-${safeLabel}-`)), 'test.sqlite');
  const targets: TestDatabase[] = [{ engine: 'sqlite', settings: { sqliteFile } }];
  const url = process.env.TEST_POSTGRES_URL || process.env.DATABASE_URL;
  if (url) {
    const schema = `t_${process.pid}_${Date.now()}_${safeLabel}`;
    targets.push({ engine: 'postgres', settings: { url, sqliteFile, schema } });
  }
  return targets;
}
