import { Clock } from '@hub/kernel';
import { Injectable } from '@nestjs/common';
import type { PaymentConsumption } from './controls/control-types';
import { PaymentChangeOutbox } from './payment-change-outbox';
import { PaymentConsents } from './payment-consents';
import type { PaymentAttempt, PaymentBegin, PaymentCreated, PaymentLogEntry, PaymentRefusal, PaymentStatusChange, PaymentType } from './payment-log-entry';

const notImplemented = (): never => {
  throw new Error('not implemented');
};

/** The hub's payment log (see the contract in index.ts). */
@Injectable()
export class PaymentLog {
  constructor(
    private readonly outbox: PaymentChangeOutbox,
    private readonly consents: PaymentConsents,
    private readonly clock: Clock,
  ) {}

  begin(attempt: PaymentAttempt, now?: Date): Promise<PaymentBegin> {
    void [attempt, now, this.outbox, this.consents, this.clock];
    return notImplemented();
  }

  created(tenantId: string, reservationId: string, lfi: PaymentCreated): Promise<PaymentLogEntry> {
    void [tenantId, reservationId, lfi];
    return notImplemented();
  }

  refused(tenantId: string, reservationId: string, refusal: PaymentRefusal): Promise<PaymentLogEntry> {
    void [tenantId, reservationId, refusal];
    return notImplemented();
  }

  recordStatus(tenantId: string, paymentId: string, change: PaymentStatusChange): Promise<PaymentLogEntry> {
    void [tenantId, paymentId, change];
    return notImplemented();
  }

  find(tenantId: string, paymentId: string, clientId?: string): Promise<PaymentLogEntry | undefined> {
    void [tenantId, paymentId, clientId];
    return notImplemented();
  }

  own(tenantId: string, paymentId: string, clientId: string): Promise<PaymentLogEntry> {
    void [tenantId, paymentId, clientId];
    return notImplemented();
  }

  findByIdempotencyKey(tenantId: string, clientId: string, paymentType: PaymentType, key: string): Promise<PaymentLogEntry | undefined> {
    void [tenantId, clientId, paymentType, key];
    return notImplemented();
  }

  listForConsent(tenantId: string, consentId: string): Promise<PaymentLogEntry[]> {
    void [tenantId, consentId];
    return notImplemented();
  }

  consumption(tenantId: string, consentId: string, controlParameters: unknown, now?: Date): Promise<PaymentConsumption> {
    void [tenantId, consentId, controlParameters, now];
    return notImplemented();
  }
}
