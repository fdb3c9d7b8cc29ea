import { inTurn, sharesOneConnection } from '@hub/persistence';
import type { DataSource, EntityManager } from 'typeorm';

// On SQLite, consent transactions and reads take turns with every other user of the shared
// connection (see `inTurn` in @hub/persistence), e.g. the webhook worker's delivery writes.

/** Attempts of one transaction that SQLite refused because another process wrote meanwhile. */
const BUSY_RETRIES = 20;

/**
 * Another process (the webhook worker) writes to the same SQLite file. A transaction that read
 * before that write cannot then write itself (SQLITE_BUSY_SNAPSHOT, not covered by the busy
 * timeout): it was rolled back, so running it again from the start is safe.
 */
function isBusy(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (error as { code?: string })?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

async function withBusyRetry<T>(ds: DataSource, work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (!sharesOneConnection(ds) || !isBusy(error) || attempt >= BUSY_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}

/** Runs `work` in one transaction. Never call it (or `readConsents`) from inside `work`: on SQLite that waits forever. */
export function inConsentTransaction<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  return inTurn(ds, () => withBusyRetry(ds, () => ds.transaction(work)));
}

export function readConsents<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  return inTurn(ds, () => work(ds.manager));
}
