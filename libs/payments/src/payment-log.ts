import { randomUUID } from 'node:crypto';
import { ConsentError, ConsentStatus, ConsentType } from '@hub/consent';
import { Clock } from '@hub/kernel';
import type { ConsentRecord } from '@hub/ozone-connect';
import { toInstant } from '@hub/persistence';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import { checkPaymentAgainstConsent } from './controls/check-payment';
import { consentUsedUp } from './controls/consent-used-up';
import type { CountedPayment } from './controls/control-types';
import { PaymentChangeOutbox } from './payment-change-outbox';
import { PaymentConsents } from './payment-consents';
import { paymentResource } from './payment-resource';
import type {
  PaymentAttempt,
  PaymentBegin,
  PaymentChanged,
  PaymentCreated,
  PaymentLogEntry,
  PaymentRefusal,
  PaymentStatusChange,
  PaymentType,
} from './payment-log-entry';
import { PaymentRefusedError } from './payment-refused.error';
import { refusedPaymentTransition } from './payment-status-rules';
import { PaymentLogEntity } from './store/payment-log.entity';
import { byIdempotencyKey, byPaymentId, byReservation, countedOf, paymentsOfConsent, StalePaymentRow, takeConsentTurn, toEntry, updateRow } from './store/payment-log-rows';

/**
 * Attempts of a decision whose rows another request changed between its read and its write. A
 * reservation waits for every concurrent reservation of its consent that won before it, so this
 * bounds how many may race on one consent before some are told to retry.
 */
const ATTEMPTS = 24;

const paymentNotFound = (paymentId: string) => new ConsentError('not-found', 'Resource.NotFound', `No payment ${paymentId}`);
const reservationNotFound = (reservationId: string) => new ConsentError('not-found', 'Resource.NotFound', `No payment reservation ${reservationId}`);
const keyReused = () => new ConsentError('conflict', 'GenericError', 'The x-idempotency-key was already used with a different request body');


/** ControlParameters and ExpirationDateTime of a payment consent as the hub stores it. */
function consentTerms(consent: ConsentRecord): { controlParameters: unknown; expiresAt?: string } {
  const data = consent.consentBody.Data;
  const expiresAt = typeof data.ExpirationDateTime === 'string' ? data.ExpirationDateTime : undefined;
  return { controlParameters: data.ControlParameters, ...(expiresAt ? { expiresAt } : {}) };
}

const counted = (rows: PaymentLogEntity[]): CountedPayment[] => rows.map((r) => ({ amount: r.amount, currency: r.currency, createdAt: r.createdAt }));

/**
 * The hub's payment log. The gateway reserves a payment (`begin`) before it sends it to the LFI
 * and records the LFI's answer (`created` / `refused`); the Consent Manager records the LFI's
 * status changes (`recordStatus`). Every change of a payment the TPP can see writes a
 * `tpp.payment-changed` message through the outbox port in the same transaction. Refusals are
 * the hub's domain errors (ConsentError), so every surface answers them as it answers a consent's.
 */
@Injectable()
export class PaymentLog {
  private readonly logger = new Logger('PaymentLog');

  constructor(
    private readonly outbox: PaymentChangeOutbox,
    private readonly consents: PaymentConsents,
    private readonly clock: Clock,
  ) {}

  /**
   * Reserves a payment: idempotency first (the key is the TPP's per payment type: the same key
   * and body is the first attempt again, another body a 409 GenericError), then the consent
   * (Authorized, this TPP's, a payment consent; else Consent.Invalid, or not found for another
   * TPP's), then its ControlParameters against the payments it already counts, and the InFlight
   * entry. A consent's reservations take turns (its usage row's version, compare-and-set), so
   * parallel payments never exceed a limit. A consent that is not Authorized (Suspended too) is
   * Consent.Invalid (400): the standard's 403 codes are about the account, which the LFI checks.
   * The key stays bound to its first request for good (the document promises at least 24 hours),
   * and the creditor is not checked here: it travels in the PII, encrypted to the LFI.
   */
  async begin(attempt: PaymentAttempt, now: Date = this.clock.now()): Promise<PaymentBegin> {
    const earlier = await this.findByIdempotencyKey(attempt.tenantId, attempt.clientId, attempt.paymentType, attempt.idempotencyKey);
    if (earlier) return again(earlier, attempt);
    const consent = await this.consents.get(attempt.tenantId, attempt.consentId);
    assertUsable(consent, attempt);
    const { controlParameters, expiresAt } = consentTerms(consent);
    try {
      return await this.decide(() =>
        this.outbox.transaction(async (m) => {
          const raced = await byIdempotencyKey(m, attempt.tenantId, attempt.clientId, attempt.paymentType, attempt.idempotencyKey);
          if (raced) return again(toEntry(raced), attempt);
          await takeConsentTurn(m, attempt.tenantId, attempt.consentId, now);
          const refusal = checkPaymentAgainstConsent({
            controlParameters,
            expiresAt,
            paymentType: attempt.paymentType,
            amount: attempt.amount,
            currency: attempt.currency,
            counted: counted(await countedOf(m, attempt.tenantId, attempt.consentId, attempt.paymentType)),
            now,
          });
          if (refusal) throw new PaymentRefusedError(refusal);
          const row = newRow(attempt, now);
          await m.insert(PaymentLogEntity, row as QueryDeepPartialEntity<PaymentLogEntity>);
          return { kind: 'reserved', entry: toEntry(row) } as const;
        }),
      );
    } catch (error) {
      // Two begins with one key on different consents raced past the checks; the unique index decided.
      if (error instanceof ConsentError) throw error;
      const winner = await this.findByIdempotencyKey(attempt.tenantId, attempt.clientId, attempt.paymentType, attempt.idempotencyKey);
      if (winner) return again(winner, attempt);
      throw error;
    }
  }

