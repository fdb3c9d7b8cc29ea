import { asApi, ConsentService } from '@hub/consent';
import { ApiError, interactionIdOf, type Tenant } from '@hub/kernel';
import { type ConsentRecord, OzoneConnectClients, OzoneConnectError, type OzonePaymentPostRequest } from '@hub/ozone-connect';
import { PaymentLog, type PaymentLogEntry, type PaymentStatus } from '@hub/payments';
import { FilePaymentRequestDto } from '@hub/standards';
import type { CallerIdentity } from '@hub/trust-framework';
import { Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import type { VerifiedAccess } from '../access/bearer-access';
import { mapOzoneError } from '../mapping/index-internal';
import { o3ContextOf } from '../request/o3-context';
import { validateMessage } from '../service-initiation/validate-message';
import { PAYMENT_API } from './file-payment-resource';
import { assertInstructionMatches, filePaymentTermsOf, withConsentedInstruction } from './payment-file';
import { PaymentFileUploads } from './payment-file-uploads';
import { requestHashOf, tppRequestHeaders } from './payment-request-facts';

/** Parameterised TPP path of the operation (o3-api-uri, and the requestUrl's path). */
export const FILE_PAYMENTS_PATH = `${PAYMENT_API}/file-payments`;
/** Ozone Connect's paymentType of a Bulk/Batch payment. */
const PAYMENT_TYPE = 'cbuae-file-payment';
/** The consent's currency when it names none; FilePayment's ControlSum is "irrespective of currencies". */
const DEFAULT_CURRENCY = 'AED';

/** One TPP request of CreateFilePayment: its verified token and the `message` of its signed body. */
export interface FilePaymentCall {
  tenant: Tenant;
  req: Request;
  caller: CallerIdentity;
  access: VerifiedAccess;
  idempotencyKey: string;
  message: unknown;
  /** The tenant's resource server URL, for the LFI's requestUrl. */
  resourceServerUrl: string;
}

/**
 * CreateFilePayment (`POST /file-payments`): with the authorization-code token of a file payment
 * consent whose file has been uploaded, the hub reserves the payment in the payment log (the
 * idempotency key, the consent's status and "ControlSum, once"), asks the LFI to pay the file
 * (Ozone Connect `POST /payments`, paymentType cbuae-file-payment) and records its answer. A
 * repeated key with the same message answers the first payment again; nothing is paid twice.
 */
@Injectable()
export class CreateFilePayment {
  private readonly logger = new Logger('CreateFilePayment');

  constructor(
    private readonly consents: ConsentService,
    private readonly uploads: PaymentFileUploads,
    private readonly payments: PaymentLog,
    private readonly clients: OzoneConnectClients,
  ) {}

  /** The file payment as created (or as first created, for a repeated key). */
  async execute(c: FilePaymentCall): Promise<PaymentLogEntry> {
    const request = validateMessage(FilePaymentRequestDto, c.message);
    const consent = await this.tokenConsent(c, request.Data.ConsentId);
    const terms = filePaymentTermsOf(consent);
    if (!terms) throw new ApiError(400, 'Consent.BusinessRuleViolation', `consent ${consent.id} authorises no file payment (ControlParameters.ConsentSchedule.FilePayment)`);
    assertInstructionMatches(request.Data.Instruction, terms);
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
        requestHash: requestHashOf(c.message),
        amount: terms.ControlSum,
        currency: currencyOf(consent),
        request: withConsentedInstruction(request as unknown as { Data: Record<string, unknown> }, terms),
        interactionId: interactionIdOf(c.req),
      }),
    );
    if (begin.kind === 'replay') return answered(begin.entry);
    return this.pay(c, consent, begin.entry);
  }

  /**
   * The token stands for one consent (UserOAuth2Security): a client-credentials token has none
   * (403 AccessToken.InvalidScope), and Data.ConsentId must be that consent (400 Consent.Invalid).
   */
  private async tokenConsent(c: FilePaymentCall, consentId: string): Promise<ConsentRecord> {
    if (!c.access.consentId) throw new ApiError(403, 'AccessToken.InvalidScope', 'a file payment needs an access token from the authorization code grant of its consent');
    if (consentId !== c.access.consentId) throw new ApiError(400, 'Consent.Invalid', 'Data.ConsentId is not the consent of the access token', 'Data.ConsentId');
    return asApi(() => this.consents.get(c.tenant.id, consentId, { tppClientId: c.access.clientId }));
  }

  /** The LFI pays the file it holds: no uploaded file, nothing to pay. */
  private async assertFileUploaded(tenantId: string, consentId: string): Promise<void> {
    const upload = await this.uploads.find(tenantId, consentId);
    if (upload?.state !== 'Uploaded') {
      throw new ApiError(400, 'Consent.BusinessRuleViolation', `the file of consent ${consentId} has not been uploaded (POST /payment-consents/${consentId}/file)`);
    }
  }

  /**
   * Ozone Connect `POST /payments`. Its 201 creates the payment in the log; a refusal (4xx) is
   * recorded and answered to every retry of the key; a failure of the LFI (5xx, no answer) leaves
   * the reservation in flight, so the TPP's retry with the key asks the LFI again, and the LFI,
   * idempotent on the key it reads in requestHeaders, answers the payment it made.
   */
  private async pay(c: FilePaymentCall, consent: ConsentRecord, reserved: PaymentLogEntry): Promise<PaymentLogEntry> {
    const body: OzonePaymentPostRequest = {
      requestUrl: `${c.resourceServerUrl}${FILE_PAYMENTS_PATH}`,
      paymentType: PAYMENT_TYPE,
      request: c.message as OzonePaymentPostRequest['request'],
      // PaymentRequestHeaders is an object without declared members (generated as Record<string, never>).
      requestHeaders: tppRequestHeaders(c.req) as unknown as OzonePaymentPostRequest['requestHeaders'],
      tpp: consent.tpp as OzonePaymentPostRequest['tpp'],
    };
    const ctx = { ...o3ContextOf(c.req, c.caller, { apiUri: FILE_PAYMENTS_PATH, method: 'POST' }, { psuIdentifiers: consent.psuIdentifiers }), consentId: consent.id };
    let answer: unknown;
    try {
      answer = (await this.clients.forTenant(c.tenant.id).callConsented('POST', '/payments', body, ctx)).body;
    } catch (e) {
      if (!(e instanceof OzoneConnectError)) throw e;
      this.logger.warn({ reason: e.message }, 'Ozone Connect file payment failed');
      const mapped = mapOzoneError(e.status ?? 503, e.status ? { errorCode: e.errorCode, errorMessage: e.errorMessage } : undefined);
      if (e.status !== undefined && e.status >= 400 && e.status < 500 && mapped.status < 500) await asApi(() => this.payments.refused(c.tenant.id, reserved.reservationId, mapped));
      throw new ApiError(mapped.status, mapped.code, mapped.message);
    }
    const data = paymentDataOf(answer);
    return asApi(() =>
      this.payments.created(c.tenant.id, reserved.reservationId, {
        paymentId: data.id,
        status: data.status,
        data,
        accountId: consent.accountIds?.[0],
        psuIdentifiers: consent.psuIdentifiers,
      }),
    );
  }
}

