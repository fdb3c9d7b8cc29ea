import { toInstant } from '@hub/persistence';
import { randomUUID } from 'node:crypto';
import { IsNull, LessThan, LessThanOrEqual, Not, type FindOptionsWhere } from 'typeorm';
import { AccountOpeningEntity } from './account-opening.entity';
import type { OpeningStatus } from './account-opening-status';
import type { MockLfiDb } from './queries';

// Openings and the reporting of their steps. Every change of a step is a single compare-and-set
// UPDATE (no transaction), so it behaves the same on SQLite's one shared connection and on
// PostgreSQL, and several pollers (or a restarted one) never report one step twice at once.

export interface OpeningKey {
  tenantId: string;
  accountId: string;
}

export interface NewAccountOpening extends OpeningKey {
  callerClientId: string;
  callerOrgId: string;
  callerSoftwareStatementId: string;
  interactionId: string;
  request: Record<string, unknown>;
  fxQuoteId?: string;
  /** The LFI's first move, e.g. AwaitingUserInput after a while. */
  firstStep: { status: OpeningStatus; at: Date };
}

/** A new opening, Pending, with its first move scheduled. */
export async function createAccountOpening(db: MockLfiDb, input: NewAccountOpening, now: Date): Promise<AccountOpeningEntity> {
  const { firstStep, fxQuoteId, ...fields } = input;
  const row: AccountOpeningEntity = {
    ...fields,
    fxQuoteId: fxQuoteId ?? null,
    openingStatus: 'Pending',
    openingStatusUpdatedAt: toInstant(now),
    additionalStatusInformation: null,
    userId: null,
    accountSubType: null,
    currency: null,
    decidedAt: null,
    nextStatus: firstStep.status,
    nextStatusInformation: null,
    nextStepAt: toInstant(firstStep.at),
    stepId: randomUUID(),
    stepAttempts: 0,
    claimId: null,
    claimedUntil: null,
    createdAt: toInstant(now),
  };
  // TypeORM's insert type cannot express a JSON record column; the row is a complete entity.
  await db.getRepository(AccountOpeningEntity).insert(row as never);
  return row;
}

export async function findAccountOpening(db: MockLfiDb, key: OpeningKey): Promise<AccountOpeningEntity | undefined> {
  return (await db.getRepository(AccountOpeningEntity).findOneBy({ tenantId: key.tenantId, accountId: key.accountId })) ?? undefined;
}

/** Steps due at `now` that nobody is reporting (or whose reporter's claim ran out), oldest first. */
export async function dueOpeningSteps(db: MockLfiDb, now: Date, limit: number): Promise<OpeningKey[]> {
  const at = toInstant(now);
  const due = { nextStatus: Not(IsNull()), nextStepAt: LessThanOrEqual(at) };
  const rows = await db.getRepository(AccountOpeningEntity).find({
    select: { tenantId: true, accountId: true },
    where: [
      { ...due, claimId: IsNull() },
      { ...due, claimedUntil: LessThan(at) },
    ],
    order: { nextStepAt: 'ASC' },
    take: limit,
  });
  return rows.map(({ tenantId, accountId }) => ({ tenantId, accountId }));
}

/** A step this caller holds: report `status` to the hub, then settle it. */
export interface OpeningStepClaim extends OpeningKey {
  claimId: string;
  stepId: string;
  status: OpeningStatus;
  information: string | null;
  attempts: number;
  /** The opening as it was when claimed. */
  opening: AccountOpeningEntity;
}

/** Takes the due step of one opening for `leaseMs`, or undefined when it is not due or already taken. */
export async function claimOpeningStep(db: MockLfiDb, key: OpeningKey, now: Date, leaseMs: number): Promise<OpeningStepClaim | undefined> {
  const at = toInstant(now);
  const claimId = randomUUID();
  const due: FindOptionsWhere<AccountOpeningEntity> = { ...key, nextStatus: Not(IsNull()), nextStepAt: LessThanOrEqual(at) };
  const claimed = await update(db, [{ ...due, claimId: IsNull() }, { ...due, claimedUntil: LessThan(at) }], {
    claimId,
    claimedUntil: toInstant(new Date(now.getTime() + leaseMs)),
  });
  if (!claimed) return undefined;
  const opening = await db.getRepository(AccountOpeningEntity).findOneBy({ ...key, claimId });
  if (!opening?.nextStatus || !opening.stepId) return undefined;
  return { ...key, claimId, stepId: opening.stepId, status: opening.nextStatus as OpeningStatus, information: opening.nextStatusInformation, attempts: opening.stepAttempts, opening };
}

/** How a claimed step ended. */
export type StepSettlement =
  /** The hub accepted `status` (the claimed one, or what the LFI reported instead). */
  | { kind: 'reported'; status: OpeningStatus; information: string | null; followUp?: { status: OpeningStatus; at: Date } }
  /** The hub refused the move: nothing to retry. */
  | { kind: 'refused' }
  /** Not taken this time: try again at `at`. */
  | { kind: 'retry'; at: Date };

/**
 * Ends a claim. When the step was replaced while it was reported (the user answered, the back
 * office rejected), the newer step stays scheduled; only the status the hub accepted is kept.
 */
export async function settleOpeningStep(db: MockLfiDb, claim: OpeningStepClaim, settlement: StepSettlement, now: Date): Promise<void> {
  const mine: FindOptionsWhere<AccountOpeningEntity> = { tenantId: claim.tenantId, accountId: claim.accountId, claimId: claim.claimId };
  const release = { claimId: null, claimedUntil: null };
  const accepted =
    settlement.kind === 'reported'
      ? { openingStatus: settlement.status, openingStatusUpdatedAt: toInstant(now), additionalStatusInformation: settlement.information }
      : {};
  const sameStep = { ...mine, stepId: claim.stepId };
  if (await update(db, sameStep, { ...accepted, ...release, ...nextOf(claim, settlement) })) return;
  await update(db, mine, { ...accepted, ...release });
}

function nextOf(claim: OpeningStepClaim, settlement: StepSettlement): OpeningChange {
  if (settlement.kind === 'retry') return { nextStepAt: toInstant(settlement.at), stepAttempts: claim.attempts + 1 };
  const followUp = settlement.kind === 'reported' ? settlement.followUp : undefined;
  return scheduled(followUp ? { status: followUp.status, information: null, at: followUp.at } : undefined);
}

/** The columns of a newly scheduled move (or of none). */
export function scheduled(step: { status: OpeningStatus; information: string | null; at: Date } | undefined): OpeningChange {
  if (!step) return { nextStatus: null, nextStatusInformation: null, nextStepAt: null, stepId: null, stepAttempts: 0 };
  return { nextStatus: step.status, nextStatusInformation: step.information, nextStepAt: toInstant(step.at), stepId: randomUUID(), stepAttempts: 0 };
}

/** The columns a step may change (the request itself is never rewritten). */
export type OpeningChange = Partial<Omit<AccountOpeningEntity, 'request'>>;

/** One compare-and-set UPDATE; true when it changed the row. */
export async function update(db: MockLfiDb, where: FindOptionsWhere<AccountOpeningEntity> | FindOptionsWhere<AccountOpeningEntity>[], values: OpeningChange): Promise<boolean> {
  const result = await db.createQueryBuilder().update(AccountOpeningEntity).set(values).where(where).execute();
  return (result.affected ?? 0) > 0;
}
