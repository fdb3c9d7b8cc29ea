import { inTurn, toInstant } from '@hub/persistence';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AccountLedgerEntity } from './account-ledger.entity';
import { deskStepStore } from './desk-steps';
import { PaymentEntity, type PaymentType } from './payment.entity';
import { postedChange } from './posted-balances';
import { PostingEntity } from './posting.entity';
import type { MockLfiDb } from './queries';

/** The TPP's idempotency key of a payment: per tenant, calling TPP and payment type. */
export interface PaymentKey {
  tenantId: string;
  callerClientId: string;
  paymentType: PaymentType;
  idempotencyKey: string;
}

/** What the debtor account may give: its generated available balance and its overdraft, in minor units. */
export interface DebitAllowance {
  baseAvailableMinor: bigint;
  overdraftMinor: bigint;
}

export type PaymentCreation =
  | { kind: 'created'; payment: PaymentEntity }
  /** The key was used already (maybe by a request racing this one): that payment, unchanged. */
  | { kind: 'existing'; payment: PaymentEntity }
  | { kind: 'insufficient-funds'; availableMinor: bigint; debitMinor: bigint };

/** Attempts of a transaction PostgreSQL aborted (deadlock, serialization); never reached in practice. */
const ATTEMPTS = 5;

/**
 * Takes a payment in one transaction: locks the debtor account's ledger row, looks for the key
 * again (a racing request with the same key may just have committed), checks the funds over the
 * stored postings, and writes the payment with its postings. Nothing is written when the funds
 * do not suffice. On SQLite every call takes its turn on the one shared connection (`inTurn`), so
 * nothing it does is ever rolled back with someone else's work.
 */
export function createPayment(ds: DataSource, payment: PaymentEntity, postings: PostingEntity[], allowance: DebitAllowance, at: Date): Promise<PaymentCreation> {
  const key: PaymentKey = { tenantId: payment.tenantId, callerClientId: payment.callerClientId, paymentType: payment.paymentType, idempotencyKey: payment.idempotencyKey };
  const debitMinor = postings.filter((p) => p.accountId === payment.debtorAccountId && p.creditDebitIndicator === 'Debit').reduce((sum, p) => sum + BigInt(p.amountMinor), 0n);
  const attempt = () =>
    ds.transaction(async (m): Promise<PaymentCreation> => {
      await lockAccount(m, payment.tenantId, payment.debtorAccountId, at);
      const existing = await findPaymentByKey(m, key);
      if (existing) return { kind: 'existing', payment: existing };
      const posted = await m.getRepository(PostingEntity).find({ where: { tenantId: payment.tenantId, accountId: payment.debtorAccountId, status: In(['Pending', 'Booked']) } });
      const availableMinor = allowance.baseAvailableMinor + postedChange(posted).availableMinor;
      if (availableMinor - debitMinor < -allowance.overdraftMinor) return { kind: 'insufficient-funds', availableMinor, debitMinor };
      // TypeORM's insert type cannot express the JSON columns; the rows are complete entities.
      await m.getRepository(PaymentEntity).insert(payment as never);
      if (postings.length) await m.getRepository(PostingEntity).insert(postings);
      return { kind: 'created', payment };
    });
  return inTurn(ds, async () => {
    for (let n = 1; ; n += 1) {
      try {
        return await attempt();
      } catch (error) {
        // The same key on another debtor account (not one lock): the first one won.
        const existing = isUniqueViolation(error) ? await findPaymentByKey(ds, key) : undefined;
        if (existing) return { kind: 'existing', payment: existing };
        if (!isTransient(error) || n >= ATTEMPTS) throw error;
      }
    }
  });
}

/** Creates the account's ledger row if need be, then raises its version: on PostgreSQL a row lock held until commit. */
async function lockAccount(m: EntityManager, tenantId: string, accountId: string, at: Date): Promise<void> {
  const updatedAt = toInstant(at);
  await m.createQueryBuilder().insert().into(AccountLedgerEntity).values({ tenantId, accountId, version: 0, updatedAt }).orIgnore().execute();
  await m
    .createQueryBuilder()
    .update(AccountLedgerEntity)
    .set({ version: () => 'version + 1', updatedAt })
    .where({ tenantId, accountId })
    .execute();
}

/**
 * The payment's due step has come: it takes the status it was bound for (`nextStatus`) and its
 * Pending postings become Booked, or Rejected with it. Idempotent: a payment already settled is
 * returned as it is, so a step sent again after a restart never posts twice. The step itself
 * (`nextStatus`, the lease) is left for the step loop to clear once the hub recorded it.
 */
export function settlePayment(ds: DataSource, paymentId: string, at: Date): Promise<PaymentEntity | undefined> {
  return inTurn(ds, () =>
    ds.transaction(async (m) => {
      const payments = m.getRepository(PaymentEntity);
      const row = await payments.findOneBy({ paymentId });
      if (!row?.nextStatus || (row.status !== 'Pending' && row.status !== 'Received')) return row ?? undefined;
      const moved = await payments.update({ paymentId, status: row.status }, { status: row.nextStatus, statusUpdateDateTime: toInstant(at) });
      if (moved.affected === 1) {
        const status = row.nextStatus === 'Rejected' ? 'Rejected' : 'Booked';
        await m.getRepository(PostingEntity).update({ paymentId, status: 'Pending' }, { status, bookedAt: status === 'Booked' ? toInstant(at) : null });
      }
      return (await payments.findOneBy({ paymentId })) ?? undefined;
    }),
  );
}

export async function findPaymentByKey(db: MockLfiDb, key: PaymentKey): Promise<PaymentEntity | undefined> {
  return (await db.getRepository(PaymentEntity).findOneBy({ ...key })) ?? undefined;
}

export async function findPayment(db: MockLfiDb, tenantId: string, paymentId: string): Promise<PaymentEntity | undefined> {
  return (await db.getRepository(PaymentEntity).findOneBy({ tenantId, paymentId })) ?? undefined;
}

/** The postings of an account, newest first, as a statement lists them. */
export function listPostings(db: MockLfiDb, tenantId: string, accountId: string): Promise<PostingEntity[]> {
  return db.getRepository(PostingEntity).find({ where: { tenantId, accountId }, order: { postingId: 'DESC' } });
}

export function postingsOfPayment(db: MockLfiDb, paymentId: string): Promise<PostingEntity[]> {
  return db.getRepository(PostingEntity).find({ where: { paymentId }, order: { postingId: 'ASC' } });
}

/** The settlement loop's claim, retry and clearing of payment steps (see DeskStepStore). */
export const paymentSteps = deskStepStore(PaymentEntity, 'paymentId');

function driverCode(error: unknown): string | undefined {
  const e = error as { driverError?: { code?: unknown }; code?: unknown };
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

function isUniqueViolation(error: unknown): boolean {
  const code = driverCode(error);
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** PostgreSQL's deadlock and serialization failures: the transaction was rolled back and may run again. */
function isTransient(error: unknown): boolean {
  const code = driverCode(error);
  return code === '40P01' || code === '40001';
}
