import type { ConsentRecord } from '@hub/ozone-connect';

/**
 * The port through which the payment log reads a payment consent and marks it used up. The hub
 * binds it to the consent store. Neither is called inside a payment-log transaction: on SQLite
 * the consent store takes its own turn on the one connection.
 */
export abstract class PaymentConsents {
  /** The consent as stored now (a due expiry applied); ConsentError not-found when there is none. */
  abstract get(tenantId: string, consentId: string): Promise<ConsentRecord>;

  /** Moves an Authorized consent to Consumed (nothing when it is already final). */
  abstract markConsumed(tenantId: string, consentId: string): Promise<void>;
}
