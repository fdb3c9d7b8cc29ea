import { ConsentStatus } from '@hub/consent';
import type { ConsentRecord } from '@hub/ozone-connect';
import type { PaymentLog, PaymentType } from '@hub/payments';
import { assertConsentReadable } from '../pipeline/consent-read-rule';

/**
 * A payment's consent must be in force (CONSENT_READ_RULE: an ended one is 401, a Suspended one
 * 403), with one exception: the retry of the payment that used the consent up. A single or file
 * payment makes its consent Consumed at once, so a TPP whose 201 was lost would otherwise never
 * get it back by retrying with its x-idempotency-key, which is what the key is for.
 *
 * Returns the refusal to raise unless the request proves to be that retry (`assertRetryOfPaymentMade`),
 * or undefined when the consent is in force; every other refusal is thrown at once.
 */
export function consentNotInForce(consent: Pick<ConsentRecord, 'status'>): unknown {
  try {
    assertConsentReadable(consent);
    return undefined;
  } catch (refusal) {
    if (consent.status !== ConsentStatus.Consumed) throw refusal;
    return refusal;
  }
}

/** The request key and message: the retry answered again by the payment log, or the consent's refusal. */
export async function assertRetryOfPaymentMade(
  log: Pick<PaymentLog, 'findByIdempotencyKey'>,
  refusal: unknown,
  q: { tenantId: string; clientId: string; paymentType: PaymentType; idempotencyKey: string; requestHash: string },
): Promise<void> {
  if (refusal === undefined) return;
  const earlier = await log.findByIdempotencyKey(q.tenantId, q.clientId, q.paymentType, q.idempotencyKey);
  // The hash covers Data.ConsentId, so only a payment under this very consent matches.
  if (earlier?.requestHash !== q.requestHash) throw refusal;
}
