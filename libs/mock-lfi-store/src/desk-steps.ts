import { toInstant } from '@hub/persistence';
import { LessThanOrEqual, type EntityTarget, type FindOptionsOrder, type FindOptionsWhere } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { MockLfiDb } from './queries';

// The steps of rows that carry their own next step (deskQuoteColumns). Every write is a
// compare-and-set, an UPDATE whose WHERE repeats the step the writer saw, so an HTTP request and
// one or more lifecycle loops never both move a row, and a loop that dies mid-step loses nothing.

/** The columns the steps read and write. */
export interface SteppedRow {
  status: string;
  statusUpdateDateTime: string;
  nextStatus: string | null;
  nextStepAt: string | null;
  stepAttempts: number;
}

/** The next step of a row: become `status` at `at`. */
export interface DeskStep<Status extends string> {
  status: Status;
  at: Date;
}

/** Claiming and settling the steps of one table. */
export interface DeskStepStore<Row extends SteppedRow> {
  /**
   * Takes up to `limit` rows whose step is due at `now`, each leased until `leaseUntil` (its
   * `nextStepAt` becomes the lease): a loop that dies mid-step leaves it to be taken again later.
   * The returned rows carry the lease, which the settling calls check.
   */
  claimDue(db: MockLfiDb, now: Date, leaseUntil: Date, limit: number): Promise<Row[]>;
  /** The hub recorded the claimed step: the row takes its status, then `next` (or nothing) is due. */
  complete(db: MockLfiDb, claimed: Row, at: Date, next?: DeskStep<Row['status']>): Promise<boolean>;
  /** The step could not be sent: try it again at `retryAt`. */
  retry(db: MockLfiDb, claimed: Row, retryAt: Date): Promise<boolean>;
  /** The hub refused the step for good: the row keeps its status and has no next step. */
  drop(db: MockLfiDb, claimed: Row): Promise<boolean>;
}

/** The steps of `entity`, whose rows `key` identifies. */
export function deskStepStore<Row extends SteppedRow>(entity: EntityTarget<Row>, key: keyof Row & string): DeskStepStore<Row> {
  /** Writes `change` only while the row still holds the step (and lease) `seen` holds. */
  const update = async (db: MockLfiDb, seen: Row, change: Partial<SteppedRow>): Promise<boolean> => {
    if (!seen.nextStatus || !seen.nextStepAt) return false;
    const where = { [key]: seen[key], nextStatus: seen.nextStatus, nextStepAt: seen.nextStepAt } as FindOptionsWhere<Row>;
    const result = await db.getRepository(entity).update(where, change as QueryDeepPartialEntity<Row>);
    return result.affected === 1;
  };
  return {
    async claimDue(db, now, leaseUntil, limit) {
      const where = { nextStepAt: LessThanOrEqual(toInstant(now)) } as FindOptionsWhere<Row>;
      const due = await db.getRepository(entity).find({ where, order: { nextStepAt: 'ASC', [key]: 'ASC' } as FindOptionsOrder<Row>, take: limit });
      const lease = toInstant(leaseUntil);
      const claimed: Row[] = [];
      for (const row of due) if (await update(db, row, { nextStepAt: lease })) claimed.push({ ...row, nextStepAt: lease });
      return claimed;
    },
    complete: (db, claimed, at, next) =>
      update(db, claimed, {
        status: claimed.nextStatus!,
        statusUpdateDateTime: toInstant(at),
        nextStatus: next?.status ?? null,
        nextStepAt: next ? toInstant(next.at) : null,
        stepAttempts: 0,
      }),
    retry: (db, claimed, retryAt) => update(db, claimed, { nextStepAt: toInstant(retryAt), stepAttempts: claimed.stepAttempts + 1 }),
    drop: (db, claimed) => update(db, claimed, { nextStatus: null, nextStepAt: null, stepAttempts: 0 }),
  };
}

/** The status, dates and step of a new quote: Available, and unless accepted first, Expired at its expiry. */
export function availableQuoteColumns(createdAt: Date, expiresAt: Date) {
  return {
    status: 'Available',
    creationDateTime: toInstant(createdAt),
    statusUpdateDateTime: toInstant(createdAt),
    expirationDateTime: toInstant(expiresAt),
    nextStatus: 'Expired',
    nextStepAt: toInstant(expiresAt),
    stepAttempts: 0,
  } as const;
}