  /**
   * The LFI created the payment (201). Idempotent: an entry already created stays as it is. A
   * consent this payment used up becomes Consumed (after the commit, through the consents port).
   */
  async created(tenantId: string, reservationId: string, lfi: PaymentCreated): Promise<PaymentLogEntry> {
    const entry = await this.decide(() =>
      this.outbox.transaction(async (m) => {
        const row = await byReservation(m, tenantId, reservationId);
        if (!row) throw reservationNotFound(reservationId);
        if (row.state === 'Created') return toEntry(row);
        const refused = refusedPaymentTransition(row.paymentType as PaymentType, undefined, lfi.status);
        if (refused) throw ConsentError.invalid(`The LFI's answer cannot be recorded: ${refused}`, 'GenericError');
        // Read committed: a racing created() of this reservation may have committed since the row
        // was read; the row then carries the id itself, which is no conflict (its version check retries).
        const other = await byPaymentId(m, tenantId, lfi.paymentId);
        if (other && other.reservationId !== row.reservationId) throw new ConsentError('conflict', 'Resource.Conflict', `The LFI returned payment id ${lfi.paymentId}, which it already used`);
        // The LFI's word wins over an earlier refusal: the payment exists, so it counts again.
        if (row.state === 'Refused') await takeConsentTurn(m, tenantId, row.consentId, this.clock.now());
        const now = this.clock.now();
        const data = lfi.data;
        await updateRow(m, row, {
          state: 'Created',
          paymentId: lfi.paymentId,
          status: lfi.status,
          response: data,
          refusal: null,
          paymentTransactionId: typeof data.paymentTransactionId === 'string' ? data.paymentTransactionId : null,
          rejectReasonCode: Array.isArray(data.rejectReasonCode) && data.rejectReasonCode.length > 0 ? data.rejectReasonCode : null,
          accountId: lfi.accountId ?? null,
          psuIdentifiers: lfi.psuIdentifiers ?? null,
          statusUpdatedAt: toInstant(now),
        });
        const created = toEntry(row);
        await this.enqueue(m, { entry: created, eventType: 'Resource.Created', data: paymentResource(created) }, now);
        return created;
      }),
    );
    if (entry.status !== 'Rejected') await this.consumeIfUsedUp(entry);
    return entry;
  }

  /**
   * The LFI refused the payment (4xx): the attempt stops counting against the consent and its
   * refusal is kept, so a retry with the same key gets the same answer. An entry the LFI created
   * stays created.
   */
  async refused(tenantId: string, reservationId: string, refusal: PaymentRefusal): Promise<PaymentLogEntry> {
    return this.decide(() =>
      this.outbox.transaction(async (m) => {
        const row = await byReservation(m, tenantId, reservationId);
        if (!row) throw reservationNotFound(reservationId);
        if (row.state !== 'InFlight') return toEntry(row);
        await updateRow(m, row, { state: 'Refused', refusal: { ...refusal }, statusUpdatedAt: toInstant(this.clock.now()) });
        return toEntry(row);
      }),
    );
  }

  /**
   * A status the LFI reports (Consent Manager PATCH /payment-log/{id}). The same status again is
   * accepted as done, changing nothing and sending no event; a move the rules refuse is a
   * `transition` error (400); a Rejected payment stops counting against its consent.
   */
  async recordStatus(tenantId: string, paymentId: string, change: PaymentStatusChange): Promise<PaymentLogEntry> {
    return this.decide(() =>
      this.outbox.transaction(async (m) => {
        const row = await byPaymentId(m, tenantId, paymentId);
        if (!row) throw paymentNotFound(paymentId);
        const previousStatus = row.status ?? undefined;
        const refused = refusedPaymentTransition(row.paymentType as PaymentType, previousStatus as PaymentStatusChange['status'] | undefined, change.status);
        if (refused) throw ConsentError.transition(refused);
        if (previousStatus === change.status) return toEntry(row);
        const now = this.clock.now();
        await updateRow(m, row, {
          status: change.status,
          ...(change.paymentTransactionId !== undefined ? { paymentTransactionId: change.paymentTransactionId } : {}),
          ...(change.rejectReasonCode !== undefined ? { rejectReasonCode: change.rejectReasonCode.length > 0 ? change.rejectReasonCode : null } : {}),
          ...(change.numberOfSuccessfulTransactions !== undefined ? { numberOfSuccessfulTransactions: change.numberOfSuccessfulTransactions } : {}),
          statusUpdatedAt: toInstant(now),
        });
        const entry = toEntry(row);
        await this.enqueue(m, { entry, previousStatus, eventType: 'Resource.Updated', data: paymentResource(entry) }, now);
        return entry;
      }),
    );
  }

