import { paymentResource, type PaymentLogEntry } from '@hub/payments';
import type { AEFilePaymentIdResponse, AEFilePaymentIdResponseData } from '@hub/standards';
import type { PaymentUrls } from '../payments/payment-mapping';

/**
 * AEFilePaymentIdResponse (201 of POST /file-payments, 200 of GET /file-payments/{PaymentId}): the
 * payment log's resource Data of the entry (`paymentResource` of @hub/payments, the same Data the
 * TPP's webhooks carry: Received until the LFI rejects the file, its progress in
 * OpenFinanceBilling.NumberOfSuccessfulTransactions) with the links to it and to its consent.
 */
export function filePaymentResource(entry: PaymentLogEntry, urls: PaymentUrls): AEFilePaymentIdResponse {
  const data = paymentResource(entry) as AEFilePaymentIdResponseData;
  return { Data: data, Links: { Self: urls.filePayment(data.PaymentId), Related: urls.consent(entry.consentId) }, Meta: {} };
}
