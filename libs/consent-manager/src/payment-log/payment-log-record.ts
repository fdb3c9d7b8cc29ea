import type { ConsentRecord } from '@hub/ozone-connect';
import type { PaymentLogEntry } from '@hub/payments';

/** An entry the LFI created: only those are payments the Consent Manager lists. */
export type CreatedPayment = PaymentLogEntry & { paymentId: string };

export const isCreatedPayment = (entry: PaymentLogEntry): entry is CreatedPayment => entry.paymentId !== undefined;

const asRecord = (v: unknown): Record<string, unknown> | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);

/** AEServiceInitiationOpenFinancePaymentBilling (closed): the TPP's billing of the payment and the LFI's count. */
function billingOf(entry: CreatedPayment): Record<string, unknown> {
  const requested = asRecord(asRecord(asRecord(entry.request)?.Data)?.OpenFinanceBilling) ?? {};
  return {
    ...(typeof requested.Type === 'string' ? { Type: requested.Type } : {}),
    ...(typeof requested.MerchantId === 'string' ? { MerchantId: requested.MerchantId } : {}),
    ...(entry.numberOfSuccessfulTransactions !== undefined ? { NumberOfSuccessfulTransactions: entry.numberOfSuccessfulTransactions } : {}),
  };
}

/**
 * One payment as the Consent Manager's `GET /payment-log` returns it, from what the hub holds:
 * the LFI's answer and last reported status, the TPP's request, and the consent's TPP record,
 * debtor account and PSU. The hub keeps no signed copies (signedResponse, signedRequestBody are
 * left out, as the document allows) and of the TPP's headers only those it recorded.
 */
export function paymentLogRecord(entry: CreatedPayment, consent: ConsentRecord): Record<string, unknown> {
  const lfiCreation = entry.response?.creationDateTime;
  const interactionId = entry.interactionId;
  const psuIdentifiers = entry.psuIdentifiers ?? consent.psuIdentifiers;
  const accountId = entry.accountId ?? consent.accountIds?.[0];
  return {
    consentId: entry.consentId,
    paymentType: entry.paymentType,
    paymentId: entry.paymentId,
    idempotencyKey: entry.idempotencyKey,
    paymentResponse: {
      id: entry.paymentId,
      ...(entry.status !== undefined ? { status: entry.status } : {}),
      creationDateTime: typeof lfiCreation === 'string' ? lfiCreation : entry.createdAt,
      statusUpdateDateTime: entry.statusUpdatedAt,
      OpenFinanceBilling: billingOf(entry),
      ...(entry.paymentTransactionId !== undefined ? { paymentTransactionId: entry.paymentTransactionId } : {}),
      ...(entry.rejectReasonCode?.length ? { rejectReasonCode: entry.rejectReasonCode } : {}),
    },
    tpp: consent.tpp,
    ...(accountId !== undefined ? { accountId } : {}),
    ...(psuIdentifiers !== undefined ? { psuIdentifiers } : {}),
    // The hub's id of the exchange is the TPP's x-fapi-interaction-id when it sent one.
    interactionId: { ozoneInteractionId: interactionId ?? entry.reservationId, ...(interactionId !== undefined ? { clientInteractionId: interactionId } : {}) },
    authorizationCode: { paymentId: entry.paymentId },
    requestBody: entry.request,
    requestHeaders: { 'x-idempotency-key': entry.idempotencyKey, ...(interactionId !== undefined ? { 'x-fapi-interaction-id': interactionId } : {}) },
  };
}
