import { toInstant } from '@hub/persistence';
import { LessThanOrEqual, MoreThan } from 'typeorm';
import { FxQuoteEntity, type FxQuoteStatus, type FxQuoteTerms } from './fx-quote.entity';
import type { MockLfiDb } from './queries';

// Every change after creation is a compare-and-set on the row (an UPDATE whose WHERE repeats what
// the writer saw), so an HTTP request and one or more lifecycle loops never both move a quote.

export interface NewFxQuote {
  fxQuoteId: string;
  tenantId: string;
  callerOrgId: string;
  callerClientId: string;
  quoteReference: string;
  terms: FxQuoteTerms;
  interactionId: string;
  createdAt: Date;
  expiresAt: Date;
}

/** Whose quote it is: the tenant and the calling TPP. Another TPP's quote is not found. */
export interface FxQuoteOwner {
  tenantId: string;
  callerClientId: string;
}

/** The next step of a quote: become `status` at `at`. */
export interface FxQuoteStep {
  status: FxQuoteStatus;
  at: Date;
}

/** A new quote is Available; unless accepted first, its next step is Expired at its expiry. */
export async function insertFxQuote(db: MockLfiDb, input: NewFxQuote): Promise<FxQuoteEntity> {
  const { createdAt, expiresAt, ...fields } = input;
  const row: FxQuoteEntity = {
    ...fields,
    status: 'Available',
    creationDateTime: toInstant(createdAt),
    statusUpdateDateTime: toInstant(createdAt),
    expirationDateTime: toInstant(expiresAt),
    nextStatus: 'Expired',
    nextStepAt: toInstant(expiresAt),
    stepAttempts: 0,
  };
  // TypeORM's insert type cannot express a JSON record column; the row is a complete entity.
  await db.getRepository(FxQuoteEntity).insert(row as never);
  return row;
}

export async function findFxQuote(db: MockLfiDb, owner: FxQuoteOwner, fxQuoteId: string): Promise<FxQuoteEntity | undefined> {
  return (await db.getRepository(FxQuoteEntity).findOneBy({ ...ownerOf(owner), fxQuoteId })) ?? undefined;
}

/**
 * Available → Accepted, only while the quote is Available and unexpired at `at`; the expiry step
 * is replaced by `firstStep`. False when the quote changed or expired meanwhile.
 */
export async function acceptFxQuote(db: MockLfiDb, owner: FxQuoteOwner, fxQuoteId: string, at: Date, firstStep: FxQuoteStep): Promise<boolean> {
  const result = await db.getRepository(FxQuoteEntity).update(
    { ...ownerOf(owner), fxQuoteId, status: 'Available', expirationDateTime: MoreThan(toInstant(at)) },
    { status: 'Accepted', statusUpdateDateTime: toInstant(at), nextStatus: firstStep.status, nextStepAt: toInstant(firstStep.at), stepAttempts: 0 },
  );
  return result.affected === 1;
}

/**
 * Takes up to `limit` quotes whose step is due at `now`, each leased until `leaseUntil` (its
 * `nextStepAt` becomes the lease): a loop that dies mid-step leaves it to be taken again later.
 * The returned rows carry the lease, which the settling calls below check.
 */
export async function claimDueFxQuoteSteps(db: MockLfiDb, now: Date, leaseUntil: Date, limit: number): Promise<FxQuoteEntity[]> {
  const repo = db.getRepository(FxQuoteEntity);
  const due = await repo.find({ where: { nextStepAt: LessThanOrEqual(toInstant(now)) }, order: { nextStepAt: 'ASC', fxQuoteId: 'ASC' }, take: limit });
  const claimed: FxQuoteEntity[] = [];
  const lease = toInstant(leaseUntil);
  for (const row of due) {
    if (!row.nextStatus || !row.nextStepAt) continue;
    const result = await repo.update({ fxQuoteId: row.fxQuoteId, nextStatus: row.nextStatus, nextStepAt: row.nextStepAt }, { nextStepAt: lease });
    if (result.affected === 1) claimed.push({ ...row, nextStepAt: lease });
  }
  return claimed;
}

/** The hub recorded the claimed step: the quote takes its status, then `next` (or nothing) is due. */
export function completeFxQuoteStep(db: MockLfiDb, claimed: FxQuoteEntity, at: Date, next?: FxQuoteStep): Promise<boolean> {
  return settle(db, claimed, {
    status: claimed.nextStatus!,
    statusUpdateDateTime: toInstant(at),
    nextStatus: next?.status ?? null,
    nextStepAt: next ? toInstant(next.at) : null,
    stepAttempts: 0,
  });
}

/** The step could not be sent: try it again at `retryAt`. */
export function retryFxQuoteStep(db: MockLfiDb, claimed: FxQuoteEntity, retryAt: Date): Promise<boolean> {
  return settle(db, claimed, { nextStepAt: toInstant(retryAt), stepAttempts: claimed.stepAttempts + 1 });
}

/** The hub refused the step for good: the quote keeps its status and has no next step. */
export function dropFxQuoteStep(db: MockLfiDb, claimed: FxQuoteEntity): Promise<boolean> {
  return settle(db, claimed, { nextStatus: null, nextStepAt: null, stepAttempts: 0 });
}

/** Only the owner's members: callers may pass a richer object (e.g. with the caller's org). */
function ownerOf(owner: FxQuoteOwner): FxQuoteOwner {
  return { tenantId: owner.tenantId, callerClientId: owner.callerClientId };
}

/** Writes only while the caller still holds the lease it claimed the step with. */
async function settle(db: MockLfiDb, claimed: FxQuoteEntity, change: Partial<Omit<FxQuoteEntity, 'terms'>>): Promise<boolean> {
  if (!claimed.nextStatus || !claimed.nextStepAt) return false;
  const result = await db
    .getRepository(FxQuoteEntity)
    .update({ fxQuoteId: claimed.fxQuoteId, nextStatus: claimed.nextStatus, nextStepAt: claimed.nextStepAt }, change);
  return result.affected === 1;
}
