import { asApi, ConsentService, ConsentType } from '@hub/consent';
import { ApiError, InjectConfig, interactionIdOf, SandboxConfig, type Tenant, type TenantConfig, tenantUrls } from '@hub/kernel';
import type { ConsentRecord, O3Context } from '@hub/ozone-connect';
import { PAYMENT_API, PaymentLog, paymentUrls, type PaymentUrls } from '@hub/payments';
import { PaymentRequestDto, type AEPaymentRequest } from '@hub/standards';
import type { CallerIdentity } from '@hub/trust-framework';
import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { BearerAccess } from '../access/bearer-access';
import { TppRateLimiter } from '../rate-limit/tpp-rate-limiter';
import { o3ContextOf } from '../request/o3-context';
import { checkFapiHeaders } from '../request/request-headers';
import { TppMessages } from '../service-initiation/signed-message';
import { validateMessage } from '../service-initiation/validate-message';
import { assertRetryOfPaymentMade, consentNotInForce } from './consent-in-force';
import { checkConsentIdHeader, idempotencyKeyOf } from './payment-headers';
import { paymentRequestHash } from './payment-request-hash';

/** The Bank Service Initiation scope, of client-credentials and authorization-code tokens alike. */
export const PAYMENTS_SCOPE = 'payments';

/** A POST /payments the hub has admitted: who asks, under which consent, for what, with which key. */
export interface PaymentCommand {
  tenantId: string;
  caller: CallerIdentity;
  consent: ConsentRecord;
  /** The verified and validated `message` of the signed body. */
  message: AEPaymentRequest;
  idempotencyKey: string;
  requestHash: string;
  /** What the LFI learns of the call: the o3 headers of a consented call. */
  o3: O3Context & { consentId: string };
  requestUrl: string;
  requestHeaders: Request['headers'];
  interactionId: string;
  urls: PaymentUrls;
}

/** Zero in the documents' amount form (`^\d{1,16}\.\d{2}$`), however many leading zeros. */
const ZERO_AMOUNT = /^0+\.00$/;

/**
 * Hub rule: a payment moves money. The documents' pattern admits 0.00, which would pay nothing
 * yet use up a SinglePayment or a payment of the consent's count limits; it is refused as the
 * malformed amount it is (400 Body.InvalidFormat), before the payment log or the LFI hear of it.
 */
export function assertMovesMoney(message: AEPaymentRequest): void {
  if (ZERO_AMOUNT.test(message.Data.Instruction.Amount.Amount)) {
    throw new ApiError(400, 'Body.InvalidFormat', 'Instruction.Amount.Amount must be more than 0.00: a payment moves money', 'Data.Instruction.Amount.Amount');
  }
}

/**
 * Steps 0-3 of POST /payments, each refusing with the standard's answer: rate; an access token of
 * the TPP with the payments scope, from the authorization-code grant of one of its service
 * initiation consents; the FAPI headers, x-idempotency-key and x-consent-id; the signed body
 * (signature, iss, aud, time claims) and its message against AEPaymentRequest, for the token's
 * consent, which must be in force (CONSENT_READ_RULE). Whether the consent allows this payment is
 * the payment log's rule (PaymentLog.begin).
 */
@Injectable()
export class PaymentAdmission {
  constructor(
    private readonly access: BearerAccess,
    private readonly consents: ConsentService,
    private readonly messages: TppMessages,
    private readonly limiter: TppRateLimiter,
    private readonly log: PaymentLog,
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  async admit(tenant: Tenant, req: Request, caller: CallerIdentity): Promise<PaymentCommand> {
    if (caller.kind === 'tpp') this.limiter.take(tenant.id, caller.clientId);
    const token = await this.access.verify(tenant.id, req.headers.authorization, caller, PAYMENTS_SCOPE);
    if (!token.consentId) throw new ApiError(403, 'AccessToken.InvalidScope', 'a payment needs a token from the authorization code grant of a payment consent');
    checkFapiHeaders(req.headers);
    const idempotencyKey = idempotencyKeyOf(req.headers);
    checkConsentIdHeader(req.headers, token.consentId);
    const consent = await asApi(() => this.consents.get(tenant.id, token.consentId!, { tppClientId: token.clientId }));
    if (consent.consentType !== ConsentType.ServiceInitiation) throw new ApiError(403, 'AccessToken.InvalidScope', 'a payment needs the token of a payment (service initiation) consent');
    // The token's authority is its consent's: one that ended (Consumed, Revoked, Expired) is 401
    // as for any resource call, a Suspended one 403 Consent.TransientAccountAccessFailure; except
    // the retry of the payment that used the consent up (below).
    const ended = consentNotInForce(consent);
    const message = validateMessage(PaymentRequestDto, await this.messages.read(req, caller, tenant, { jsonAllowed: false })) as unknown as AEPaymentRequest;
    if (message.Data.ConsentId !== consent.id) throw new ApiError(400, 'Consent.Invalid', 'Data.ConsentId is not the consent the access token was granted for', 'Data.ConsentId');
    assertMovesMoney(message);
    const requestHash = paymentRequestHash(message);
    await assertRetryOfPaymentMade(this.log, ended, { tenantId: tenant.id, clientId: token.clientId, paymentType: 'cbuae-payment', idempotencyKey, requestHash });
    const urls = paymentUrls(tenantUrls(this.config, tenant as TenantConfig).resourceServerUrl);
    return {
      tenantId: tenant.id,
      caller,
      consent,
      message,
      idempotencyKey,
      requestHash,
      o3: o3ContextOf(req, caller, { apiUri: `${PAYMENT_API}/payments`, method: 'POST' }, { consentId: consent.id, psuIdentifiers: consent.psuIdentifiers }) as O3Context & { consentId: string },
      requestUrl: urls.payments,
      requestHeaders: req.headers,
      interactionId: interactionIdOf(req),
      urls,
    };
  }
}
