import type { OzonePaymentPostRequest, TppRecord } from '@hub/ozone-connect';
import type { AEPaymentRequest } from '@hub/standards';
import type { IncomingHttpHeaders } from 'node:http';
import { forwardedRequestHeaders } from './payment-headers';

/**
 * Ozone Connect PaymentPostRequest for a single or multi payment: the TPP's message as it signed
 * it (PersonalIdentifiableInformation still encrypted to the LFI), the URL and headers it sent
 * (x-idempotency-key included: the LFI is idempotent on it), and the TPP as the consent record
 * holds it.
 */
export function paymentPostRequest(input: { requestUrl: string; message: AEPaymentRequest; headers: IncomingHttpHeaders; tpp: TppRecord }): OzonePaymentPostRequest {
  return {
    requestUrl: input.requestUrl,
    paymentType: 'cbuae-payment',
    request: input.message as OzonePaymentPostRequest['request'],
    // The document types the headers as an open object without members.
    requestHeaders: forwardedRequestHeaders(input.headers) as OzonePaymentPostRequest['requestHeaders'],
    tpp: input.tpp,
  };
}
