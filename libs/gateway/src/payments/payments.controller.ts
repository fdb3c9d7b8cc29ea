import { asApi } from '@hub/consent';
import { ApiError, InjectConfig, SandboxConfig, Tenant, TenantConfig, TenantPipe, tenantUrls } from '@hub/kernel';
import { PaymentLog } from '@hub/payments';
import { PaymentRequestDto } from '@hub/standards';
import { Caller, CallerIdentity, ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Controller, Get, Param, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiInternalServerErrorResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { BearerAccess, type VerifiedAccess } from '../access/bearer-access';
import { HubResponseSigner } from '../payment-consents/hub-response-signer';
import { SignedErrorsFilter } from '../payment-consents/signed-errors.filter';
import { TppRateLimiter } from '../rate-limit/tpp-rate-limiter';
import { o3ContextOf } from '../request/o3-context';
import { checkFapiHeaders } from '../request/request-headers';
import { PaymentAdmission, PAYMENTS_SCOPE } from './payment-admission';
import { idempotencyKeyOf } from './payment-headers';
import { factsOf, PaymentInitiation } from './payment-initiation';
import { createdPayment, PaymentLfi } from './payment-lfi';
import { idempotencyKeyQuery, PAYMENT_API, paymentIdResponse, paymentUrls } from './payment-mapping';

const IDEMPOTENCY_KEY_HEADER = { name: 'x-idempotency-key', required: true, description: '1 to 40 characters without whitespace; the same key with the same message returns the first answer' };

/**
 * Bank Service Initiation v2.1, the payments (single and multi-payment consents; file payments
 * are /file-payments): a TPP makes a payment under the consent its token was granted for, finds it
 * again by its idempotency key, and reads it as the LFI has it now. Bodies are signed JWTs both
 * ways; the payment log is the hub's record of every payment, and only the TPP's own exist for it.
 */
@ApiTags('payments')
@ApiParam({ name: 'tenant', description: 'LFI tenant id (a bank)' })
@ApiUnauthorizedResponse({ description: 'No, unknown, expired or wrongly bound access token (no body)' })
@ApiForbiddenResponse({ description: 'AccessToken.InvalidScope, Consent.* (signed application/jwt)' })
@ApiInternalServerErrorResponse({ description: 'GenericRecoverableError: the LFI did not answer; retry with the same x-idempotency-key (signed application/jwt)' })
@Controller(':tenant/rs/open-finance/payment/v2.1/payments')
@UseGuards(ClientCertificateGuard)
@RequireCaller({ kinds: ['tpp'], roles: ['BSIP'] })
@UseFilters(SignedErrorsFilter)
export class PaymentsController {
  constructor(
    private readonly admission: PaymentAdmission,
    private readonly initiation: PaymentInitiation,
    private readonly log: PaymentLog,
    private readonly lfi: PaymentLfi,
    private readonly access: BearerAccess,
    private readonly limiter: TppRateLimiter,
    private readonly signer: HubResponseSigner,
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a payment under the consent of the access token (authorization code grant, scope payments); AEPaymentRequestSigned' })
  @ApiConsumes('application/jwt')
  @ApiProduces('application/jwt')
  @ApiBody({ type: PaymentRequestDto, description: 'The `message` of the PS256-signed body (AEPaymentRequest)' })
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiHeader({ name: 'x-consent-id', required: false, description: 'When sent, the consent of the access token' })
  @ApiCreatedResponse({ description: 'AEPaymentIdResponseSigned, with Location and the x-idempotency-key echoed' })
  @ApiBadRequestResponse({ description: 'Resource.InvalidFormat (headers), Body.InvalidFormat, JWS.*, Consent.Invalid, Consent.FailsControlParameters, Consent.BusinessRuleViolation, or the LFI refusal (signed application/jwt)' })
  @ApiConflictResponse({ description: 'GenericError: this x-idempotency-key was used with another message (signed application/jwt)' })
  async create(@Param('tenant', TenantPipe) tenant: Tenant, @Req() req: Request, @Res() res: Response, @Caller() caller: CallerIdentity): Promise<void> {
    const command = await this.admission.admit(tenant, req, caller);
    const answer = await this.initiation.execute(command);
    res.setHeader('Location', answer.location);
    res.setHeader('x-idempotency-key', command.idempotencyKey);
    await this.send(res, tenant, 201, answer.body, caller.clientId);
  }

  @Get()
  @ApiOperation({ summary: 'Find the payment an x-idempotency-key created (client credentials, scope payments); AEIdempotencyKeyQuery' })
  @ApiProduces('application/jwt')
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiOkResponse({ description: 'AEIdempotencyKeyQuery: Links.Self is the payment (signed application/jwt)' })
  @ApiNotFoundResponse({ description: 'No payment of this TPP was made with this key (no body; the document lists no 404 here)' })
  async findByIdempotencyKey(@Param('tenant', TenantPipe) tenant: Tenant, @Req() req: Request, @Res() res: Response, @Caller() caller: CallerIdentity): Promise<void> {
    const access = await this.admitRead(tenant, req, caller);
    const key = idempotencyKeyOf(req.headers);
    const entry = await this.log.findByIdempotencyKey(tenant.id, access.clientId, 'cbuae-payment', key);
    // In flight (no answer from the LFI yet) or refused by it: no payment resource to point at.
    if (!entry?.paymentId) throw ApiError.notFound('no payment of this TPP was made with this x-idempotency-key');
    await this.send(res, tenant, 200, idempotencyKeyQuery(this.urls(tenant).payment(entry.paymentId)), access.clientId);
  }

  @Get(':PaymentId')
  @ApiOperation({ summary: 'Read a payment as the LFI has it now (client credentials, scope payments); AEPaymentIdResponseSigned' })
  @ApiProduces('application/jwt')
  @ApiParam({ name: 'PaymentId', description: 'The LFI id of the payment' })
  @ApiOkResponse({ description: 'AEPaymentIdResponseSigned' })
  @ApiNotFoundResponse({ description: 'No such payment of this TPP at this LFI (no body)' })
  async read(@Param('tenant', TenantPipe) tenant: Tenant, @Param('PaymentId') paymentId: string, @Req() req: Request, @Res() res: Response, @Caller() caller: CallerIdentity): Promise<void> {
    const access = await this.admitRead(tenant, req, caller);
    const entry = await asApi(() => this.log.own(tenant.id, paymentId, access.clientId));
    // A file payment is read at /file-payments/{PaymentId}.
    if (entry.paymentType !== 'cbuae-payment') throw ApiError.notFound(`no payment ${paymentId} of this TPP here`);
    const o3 = o3ContextOf(req, caller, { apiUri: `${PAYMENT_API}/payments/{PaymentId}`, method: 'GET' }, { consentId: entry.consentId, psuIdentifiers: entry.psuIdentifiers });
    const answer = await this.lfi.read(tenant.id, paymentId, { ...o3, consentId: entry.consentId });
    const payment = createdPayment(answer);
    if (!payment) throw new ApiError(500, 'GenericError', 'The LFI gave an unexpected answer.');
    await this.send(res, tenant, 200, paymentIdResponse(payment, factsOf(entry), this.urls(tenant)), access.clientId);
  }

  /** The reads: rate, a token of the TPP with the payments scope, the FAPI headers. */
  private async admitRead(tenant: Tenant, req: Request, caller: CallerIdentity): Promise<VerifiedAccess> {
    if (caller.kind === 'tpp') this.limiter.take(tenant.id, caller.clientId);
    const access = await this.access.verify(tenant.id, req.headers.authorization, caller, PAYMENTS_SCOPE);
    checkFapiHeaders(req.headers);
    return access;
  }

  private async send(res: Response, tenant: Tenant, status: number, body: unknown, clientId: string): Promise<void> {
    res.status(status).type('application/jwt').send(await this.signer.sign(tenant.id, body, clientId));
  }

  private urls(tenant: Tenant) {
    return paymentUrls(tenantUrls(this.config, tenant as TenantConfig).resourceServerUrl);
  }
}
