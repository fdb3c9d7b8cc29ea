import type { PaymentLogEntry } from './payment-log-entry';

/** The webhook Data of a payment event (PascalCase, AEWebhookPaymentInitiationEventProperties.Data). */
export function paymentEventData(entry: PaymentLogEntry): Record<string, unknown> {
  void entry;
  throw new Error('not implemented');
}

/** The TPP's payment resource Data (AEPaymentIdResponse.Data / AEFilePaymentIdResponse.Data) from the entry and the LFI's camelCase data. */
export function paymentResource(entry: PaymentLogEntry, lfiData?: Record<string, unknown>): Record<string, unknown> {
  void entry;
  void lfiData;
  throw new Error('not implemented');
}
