import { toInstant } from '@hub/persistence';
import { MoreThan } from 'typeorm';
import { availableQuoteColumns, deskStepStore, type DeskStep } from './desk-steps';
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
export type FxQuoteStep = DeskStep<FxQuoteStatus>;

/** A new quote is Available; unless accepted first, its next step is Expired at its expiry. */
export async function insertFxQuote(db: MockLfiDb, input: NewFxQuote): Promise<FxQuoteEntity> {
  const { createdAt, expiresAt, ...fields } = input;
  const row: FxQuoteEntity = { ...fields, ...availableQuoteColumns(createdAt, expiresAt) };
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

/** The lifecycle's claim and settling of quote steps (see DeskStepStore). */
export const fxQuoteSteps = deskStepStore(FxQuoteEntity, 'fxQuoteId');

/** Takes the due steps as a lifecycle pass does (tests stand in for a loop that dies mid-step). */
export const claimDueFxQuoteSteps = fxQuoteSteps.claimDue;

/** Only the owner's members: callers may pass a richer object (e.g. with the caller's org). */
function ownerOf(owner: FxQuoteOwner): FxQuoteOwner {
  return { tenantId: owner.tenantId, callerClientId: owner.callerClientId };
}
