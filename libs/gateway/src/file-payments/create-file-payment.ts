import { asApi, ConsentService, ConsentType } from '@hub/consent';
import { ApiError, interactionIdOf, type Tenant } from '@hub/kernel';
import type { ConsentRecord, OzonePaymentPostRequest } from '@hub/ozone-connect';
import { PAYMENT_API, PaymentLog, type PaymentLogEntry } from '@hub/payments';
import { FilePaymentRequestDto } from '@hub/standards';
import type { CallerIdentity } from '@hub/trust-framework';
import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { VerifiedAccess } from '../access/bearer-access';
import { forwardedRequestHeaders } from '../payments/payment-headers';
import { PaymentLfi } from '../payments/payment-lfi';
import { paymentRequestHash } from '../payments/payment-request-hash';
import { assertRetryOfPaymentMade, consentNotInForce } from '../payments/consent-in-force';
import { o3ContextOf } from '../request/o3-context';
import { validateMessage } from '../service-initiation/validate-message';
import { assertInstructionMatches, filePaymentTermsOf, withConsentedInstruction } from './payment-file';
import { PaymentFileUploads } from './payment-file-uploads';

/** Parameterised TPP path of the operation (o3-api-uri, and the requestUrl's path). */
export const FILE_PAYMENTS_PATH = `${PAYMENT_API}/file-payments`;
/** Ozone Connect's paymentType of a Bulk/Batch payment. */
const PAYMENT_TYPE = 'cbuae-file-payment';
/** The consent's currency when it names none; FilePayment's ControlSum is "irrespective of currencies". */
const DEFAULT_CURRENCY = 'AED';

/** One TPP request of CreateFilePayment: its verified token, the token's consent (`tokenConsent`) and the `message` of its signed body. */
export interface FilePaymentCall {
  tenant: Tenant;
  req: Request;
  caller: CallerIdentity;
  access: VerifiedAccess;
  consent: ConsentRecord;
  idempotencyKey: string;
  message: unknown;
  /** The TPP-facing URL of the operation (the LFI's requestUrl). */
  requestUrl: string;
}

/**
 * CreateFilePayment (`POST /file-payments`): with the authorization-code token of a file payment
 * consent whose file has been uploaded, the hub reserves the payment in the payment log (the
 * idempotency key, the consent's status and "ControlSum, once"), asks the LFI to pay the file
 * (Ozone Connect `POST /payments`, paymentType cbuae-file-payment) and records its answer, as
 * POST /payments does (PaymentInitiation's table; the LFI's answers classified by PaymentLfi). A
 * repeated key with the same message answers the first payment again; nothing is paid twice.
 */
@Injectable()
export class CreateFilePayment {
  constructor(
    private readonly consents: ConsentService,
    private readonly uploads: PaymentFileUploads,
    private readonly payments: PaymentLog,
    private readonly lfi: PaymentLfi,
  ) {}

  /**
   * The consent the token stands for (UserOAuth2Security), before the body is read, as for POST
   * /payments: a client-credentials token, or one of another kind of consent, is 403
   * AccessToken.InvalidScope; a consent no longer in force is 401 (Revoked, Expired) or 403
   * Consent.TransientAccountAccessFailure (Suspended), as for any resource call. A Consumed one is
   * refused once the message is known, unless it is the retry of the payment that used it up
   * (`consentNotInForce`, as for POST /payments).
   */
  async tokenConsent(tenant: Tenant, access: VerifiedAccess): Promise<ConsentRecord> {
    if (!access.consentId) throw new ApiError(403, 'AccessToken.InvalidScope', 'a file payment needs a token from the authorization code grant of its consent');
    const consent = await asApi(() => this.consents.get(tenant.id, access.consentId!, { tppClientId: access.clientId }));
    if (consent.consentType !== ConsentType.ServiceInitiation) throw new ApiError(403, 'AccessToken.InvalidScope', 'a file payment needs the token of a payment (service initiation) consent');
    consentNotInForce(consent);
    return consent;
  }

