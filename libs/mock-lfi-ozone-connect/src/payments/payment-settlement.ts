import type { LfiProfile } from '@hub/mock-lfi-data';
import { DeskStepLoop, paymentSteps, settlePayment, stepRetryDelayMs, type PaymentEntity, type StepOutcome } from '@hub/mock-lfi-store';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { HubCallError, type LfiHubClient } from '../hub-client/lfi-hub-client';
import type { PaymentRailSettings } from './payment-settings';
import { paymentLogPatch } from './payment-views';

/** Payments settled and reported per pass. */
const BATCH = 20;
/** How long one pass holds a payment's step: longer than a call to the hub may take (10 s). */
const LEASE_MS = 30_000;
/** The back-off of a report the hub did not take grows to at most this. */
const MAX_RETRY_MS = 60_000;

/** Tells the hub a payment's status (`PATCH /payment-log/{paymentId}`); throws when it could not take it now. */
export type PaymentLogSender = (tenantId: string, paymentId: string, patch: Record<string, unknown>) => Promise<StepOutcome>;

/**
 * The running bank's sender: the LFI's certificate of the tenant, to the tenant's Consent Manager.
 * A 400 is final (the hub refused the change, e.g. a final status already recorded); anything
 * else, such as the 404 of a payment the hub has not recorded yet or a 5xx, is tried again.
 */
export function paymentLogSender(client: LfiHubClient, profile: LfiProfile): PaymentLogSender {
  return async (tenantId, paymentId, patch) => {
    const tenant = profile.tenants.find((t) => t.id === tenantId);
    if (!tenant) return { kind: 'refused', reason: `no tenant '${tenantId}' in the LFI profile` };
    try {
      await client.patchPaymentLog(tenant, paymentId, patch);
      return { kind: 'recorded' };
    } catch (e) {
      if (e instanceof HubCallError && e.status === 400) return { kind: 'refused', reason: e.message };
      throw e;
    }
  };
}

/**
 * Moves payments on as the rails would: when a payment's step is due (`settleAfterMs` after it was
 * taken) it settles (Pending → AcceptedCreditSettlementCompleted inside the bank,
 * AcceptedWithoutPosting over AANI, Rejected when the creditor bank is down; a file from Received
 * to AcceptedSettlementCompleted), its postings are booked or released, and the new status is
 * reported to the hub until the hub has it. Steps are rows, so a restart picks up every payment
 * still to settle or to report, and settling twice posts nothing twice.
 */
export class PaymentSettlement extends DeskStepLoop<PaymentEntity> {
  constructor(db: DataSource, settings: PaymentRailSettings, send: PaymentLogSender) {
    const now = () => new Date();
    super(
      {
        claimDue: (at, limit) => paymentSteps.claimDue(db, at, new Date(at.getTime() + LEASE_MS), limit),
        send: async (claimed) => {
          const settled = await settlePayment(db, claimed.paymentId, now());
          if (!settled) return { kind: 'refused', reason: 'the payment is gone' };
          return send(settled.tenantId, settled.paymentId, paymentLogPatch(settled));
        },
        // Settled and recorded by the hub: nothing is left to do for the payment.
        apply: (claimed) => paymentSteps.drop(db, claimed),
        retryLater: (claimed, at) => paymentSteps.retry(db, claimed, at),
        drop: (claimed) => paymentSteps.drop(db, claimed),
        failedAttemptsOf: (claimed) => claimed.stepAttempts,
        describe: (claimed) => ({ tenantId: claimed.tenantId, paymentId: claimed.paymentId, status: claimed.nextStatus }),
      },
      {
        name: 'payment settlement pass',
        step: 'a payment status',
        pollMs: settings.pollMs,
        batch: BATCH,
        parallel: true,
        retryDelayMs: (failed) => stepRetryDelayMs(failed, settings.reportRetryMs, MAX_RETRY_MS),
        now,
        logger: new Logger(PaymentSettlement.name),
      },
    );
  }
}
