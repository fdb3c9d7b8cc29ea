import { asApi } from '@hub/consent';
import { ApiError } from '@hub/kernel';
import { PaymentLog, type PaymentAttempt, type PaymentLogEntry } from '@hub/payments';
import type { AEPaymentIdResponse } from '@hub/standards';
import { Injectable } from '@nestjs/common';
import type { PaymentCommand } from './payment-admission';
import { PaymentLfi } from './payment-lfi';
import { paymentIdResponse, type PaymentUrls } from './payment-mapping';
import { paymentPostRequest } from './payment-post-request';

/** The hub's 201: the payment resource and where it lives. */
export interface PaymentAnswer {
  paymentId: string;
  location: string;
  body: AEPaymentIdResponse;
}

/**
 * Steps 4-6 of POST /payments. The payment log reserves the attempt (idempotency per TPP and key,
 * the consent's state and ControlParameters, all in one transaction), then the payment goes to
 * the LFI and its outcome is recorded:
 *
 * | begin     | LFI answer            | recorded  | TPP answer                                    |
 * |-----------|-----------------------|-----------|-----------------------------------------------|
 * | reserved  | 201                   | created   | 201 AEPaymentIdResponse                       |
 * | reserved  | 4xx                   | refused   | the LFI's refusal as the standard's error     |
 * | reserved  | 5xx, timeout, garbled | (InFlight)| 500; a retry with the key sends it again      |
 * | in-flight | as reserved           |           | (the LFI is idempotent on x-idempotency-key)  |
 * | replay    | (not asked)           |           | the first answer again: 201, or the refusal   |
 */
@Injectable()
export class PaymentInitiation {
  constructor(
    private readonly log: PaymentLog,
    private readonly lfi: PaymentLfi,
  ) {}

  async execute(cmd: PaymentCommand): Promise<PaymentAnswer> {
    const begun = await asApi(() => this.log.begin(attemptOf(cmd)));
    if (begun.kind === 'replay') return answerAgain(begun.entry, cmd.urls);
    const reservationId = begun.entry.reservationId;
    const sent = await this.lfi.create(cmd.tenantId, paymentPostRequest({ requestUrl: cmd.requestUrl, message: cmd.message, headers: cmd.requestHeaders, tpp: cmd.consent.tpp }), cmd.o3);
    if (sent.kind === 'unanswered') throw sent.error;
    if (sent.kind === 'refused') {
      await asApi(() => this.log.refused(cmd.tenantId, reservationId, sent.refusal));
      throw refusalError(sent.refusal);
    }
    const entry = await asApi(() =>
      this.log.created(cmd.tenantId, reservationId, {
        paymentId: sent.payment.id,
        status: sent.payment.status,
        data: sent.payment,
        // Ozone Connect: a payment consent is authorised for exactly one debtor account.
        accountId: cmd.consent.accountIds?.[0],
        psuIdentifiers: cmd.consent.psuIdentifiers,
      }),
    );
    return answerOf(entry, cmd.urls);
  }
}

function attemptOf(cmd: PaymentCommand): PaymentAttempt {
  const { Amount } = cmd.message.Data.Instruction;
  return {
    tenantId: cmd.tenantId,
    consentId: cmd.consent.id,
    paymentType: 'cbuae-payment',
    clientId: cmd.caller.clientId,
    organisationId: cmd.caller.organisationId,
    softwareStatementId: cmd.caller.softwareStatementId,
    idempotencyKey: cmd.idempotencyKey,
    requestHash: cmd.requestHash,
    amount: Amount.Amount,
    currency: Amount.Currency,
    request: cmd.message as unknown as Record<string, unknown>,
    interactionId: cmd.interactionId,
  };
}

/** A finished attempt answered again: the payment the LFI made, or the LFI's refusal. */
export function answerAgain(entry: PaymentLogEntry, urls: PaymentUrls): PaymentAnswer {
  if (entry.state === 'Refused' && entry.refusal) throw refusalError(entry.refusal);
  if (entry.state === 'Created' && entry.paymentId) return answerOf(entry, urls);
  // The log calls an attempt finished only in those two states.
  throw new ApiError(500, 'GenericRecoverableError', 'The payment is still being processed; try again later.');
}

/** The 201 the LFI's answer made, from the log (the first answer, whatever the status is now). */
export function answerOf(entry: PaymentLogEntry, urls: PaymentUrls): PaymentAnswer {
  const paymentId = entry.paymentId!;
  const body = paymentIdResponse(entry.response ?? { id: paymentId }, factsOf(entry), urls);
  return { paymentId, location: urls.payment(paymentId), body };
}

/** What the log knows of a payment, for the members the LFI's answer leaves out. */
export function factsOf(entry: PaymentLogEntry) {
  return { consentId: entry.consentId, request: entry.request, status: entry.status, statusUpdateDateTime: entry.statusUpdatedAt, creationDateTime: entry.createdAt };
}

function refusalError(refusal: { status: number; code: string; message: string }): ApiError {
  return new ApiError(refusal.status, refusal.code, refusal.message);
}
