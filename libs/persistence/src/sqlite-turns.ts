import type { DataSource } from 'typeorm';

/**
 * TypeORM's better-sqlite3 driver shares ONE connection between all query runners and nests a
 * second `transaction()` as a SAVEPOINT of the first, so work started while a transaction is open
 * runs inside it: it could be rolled back with it, or read what it has not committed. On SQLite
 * every user of this helper therefore runs one after the other (per DataSource); PostgreSQL gives
 * each transaction its own connection and needs no queue.
 */
const queues = new WeakMap<DataSource, Promise<unknown>>();

export function sharesOneConnection(ds: DataSource): boolean {
  return ds.options.type === 'better-sqlite3';
}

/** Runs `work` after every earlier `inTurn` work of `ds` has settled (SQLite only). Never nest it. */
export function inTurn<T>(ds: DataSource, work: () => Promise<T>): Promise<T> {
  if (!sharesOneConnection(ds)) return work();
  const previous = queues.get(ds) ?? Promise.resolve();
  const turn = previous.then(() => work());
  queues.set(
    ds,
    turn.catch(() => undefined),
  );
  return turn;
}
