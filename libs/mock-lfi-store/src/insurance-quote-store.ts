import { INSURANCE_ACCEPTED_STATUSES } from '@hub/standards';
import { toInstant } from '@hub/persistence';
import { In, IsNull, MoreThan } from 'typeorm';
import type { InsuranceLine } from '@hub/mock-lfi-data';
import { availableQuoteColumns, deskStepStore, type DeskStep } from './desk-steps';
import { InsurancePolicyEntity } from './insurance-policy.entity';
import {
  InsuranceQuoteEntity,
  type InsuranceQuoteAcceptance,
  type InsuranceQuoteAcceptedStatus,
  type InsuranceQuoteOffer,
  type InsuranceQuotePolicyPlan,
  type InsuranceQuoteStatus,
} from './insurance-quote.entity';
import type { MockLfiDb } from './queries';

// Every change after creation is a compare-and-set on the row (an UPDATE whose WHERE repeats what
// the writer saw), so HTTP requests and one or more lifecycle loops never both move a quote.

export interface NewInsuranceQuote {
  quoteId: string;
  tenantId: string;
  callerOrgId: string;
  callerClientId: string;
  line: InsuranceLine;
  customerId: string;
  quoteReference: string;
  offer: InsuranceQuoteOffer;
  plan: InsuranceQuotePolicyPlan;
  interactionId: string;
  createdAt: Date;
  expiresAt: Date;
}

/** Whose quote it is: the tenant and the calling TPP. Another TPP's quote is not found. */
export interface InsuranceQuoteOwner {
  tenantId: string;
  callerClientId: string;
}

/** The next step of a quote: become `status` at `at`. */
export type InsuranceQuoteStep = DeskStep<InsuranceQuoteStatus>;

/** The policy row issued from an accepted quote (see InsurancePolicyEntity). */
export type NewQuotedPolicy = Omit<InsurancePolicyEntity, 'psu' | 'createdAt' | 'tenantId'> & { createdAt: Date };

const ACCEPTED: readonly InsuranceQuoteAcceptedStatus[] = INSURANCE_ACCEPTED_STATUSES;

/** New quotes are Available; unless accepted first, their next step is Expired at their expiry. */
export async function insertInsuranceQuotes(db: MockLfiDb, quotes: NewInsuranceQuote[]): Promise<InsuranceQuoteEntity[]> {
  const rows = quotes.map(({ createdAt, expiresAt, ...fields }): InsuranceQuoteEntity => ({
    ...fields,
    ...availableQuoteColumns(createdAt, expiresAt),
    acceptance: null,
    insurancePolicyId: null,
  }));
  // TypeORM writes what it reads back into the objects it inserts, and on SQLite it pairs the keys
  // of a multi-row insert with the wrong objects: it gets copies, the caller the rows as built.
  // (Its insert type cannot express a JSON record column; the rows are complete entities.)
  await db.getRepository(InsuranceQuoteEntity).insert(rows.map((row) => ({ ...row })) as never);
  return rows;
}

export async function findInsuranceQuote(db: MockLfiDb, owner: InsuranceQuoteOwner, quoteId: string): Promise<InsuranceQuoteEntity | undefined> {
  return (await db.getRepository(InsuranceQuoteEntity).findOneBy({ ...ownerOf(owner), quoteId })) ?? undefined;
}

/**
 * Available → ApplicationPending or KYCCaptured, only while the quote is Available and unexpired
 * at `at`; the expiry step is dropped (the TPP now owes the policy request). False when the
 * quote changed or expired meanwhile.
 */
export async function acceptInsuranceQuote(
  db: MockLfiDb,
  owner: InsuranceQuoteOwner,
  quoteId: string,
  at: Date,
  status: InsuranceQuoteAcceptedStatus,
  acceptance: InsuranceQuoteAcceptance,
): Promise<boolean> {
  const result = await db.getRepository(InsuranceQuoteEntity).update(
    { ...ownerOf(owner), quoteId, status: 'Available', expirationDateTime: MoreThan(toInstant(at)) },
    { status, acceptance: acceptance as never, statusUpdateDateTime: toInstant(at), nextStatus: null, nextStepAt: null, stepAttempts: 0 },
  );
  return result.affected === 1;
}

/**
 * Issues the policy of an accepted quote: the quote takes the policy id and its first back-office
 * step, then the policy row is stored. The quote is claimed first, so two concurrent requests
 * never issue two policies; if storing the policy fails the claim is undone. False when the
 * quote is not (or no longer) accepted without a policy.
 */
export async function issueInsuranceQuotePolicy(db: MockLfiDb, owner: InsuranceQuoteOwner, quoteId: string, policy: NewQuotedPolicy, firstStep: InsuranceQuoteStep): Promise<boolean> {
  const quotes = db.getRepository(InsuranceQuoteEntity);
  const claimed = await quotes.update(
    { ...ownerOf(owner), quoteId, status: In(ACCEPTED), insurancePolicyId: IsNull() },
    { insurancePolicyId: policy.insurancePolicyId, nextStatus: firstStep.status, nextStepAt: toInstant(firstStep.at), stepAttempts: 0 },
  );
  if (claimed.affected !== 1) return false;
  try {
    await db.getRepository(InsurancePolicyEntity).insert({ ...policy, tenantId: owner.tenantId, createdAt: toInstant(policy.createdAt) });
  } catch (e) {
    await quotes.update({ quoteId, insurancePolicyId: policy.insurancePolicyId }, { insurancePolicyId: null, nextStatus: null, nextStepAt: null });
    throw e;
  }
  return true;
}

/** The lifecycle's claim and settling of quote steps (see DeskStepStore). */
export const insuranceQuoteSteps = deskStepStore(InsuranceQuoteEntity, 'quoteId');

/** Only the owner's members: callers may pass a richer object (e.g. with the caller's org). */
function ownerOf(owner: InsuranceQuoteOwner): InsuranceQuoteOwner {
  return { tenantId: owner.tenantId, callerClientId: owner.callerClientId };
}
