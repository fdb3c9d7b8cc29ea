import { ConsentOutbox } from '@hub/consent';
import { PaymentChangeOutbox, type PaymentChanged } from '@hub/payments';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * The payment log's outbox port on the consent store's transactional outbox: a payment created or
 * changed is a `tpp.payment-changed` message whose `consentId` column holds the payment's id (the
 * reservation id before the LFI gave one) and `auditSeq` the entry's version, which orders one
 * payment's events for the webhook worker.
 */
@Injectable()
export class ConsentOutboxPaymentChanges extends PaymentChangeOutbox {
  constructor(private readonly outbox: ConsentOutbox) {
    super();
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.outbox.transaction(work);
  }

  read<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.outbox.read(work);
  }

  async enqueue(m: EntityManager, change: PaymentChanged, now: Date): Promise<void> {
    const { tenantId, paymentId, reservationId, version } = change.entry;
    await this.outbox.enqueue(m, tenantId, paymentId ?? reservationId, version, [{ topic: 'tpp.payment-changed', payload: change }], now);
  }
}
