import { toInstant } from '@hub/persistence';
import { Not, type EntityManager, type QueryDeepPartialEntity } from 'typeorm';
import type { PaymentLogEntry, PaymentLogState, PaymentRefusal, PaymentStatus, PaymentType, RejectReason } from '../payment-log-entry';
import { PaymentConsentUsageEntity } from './payment-consent-usage.entity';
import { PaymentLogEntity } from './payment-log.entity';

/** The row changed since it was read (a compare-and-set on `version` matched nothing): decide again. */
export class StalePaymentRow extends Error {}

export function toEntry(row: PaymentLogEntity): PaymentLogEntry {
  return {
    tenantId: row.tenantId,
    ...(row.paymentId ? { paymentId: row.paymentId } : {}),
    reservationId: row.reservationId,
    consentId: row.consentId,
    paymentType: row.paymentType as PaymentType,
    clientId: row.clientId,
    organisationId: row.organisationId,
    softwareStatementId: row.softwareStatementId,
    idempotencyKey: row.idempotencyKey,
    requestHash: row.requestHash,
    state: row.state as PaymentLogState,
    amount: row.amount,
    currency: row.currency,
    ...(row.status ? { status: row.status as PaymentStatus } : {}),
    ...(row.paymentTransactionId ? { paymentTransactionId: row.paymentTransactionId } : {}),
    ...(row.rejectReasonCode ? { rejectReasonCode: row.rejectReasonCode as RejectReason[] } : {}),
    ...(row.numberOfSuccessfulTransactions !== null ? { numberOfSuccessfulTransactions: row.numberOfSuccessfulTransactions } : {}),
    request: row.request as Record<string, unknown>,
    ...(row.response ? { response: row.response as Record<string, unknown> } : {}),
    ...(row.refusal ? { refusal: row.refusal as PaymentRefusal } : {}),
    ...(row.accountId ? { accountId: row.accountId } : {}),
    ...(row.psuIdentifiers ? { psuIdentifiers: row.psuIdentifiers as Record<string, unknown> } : {}),
    ...(row.interactionId ? { interactionId: row.interactionId } : {}),
    createdAt: row.createdAt,
    statusUpdatedAt: row.statusUpdatedAt,
    version: row.version,
  };
}

export const byReservation = (m: EntityManager, tenantId: string, reservationId: string) => m.findOne(PaymentLogEntity, { where: { tenantId, reservationId } });

export const byPaymentId = (m: EntityManager, tenantId: string, paymentId: string) => m.findOne(PaymentLogEntity, { where: { tenantId, paymentId } });

export const byIdempotencyKey = (m: EntityManager, tenantId: string, clientId: string, paymentType: PaymentType, idempotencyKey: string) =>
  m.findOne(PaymentLogEntity, { where: { tenantId, clientId, paymentType, idempotencyKey } });

export const ofConsent = (m: EntityManager, tenantId: string, consentId: string) =>
  m.find(PaymentLogEntity, { where: { tenantId, consentId }, order: { createdAt: 'ASC', reservationId: 'ASC' } });

/** The consent's payments that count against it: not refused by the LFI, not Rejected (NULL status = in flight). */
export async function countedOf(m: EntityManager, tenantId: string, consentId: string, paymentType?: PaymentType): Promise<PaymentLogEntity[]> {
  const rows = await m.find(PaymentLogEntity, {
    where: { tenantId, consentId, state: Not('Refused'), ...(paymentType ? { paymentType } : {}) },
    order: { createdAt: 'ASC', reservationId: 'ASC' },
  });
  return rows.filter((r) => r.status !== 'Rejected');
}

/**
 * Compare-and-set on `version`: the UPDATE only matches the row as it was read, so of two
 * concurrent changes one wins and the other reads again (PostgreSQL re-checks the WHERE after
 * waiting for the first writer's row lock). Applies the values and the new version to `row`.
 */
export async function updateRow(m: EntityManager, row: PaymentLogEntity, values: Partial<PaymentLogEntity>): Promise<void> {
  const version = row.version + 1;
  const result = await m
    .createQueryBuilder()
    .update(PaymentLogEntity)
    .set({ ...values, version } as QueryDeepPartialEntity<PaymentLogEntity>)
    .where({ tenantId: row.tenantId, reservationId: row.reservationId, version: row.version })
    .execute();
  if (result.affected !== 1) throw new StalePaymentRow(`payment ${row.tenantId}/${row.reservationId} was changed concurrently`);
  Object.assign(row, values, { version });
}

/**
 * Takes the consent's turn: moves its usage row's version by compare-and-set (creating the row on
 * the consent's first payment). Called first in a reservation's transaction, so a concurrent
 * reservation of the same consent either waits for this one's commit (PostgreSQL's row lock) and
 * then finds the version moved, or finds it moved already: it is rolled back and decides again on
 * what this one counted. Whatever the isolation level, two reservations never decide on the same
 * counted payments.
 */
export async function takeConsentTurn(m: EntityManager, tenantId: string, consentId: string, now: Date): Promise<void> {
  await m
    .createQueryBuilder()
    .insert()
    .into(PaymentConsentUsageEntity)
    .values({ tenantId, consentId, version: 0, updatedAt: toInstant(now) })
    .orIgnore()
    .execute();
  const usage = await m.findOneOrFail(PaymentConsentUsageEntity, { where: { tenantId, consentId } });
  const result = await m
    .createQueryBuilder()
    .update(PaymentConsentUsageEntity)
    .set({ version: usage.version + 1, updatedAt: toInstant(now) })
    .where({ tenantId, consentId, version: usage.version })
    .execute();
  if (result.affected !== 1) throw new StalePaymentRow(`another payment of consent ${tenantId}/${consentId} was reserved concurrently`);
}
