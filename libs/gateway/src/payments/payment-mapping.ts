import { isObject, mapObject, type OzoneConnectServiceInitiationSchemas as Oc, type OzoneRefundResponse, type Shape } from '@hub/ozone-connect';
import type { PaymentUrls } from '@hub/payments';
import type { AEIdempotencyKeyQuery, AEPaymentConsentRefundResponse, BankInitiationSchemas as Std } from '@hub/standards';

/*
 * The gateway's own payment answers. The payment resource itself (AEPaymentIdResponse,
 * AEFilePaymentIdResponse) is @hub/payments' paymentIdResponse / filePaymentIdResponse: the same
 * Data its webhooks carry.
 */

/** AEIdempotencyKeyQuery: an empty Data and the link to the payment the key created. */
export function idempotencyKeyQuery(paymentUrl: string): AEIdempotencyKeyQuery {
  return { Data: {}, Links: { Self: paymentUrl } };
}

const toRefundAccount = mapObject<Shape<OzoneRefundResponse['data']>['refundAccount'], AEPaymentConsentRefundResponse['Data']['RefundAccount']>({
  schemeName: 'SchemeName',
  identification: 'Identification',
  name: ['Name', mapObject<Oc['AEName'], Std['AEDebtorAccount']['Name']>({ en: 'en', ar: 'ar' })],
});

/** The refund account of one payment consent, with what the hub knows of the consent. */
export interface RefundFacts {
  consentId: string;
  baseConsentId?: string;
  /** URLs of the payments made under the consent. */
  relatedPayments: string[];
}

/**
 * AEPaymentConsentRefundResponse. Undefined when the LFI gave no usable RefundAccount (the three
 * members AEDebtorAccount requires): the LFI's failure, not the TPP's.
 * Links (AELinksRelatedPayment): Self is the consent, Related its payments.
 */
export function refundResponse(lfi: unknown, facts: RefundFacts, urls: PaymentUrls): AEPaymentConsentRefundResponse | undefined {
  const data = isObject(lfi) && isObject(lfi.data) ? lfi.data : undefined;
  const account = toRefundAccount(data?.refundAccount) as Partial<AEPaymentConsentRefundResponse['Data']['RefundAccount']> | undefined;
  if (!account?.SchemeName || !account.Identification || !account.Name) return undefined;
  const body = { ConsentId: facts.consentId, ...(facts.baseConsentId ? { BaseConsentId: facts.baseConsentId } : {}), RefundAccount: account } as AEPaymentConsentRefundResponse['Data'];
  return { Data: body, Links: { Self: urls.consent(facts.consentId), Related: facts.relatedPayments } };
}
