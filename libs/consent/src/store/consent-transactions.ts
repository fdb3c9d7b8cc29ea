import type { DataSource, EntityManager } from 'typeorm';

/**
 * TypeORM's better-sqlite3 driver shares ONE connection between all query runners and nests a
 * second `transaction()` as a SAVEPOINT of the first, so two concurrent consent changes would
 * commit or roll back each other's work, and a read could see another change before it commits.
 * On SQLite every consent transaction and read therefore runs one after the other (per DataSource);
 * PostgreSQL gives each transaction its own connection and needs no queue.
 */
const queues = new WeakMap<DataSource, Promise<unknown>>();

function sharesOneConnection(ds: DataSource): boolean {
  return ds.options.type === 'better-sqlite3';
}

function inTurn<T>(ds: DataSource, work: () => Promise<T>): Promise<T> {
  if (!sharesOneConnection(ds)) return work();
  const previous = queues.get(ds) ?? Promise.resolve();
  const turn = previous.then(() => work());
  queues.set(
    ds,
    turn.catch(() => undefined),
  );
  return turn;
}

/** Runs `work` in one transaction. Never call it (or `readConsents`) from inside `work`: on SQLite that waits forever. */
export function inConsentTransaction<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  return inTurn(ds, () => ds.transaction(work));
}

export function readConsents<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  return inTurn(ds, () => work(ds.manager));
}
