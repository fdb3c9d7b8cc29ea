import { paymentResource, type PaymentLogEntry } from '@hub/payments';
import type { AEFilePaymentIdResponse, AEFilePaymentIdResponseData, AEIdempotencyKeyQuery } from '@hub/standards';

/** The TPP-facing base path of the Bank Service Initiation operations (after the tenant's resource server URL). */
export const PAYMENT_API = '/open-finance/payment/v2.1';

export function filePaymentUrl(resourceServerUrl: string, paymentId: string): string {
  return `${resourceServerUrl}${PAYMENT_API}/file-payments/${encodeURIComponent(paymentId)}`;
}

/**
 * AEFilePaymentIdResponse (201 of POST /file-payments, 200 of GET /file-payments/{PaymentId}): the
 * payment log's resource Data of the entry (`paymentResource` of @hub/payments, the same Data the
 * TPP's webhooks carry: Received until the LFI rejects the file, its progress in
 * OpenFinanceBilling.NumberOfSuccessfulTransactions) with the links to it and to its consent.
 */
export function filePaymentResource(entry: PaymentLogEntry, resourceServerUrl: string): AEFilePaymentIdResponse {
  const data = paymentResource(entry) as AEFilePaymentIdResponseData;
  return {
    Data: data,
    Links: { Self: filePaymentUrl(resourceServerUrl, data.PaymentId), Related: `${resourceServerUrl}${PAYMENT_API}/payment-consents/${encodeURIComponent(entry.consentId)}` },
    Meta: {},
  };
}

/** AEIdempotencyKeyQuery (GET /file-payments): an empty Data and the link to the payment. */
export function filePaymentLink(resourceServerUrl: string, paymentId: string): AEIdempotencyKeyQuery {
  return { Data: {}, Links: { Self: filePaymentUrl(resourceServerUrl, paymentId) } };
}