  /** The payment when it exists at this tenant and, if `clientId` is given, belongs to that TPP. */
  async find(tenantId: string, paymentId: string, clientId?: string): Promise<PaymentLogEntry | undefined> {
    const row = await this.outbox.read((m) => byPaymentId(m, tenantId, paymentId));
    if (!row || (clientId !== undefined && row.clientId !== clientId)) return undefined;
    return toEntry(row);
  }

  /** As `find`, but another TPP's payment is as unknown as none (404 without a leak). */
  async own(tenantId: string, paymentId: string, clientId: string): Promise<PaymentLogEntry> {
    const entry = await this.find(tenantId, paymentId, clientId);
    if (!entry) throw paymentNotFound(paymentId);
    return entry;
  }

  async findByIdempotencyKey(tenantId: string, clientId: string, paymentType: PaymentType, key: string): Promise<PaymentLogEntry | undefined> {
    const row = await this.outbox.read((m) => byIdempotencyKey(m, tenantId, clientId, paymentType, key));
    return row ? toEntry(row) : undefined;
  }

  /** Every attempt on the consent, oldest first (refused ones too: the Consent Manager's log shows what the LFI created). */
  async listForConsent(tenantId: string, consentId: string): Promise<PaymentLogEntry[]> {
    return this.outbox.read((m) => paymentsOfConsent(m, tenantId, consentId));
  }

  private enqueue(m: EntityManager, change: PaymentChanged, now: Date): Promise<void> {
    return this.outbox.enqueue(m, change, now);
  }

  /**
   * Marks the consent Consumed when its schedule is used up. Outside the payment's transaction:
   * the consent store takes its own turn. A failure is logged, not thrown: the payment is made
   * and recorded, and the counted payments refuse any further one whatever the consent's status.
   */
  private async consumeIfUsedUp(entry: PaymentLogEntry): Promise<void> {
    try {
      const consent = await this.consents.get(entry.tenantId, entry.consentId);
      if (consent.status !== ConsentStatus.Authorized) return;
      const rows = await this.outbox.read((m) => countedOf(m, entry.tenantId, entry.consentId, entry.paymentType));
      if (consentUsedUp(consentTerms(consent).controlParameters, counted(rows))) await this.consents.markConsumed(entry.tenantId, entry.consentId);
    } catch (error) {
      this.logger.warn(`Could not mark consent ${entry.tenantId}/${entry.consentId} Consumed: ${String(error)}`);
    }
  }

  /** Runs a read-decide-write transaction again from a fresh read while another request changed its rows in between. */
  private async decide<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await work();
      } catch (error) {
        if (!(error instanceof StalePaymentRow)) throw error;
        if (attempt >= ATTEMPTS) throw ConsentError.conflict('The payment was changed by another request at the same time; retry', 'GenericRecoverableError');
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 4 * attempt));
      }
    }
  }
}

/** The same key again: the first attempt's answer when the body is the same, else a conflict. */
function again(entry: PaymentLogEntry, attempt: PaymentAttempt): PaymentBegin {
  if (entry.requestHash !== attempt.requestHash) throw keyReused();
  return entry.state === 'InFlight' ? { kind: 'in-flight', entry } : { kind: 'replay', entry };
}

function assertUsable(consent: ConsentRecord, attempt: PaymentAttempt): void {
  // Another TPP's consent is as unknown as none.
  if (consent.tpp.clientId !== attempt.clientId) throw ConsentError.notFound(attempt.consentId);
  if (consent.consentType !== ConsentType.ServiceInitiation) throw ConsentError.invalid(`Consent ${attempt.consentId} is not a payment consent`);
  if (consent.status !== ConsentStatus.Authorized) throw ConsentError.invalid(`Consent ${attempt.consentId} is ${consent.status}, not Authorized`);
}

function newRow(attempt: PaymentAttempt, now: Date): PaymentLogEntity {
  const at = toInstant(now);
  return {
    tenantId: attempt.tenantId,
    reservationId: randomUUID(),
    paymentId: null,
    consentId: attempt.consentId,
    paymentType: attempt.paymentType,
    clientId: attempt.clientId,
    organisationId: attempt.organisationId,
    softwareStatementId: attempt.softwareStatementId,
    idempotencyKey: attempt.idempotencyKey,
    requestHash: attempt.requestHash,
    state: 'InFlight',
    amount: attempt.amount,
    currency: attempt.currency,
    status: null,
    paymentTransactionId: null,
    rejectReasonCode: null,
    numberOfSuccessfulTransactions: null,
    request: attempt.request,
    response: null,
    refusal: null,
    accountId: null,
    psuIdentifiers: null,
    interactionId: attempt.interactionId ?? null,
    createdAt: at,
    statusUpdatedAt: at,
    version: 1,
  };
}

