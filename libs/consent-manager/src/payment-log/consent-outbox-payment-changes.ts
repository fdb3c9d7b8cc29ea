import { ConsentOutboxChanges, type CarriedMessageKey } from '@hub/consent';
import type { PaymentChangeOutbox, PaymentChanged } from '@hub/payments';
import { Injectable } from '@nestjs/common';

/**
 * The payment log's outbox port on the consent store's transactional outbox: a payment created or
 * changed is a `tpp.payment-changed` message whose `consentId` column holds the payment's id (the
 * reservation id before the LFI gave one) and `auditSeq` the entry's version, which orders one
 * payment's events for the webhook worker.
 */
@Injectable()
export class ConsentOutboxPaymentChanges extends ConsentOutboxChanges<PaymentChanged> implements PaymentChangeOutbox {
  protected readonly topic = 'tpp.payment-changed';

  protected keyOf({ entry }: PaymentChanged): CarriedMessageKey {
    return { tenantId: entry.tenantId, key: entry.paymentId ?? entry.reservationId, sequence: entry.version };
  }
}