  /** The file payment as created (or as first created, for a repeated key). */
  async execute(c: FilePaymentCall): Promise<PaymentLogEntry> {
    const request = validateMessage(FilePaymentRequestDto, c.message);
    const consent = c.consent;
    if (request.Data.ConsentId !== consent.id) throw new ApiError(400, 'Consent.Invalid', 'Data.ConsentId is not the consent the access token was granted for', 'Data.ConsentId');
    const terms = filePaymentTermsOf(consent);
    if (!terms) throw new ApiError(400, 'Consent.BusinessRuleViolation', `consent ${consent.id} authorises no file payment (ControlParameters.ConsentSchedule.FilePayment)`);
    assertInstructionMatches(request.Data.Instruction, terms);
    const message = request as unknown as { Data: Record<string, unknown> };
    const requestHash = paymentRequestHash(message);
    await assertRetryOfPaymentMade(this.payments, consentNotInForce(consent), { tenantId: c.tenant.id, clientId: c.access.clientId, paymentType: PAYMENT_TYPE, idempotencyKey: c.idempotencyKey, requestHash });
    await this.assertFileUploaded(c.tenant.id, consent.id);
    const begin = await asApi(() =>
      this.payments.begin({
        tenantId: c.tenant.id,
        consentId: consent.id,
        paymentType: PAYMENT_TYPE,
        clientId: c.access.clientId,
        organisationId: c.caller.organisationId,
        softwareStatementId: c.caller.softwareStatementId,
        idempotencyKey: c.idempotencyKey,
        requestHash,
        amount: terms.ControlSum,
        currency: currencyOf(consent),
        request: withConsentedInstruction(message, terms),
        interactionId: interactionIdOf(c.req),
      }),
    );
    if (begin.kind === 'replay') return answered(begin.entry);
    return this.pay(c, consent, begin.entry);
  }

  /** The LFI pays the file it holds: no uploaded file, nothing to pay. */
  private async assertFileUploaded(tenantId: string, consentId: string): Promise<void> {
    const upload = await this.uploads.find(tenantId, consentId);
    if (upload?.state !== 'Uploaded') {
      throw new ApiError(400, 'Consent.BusinessRuleViolation', `the file of consent ${consentId} has not been uploaded (POST /payment-consents/${consentId}/file)`);
    }
  }

  /**
   * Ozone Connect `POST /payments` with the TPP's message as it signed it. Its 201 creates the
   * payment in the log; a refusal (4xx) is recorded and answered to every retry of the key; a
   * failure of the LFI (5xx, no answer) leaves the reservation in flight, so the TPP's retry with
   * the key asks the LFI again, which, idempotent on the key in requestHeaders, answers the
   * payment it made.
   */
  private async pay(c: FilePaymentCall, consent: ConsentRecord, reserved: PaymentLogEntry): Promise<PaymentLogEntry> {
    const body: OzonePaymentPostRequest = {
      requestUrl: c.requestUrl,
      paymentType: PAYMENT_TYPE,
      request: c.message as OzonePaymentPostRequest['request'],
      // The document types the headers as an open object without members.
      requestHeaders: forwardedRequestHeaders(c.req.headers) as OzonePaymentPostRequest['requestHeaders'],
      tpp: consent.tpp,
    };
    const ctx = { ...o3ContextOf(c.req, c.caller, { apiUri: FILE_PAYMENTS_PATH, method: 'POST' }, { psuIdentifiers: consent.psuIdentifiers }), consentId: consent.id };
    const sent = await this.lfi.create(c.tenant.id, body, ctx);
    if (sent.kind === 'unanswered') throw sent.error;
    if (sent.kind === 'refused') {
      await asApi(() => this.payments.refused(c.tenant.id, reserved.reservationId, sent.refusal));
      throw new ApiError(sent.refusal.status, sent.refusal.code, sent.refusal.message);
    }
    return asApi(() =>
      this.payments.created(c.tenant.id, reserved.reservationId, {
        paymentId: sent.payment.id,
        status: sent.payment.status,
        data: sent.payment as Record<string, unknown>,
        // Ozone Connect: a payment consent is authorised for exactly one debtor account.
        accountId: consent.accountIds?.[0],
        psuIdentifiers: consent.psuIdentifiers,
      }),
    );
  }
}

/** A finished attempt as the first answer was: the payment, or the LFI's refusal again. */
function answered(entry: PaymentLogEntry): PaymentLogEntry {
  if (entry.state === 'Refused' && entry.refusal) throw new ApiError(entry.refusal.status, entry.refusal.code, entry.refusal.message);
  if (entry.state === 'Created' && entry.paymentId) return entry;
  throw new ApiError(500, 'GenericRecoverableError', 'The file payment is still being processed; try again later.');
}

function currencyOf(consent: ConsentRecord): string {
  const request = consent.consentBody.Data.CurrencyRequest as { CurrencyOfTransfer?: unknown } | undefined;
  return typeof request?.CurrencyOfTransfer === 'string' ? request.CurrencyOfTransfer : DEFAULT_CURRENCY;
}
