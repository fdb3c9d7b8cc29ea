import { ConsentError, ConsentService, ConsentStatus, isTerminal, type ConsentCaller } from '@hub/consent';
import type { ConsentRecord } from '@hub/ozone-connect';
import { PaymentConsents } from '@hub/payments';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';

/**
 * The payment log's consent port on the consent store: it reads a payment consent (a due expiry
 * applied) and marks it Consumed once used up. Consumed is the hub's move (the state machine lets
 * the Hub take an Authorized or Suspended service-initiation consent there), so it goes through the
 * store's ordinary patch: audit row, LFI consent event and TPP webhook included.
 */
@Injectable()
export class ConsentServicePaymentConsents extends PaymentConsents {
  constructor(private readonly consents: ConsentService) {
    super();
  }

  get(tenantId: string, consentId: string): Promise<ConsentRecord> {
    return this.consents.get(tenantId, consentId);
  }

  async markConsumed(tenantId: string, consentId: string): Promise<void> {
    if (await this.isFinal(tenantId, consentId)) return;
    const hub: ConsentCaller = { actor: 'Hub', interactionId: randomUUID() };
    try {
      await this.consents.patch(tenantId, consentId, { status: ConsentStatus.Consumed }, hub);
    } catch (error) {
      // Revoked or expired meanwhile: it is final either way, and a final consent is left as it is.
      if (error instanceof ConsentError && error.kind === 'transition' && (await this.isFinal(tenantId, consentId))) return;
      throw error;
    }
  }

  private async isFinal(tenantId: string, consentId: string): Promise<boolean> {
    return isTerminal((await this.consents.get(tenantId, consentId)).status as ConsentStatus);
  }
}