/** A finished attempt as the first answer was: the payment, or the LFI's refusal again. */
function answered(entry: PaymentLogEntry): PaymentLogEntry {
  if (entry.state === 'Refused' && entry.refusal) throw new ApiError(entry.refusal.status, entry.refusal.code, entry.refusal.message);
  return entry;
}

/** The statuses a created file payment may have (AEPaymentIdResponse.data.status of Ozone Connect). */
const LFI_STATUSES: readonly PaymentStatus[] = ['Received', 'Pending', 'AcceptedSettlementCompleted', 'AcceptedCreditSettlementCompleted', 'AcceptedWithoutPosting', 'Rejected'];

/** The LFI must answer 201 with the payment's id and a status; anything else is its failure, not the TPP's. */
function paymentDataOf(answer: unknown): Record<string, unknown> & { id: string; status: PaymentStatus } {
  const data = (answer as { data?: Record<string, unknown> } | undefined)?.data;
  if (!data || typeof data.id !== 'string' || !data.id || !LFI_STATUSES.includes(data.status as PaymentStatus)) {
    throw new ApiError(500, 'GenericError', 'The LFI gave an unexpected answer.');
  }
  return data as Record<string, unknown> & { id: string; status: PaymentStatus };
}

function currencyOf(consent: ConsentRecord): string {
  const request = consent.consentBody.Data.CurrencyRequest as { CurrencyOfTransfer?: unknown } | undefined;
  return typeof request?.CurrencyOfTransfer === 'string' ? request.CurrencyOfTransfer : DEFAULT_CURRENCY;
}
