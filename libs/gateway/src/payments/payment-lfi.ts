import { ApiError } from '@hub/kernel';
import { OzoneConnectClients, OzoneConnectError, type O3Context, type OzonePayment, type OzonePaymentPostRequest } from '@hub/ozone-connect';
import { refusedPaymentTransition, type PaymentStatus, type PaymentType } from '@hub/payments';
import { Injectable, Logger } from '@nestjs/common';
import { mapOzoneConnectError, serviceResourceError } from '../mapping/index-internal';
import { atLfi } from '../access-log/api-call-context';

/** How the LFI took a payment: made it, refused it (4xx, nothing made), or no one knows (5xx, timeout). */
export type PaymentSent =
  | { kind: 'created'; payment: OzonePayment }
  | { kind: 'refused'; refusal: { status: number; code: string; message: string } }
  | { kind: 'unanswered'; error: ApiError };

const UNEXPECTED = 'The LFI gave an unexpected answer.';

/**
 * The LFI's answer to POST /payments, classified (Ozone Connect makePayment). A 4xx is the LFI's
 * refusal: no payment was made, and the TPP gets it as the standard's error now and on a retry
 * with the same key. An LFI 409 (its idempotency conflict) stays a 409, which the payments
 * document has. A 5xx, a timeout, or an error of the hub's own call (401/405/406/415) leaves the
 * payment's fate open: the hub answers 500 and a retry sends it again (the LFI is idempotent on
 * the key).
 */
export function classifyPaymentFailure(e: OzoneConnectError): Exclude<PaymentSent, { kind: 'created' }> {
  const mapped = mapOzoneConnectError(e);
  if (mapped.status >= 500) return { kind: 'unanswered', error: new ApiError(mapped.status, mapped.code, mapped.message) };
  return { kind: 'refused', refusal: { ...mapped, status: e.status === 409 ? 409 : mapped.status } };
}

/**
 * The LFI's 201 body, when it names the payment it made (`data.id`) and a status its payment type
 * has (the payment log's status rules: Received only for a file payment). Anything else is a
 * garbled answer: the payment stays in flight and the TPP gets 500, never a 4xx for the LFI's fault.
 */
export function createdPayment(body: unknown, paymentType: PaymentType = 'cbuae-payment'): OzonePayment | undefined {
  const data = (body as { data?: Partial<OzonePayment> } | undefined)?.data;
  if (typeof data !== 'object' || data === null) return undefined;
  if (typeof data.id !== 'string' || data.id.length === 0 || data.id.length > 40) return undefined;
  if (typeof data.status !== 'string' || refusedPaymentTransition(paymentType, undefined, data.status as PaymentStatus)) return undefined;
  return data as OzonePayment;
}

/**
 * The three Ozone Connect service-initiation operations under a consent that the payments API
 * uses: POST /payments, GET /payments/{paymentId} and GET /payment-consents/{consentId}/refund,
 * each with the o3 headers of a consented call.
 */
@Injectable()
export class PaymentLfi {
  private readonly logger = new Logger('PaymentLfi');

  constructor(private readonly clients: OzoneConnectClients) {}

  async create(tenantId: string, body: OzonePaymentPostRequest, ctx: O3Context & { consentId: string }): Promise<PaymentSent> {
    let answer: { status: number; body: unknown };
    try {
      answer = await atLfi(() => this.clients.forTenant(tenantId).callConsented('POST', '/payments', body, ctx));
    } catch (e) {
      if (!(e instanceof OzoneConnectError)) throw e;
      this.logger.warn({ reason: e.message }, 'Ozone Connect POST /payments failed');
      return classifyPaymentFailure(e);
    }
    const payment = createdPayment(answer.body, body.paymentType as PaymentType);
    if (payment) return { kind: 'created', payment };
    // Something may have been made: the payment stays in flight, and a retry asks again.
    this.logger.warn({ status: answer.status }, 'Ozone Connect POST /payments answered without a payment id and status');
    return { kind: 'unanswered', error: new ApiError(500, 'GenericError', UNEXPECTED) };
  }

  /** The payment as the LFI has it now; its errors as the standard's (an LFI 404 is the TPP's 404). */
  async read(tenantId: string, paymentId: string, ctx: O3Context & { consentId: string }): Promise<unknown> {
    return (await this.call(tenantId, `/payments/${encodeURIComponent(paymentId)}`, ctx)).body;
  }

  async refund(tenantId: string, consentId: string, ctx: O3Context & { consentId: string }): Promise<unknown> {
    return (await this.call(tenantId, `/payment-consents/${encodeURIComponent(consentId)}/refund`, ctx)).body;
  }

  private async call(tenantId: string, path: string, ctx: O3Context & { consentId: string }): Promise<{ status: number; body: unknown }> {
    try {
      return await atLfi(() => this.clients.forTenant(tenantId).callConsented('GET', path, undefined, ctx));
    } catch (e) {
      if (!(e instanceof OzoneConnectError)) throw e;
      this.logger.warn({ reason: e.message }, 'Ozone Connect call failed');
      throw serviceResourceError(e);
    }
  }
}
