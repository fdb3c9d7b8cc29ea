import { asApi, ConsentService, ConsentType, tppConsentResource, type TppConsentResource } from '@hub/consent';
import { applyTppConsentPatch } from '../consent-resources/apply-tpp-consent-patch';
import type { ConsentRecord } from '@hub/ozone-connect';
import { ApiError, InjectConfig, SandboxConfig, Tenant, TenantConfig, TenantPipe, tenantUrls } from '@hub/kernel';
import { PaymentLog } from '@hub/payments';
import { Caller, CallerIdentity, ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Controller, Get, Header, Headers, HttpCode, Param, Patch, Query, Req, UseFilters, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiQuery,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { BearerAccess } from '../access/bearer-access';
import { parsePatchConsent } from '../consent-resources/patch-consent-body';
import { PaymentLfi } from '../payments/payment-lfi';
import { PAYMENT_API, paymentUrls, refundResponse, type PaymentUrls } from '../payments/payment-mapping';
import { o3ContextOf } from '../request/o3-context';
import { checkFapiHeaders } from '../request/request-headers';
import { TppMessages } from '../service-initiation/signed-message';
import { HubResponseSigner } from './hub-response-signer';
import { SignedErrorsFilter } from './signed-errors.filter';

/** The client-credentials scope of the Bank Service Initiation operations. */
const SCOPE = 'payments';
/** The consent service pages its lists; a consent group is small, so the TPP gets it whole. */
const PAGE_SIZE = 100;
/** The permission that lets the TPP read where a payment can be refunded to. */
const READ_REFUND_ACCOUNT = 'ReadRefundAccount';

/**
 * Bank Service Initiation v2.1: the TPP reads its payment consents (one, or all of a
 * baseConsentId) with what their payments consumed, revokes them and changes their webhook
 * Subscription, and reads the refund account of a consent that allows it. Unlike the data-sharing
 * consent resources, every body here is a signed JWT: the TPP signs its PATCH, the hub signs the
 * resource and the errors with the LFI's hub key. Only the TPP's own payment consents exist for
 * it; anything else is 404 without body.
 */
@ApiTags('consent resources')
@ApiParam({ name: 'tenant', description: 'LFI tenant id' })
@ApiUnauthorizedResponse({ description: 'No, unknown, expired or wrongly bound access token (no body)' })
@ApiForbiddenResponse({ description: 'AccessToken.InvalidScope (signed application/jwt)' })
@ApiNotFoundResponse({ description: 'No such payment consent of this TPP at this LFI (no body)' })
@Controller(':tenant/rs/open-finance/payment/v2.1/payment-consents')
@UseGuards(ClientCertificateGuard)
@UseFilters(SignedErrorsFilter)
export class PaymentConsentsController {
  constructor(
    private readonly access: BearerAccess,
    private readonly consents: ConsentService,
    private readonly messages: TppMessages,
    private readonly signer: HubResponseSigner,
    private readonly payments: PaymentLog,
    private readonly lfi: PaymentLfi,
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  @Get()
  @Header('content-type', 'application/jwt')
  @RequireCaller({ kinds: ['tpp'], roles: ['BSIP'] })
  @ApiOperation({ summary: 'Bank Service Initiation v2.1: the payment consents of a baseConsentId (client credentials, scope payments), signed by the hub' })
  @ApiQuery({ name: 'baseConsentId', required: true, description: 'The BaseConsentId of the group (the hub requires it: the document has no other filter)' })
  @ApiOkResponse({ description: 'AEPaymentConsentsByBaseConsentIdResponseSigned: an array of payment consent resources (application/jwt)' })
  @ApiBadRequestResponse({ description: 'Resource.InvalidFormat: no baseConsentId (signed application/jwt)' })
  async paymentConsentsOfGroup(@Param('tenant', TenantPipe) tenant: Tenant, @Query('baseConsentId') base: unknown, @Headers('authorization') authorization: string | undefined, @Caller() caller: CallerIdentity): Promise<string> {
    const access = await this.access.verify(tenant.id, authorization, caller, SCOPE);
    if (typeof base !== 'string' || base.length === 0 || base.length > 128) {
      throw new ApiError(400, 'Resource.InvalidFormat', 'the query parameter baseConsentId is required (1 to 128 characters, once)', 'baseConsentId');
    }
    // An unknown (or another TPP's) base is 404 like an unknown ConsentId; a renewal finds its whole group.
    const root = await this.own(tenant, access.clientId, base);
    const records = await this.group(tenant, access.clientId, root.consentGroupId);
    const resources = await Promise.all(records.map((r) => this.resource(tenant, r)));
    return this.signer.sign(tenant.id, resources, access.clientId);
  }

  @Get(':ConsentId/refund')
  @Header('content-type', 'application/jwt')
  @RequireCaller({ kinds: ['tpp'], roles: ['BSIP'] })
  @ApiOperation({ summary: 'Bank Service Initiation v2.1: the account a payment of the consent can be refunded to (client credentials, scope payments; the consent must have ReadRefundAccount)' })
  @ApiProduces('application/jwt')
  @ApiOkResponse({ description: 'AEPaymentConsentRefundResponseSigned (application/jwt)' })
  @ApiForbiddenResponse({ description: 'AccessToken.InvalidScope: the consent lacks ReadRefundAccount (signed application/jwt)' })
  async refund(@Param('tenant', TenantPipe) tenant: Tenant, @Param('ConsentId') id: string, @Req() req: Request, @Caller() caller: CallerIdentity): Promise<string> {
    const access = await this.access.verify(tenant.id, req.headers.authorization, caller, SCOPE);
    checkFapiHeaders(req.headers);
    const record = await this.own(tenant, access.clientId, id);
    const permissions = record.consentBody.Data.Permissions;
    if (!Array.isArray(permissions) || !permissions.includes(READ_REFUND_ACCOUNT)) {
      throw new ApiError(403, 'AccessToken.InvalidScope', `the consent lacks the permission ${READ_REFUND_ACCOUNT}`);
    }
    const o3 = o3ContextOf(req, caller, { apiUri: `${PAYMENT_API}/payment-consents/{ConsentId}/refund`, method: 'GET' }, { consentId: record.id, psuIdentifiers: record.psuIdentifiers });
    const answer = await this.lfi.refund(tenant.id, record.id, { ...o3, consentId: record.id });
    const urls = this.paymentUrls(tenant);
    const baseConsentId = record.consentBody.Data.BaseConsentId;
    const body = refundResponse(answer, { consentId: record.id, baseConsentId: typeof baseConsentId === 'string' ? baseConsentId : undefined, relatedPayments: await this.relatedPayments(tenant, record.id, urls) }, urls);
    if (!body) throw new ApiError(500, 'GenericError', 'The LFI gave an unexpected answer.');
    return this.signer.sign(tenant.id, body, access.clientId);
  }

  @Get(':ConsentId')
  @Header('content-type', 'application/jwt')
  @RequireCaller({ kinds: ['tpp'], roles: ['BSIP'] })
  @ApiOperation({ summary: 'Bank Service Initiation v2.1: read a payment consent (client credentials, scope payments), signed by the hub' })
  @ApiOkResponse({ description: 'AEPaymentConsentResponseSigned (application/jwt)' })
  async paymentConsent(@Param('tenant', TenantPipe) tenant: Tenant, @Param('ConsentId') id: string, @Headers('authorization') authorization: string | undefined, @Caller() caller: CallerIdentity): Promise<string> {
    const access = await this.access.verify(tenant.id, authorization, caller, SCOPE);
    const record = await this.own(tenant, access.clientId, id);
    return this.signer.sign(tenant.id, await this.resource(tenant, record), access.clientId);
  }

  @Patch(':ConsentId')
  @HttpCode(204)
  @RequireCaller({ kinds: ['tpp'], roles: ['BSIP'] })
  @ApiOperation({ summary: 'Bank Service Initiation v2.1: revoke a payment consent and/or change its Subscription (AEPatchPaymentConsentSigned, PS256 application/jwt)' })
  @ApiNoContentResponse({ description: 'Revoked and/or Subscription changed' })
  @ApiBadRequestResponse({ description: 'Body.InvalidFormat, JWS.*, Consent.BusinessRuleViolation (signed application/jwt)' })
  async patchPaymentConsent(@Param('tenant', TenantPipe) tenant: Tenant, @Param('ConsentId') id: string, @Req() req: Request, @Caller() caller: CallerIdentity): Promise<void> {
    const access = await this.access.verify(tenant.id, req.headers.authorization, caller, SCOPE);
    // Another TPP's consent is 404 whatever the body: its existence is not told by a body error.
    await this.own(tenant, access.clientId, id);
    // The document's only request media type is application/jwt: a JSON body is 415 like any other.
    const message = await this.messages.read(req, caller, tenant, { jsonAllowed: false });
    // AEPatchPaymentConsent has the accounts shape: Data and Subscription both optional.
    const change = parsePatchConsent(message, { dataRequired: false });
    await applyTppConsentPatch(this.consents, tenant.id, id, change, message, access.clientId, caller, req);
  }

  /** The consent with what its payments consumed and links to them, from the payment log. */
  private async resource(tenant: Tenant, record: ConsentRecord): Promise<TppConsentResource> {
    const resourceServerUrl = tenantUrls(this.config, tenant as TenantConfig).resourceServerUrl;
    const [paymentConsumption, relatedPayments] = await Promise.all([
      this.payments.consumption(tenant.id, record.id, record.consentBody.Data.ControlParameters),
      this.relatedPayments(tenant, record.id, paymentUrls(resourceServerUrl)),
    ]);
    return tppConsentResource(record, { resourceServerUrl, paymentConsumption, relatedPayments });
  }

  /** AERelatedPayment: the payment resources the LFI made under the consent (not the refused or unanswered attempts). */
  private async relatedPayments(tenant: Tenant, consentId: string, urls: PaymentUrls): Promise<string[]> {
    const entries = await this.payments.listForConsent(tenant.id, consentId);
    return entries.flatMap((e) => (e.paymentId ? [e.paymentType === 'cbuae-file-payment' ? urls.filePayment(e.paymentId) : urls.payment(e.paymentId)] : []));
  }

  private paymentUrls(tenant: Tenant): PaymentUrls {
    return paymentUrls(tenantUrls(this.config, tenant as TenantConfig).resourceServerUrl);
  }

  /** Every payment consent of the TPP in the group. */
  private async group(tenant: Tenant, clientId: string, consentGroupId: string): Promise<ConsentRecord[]> {
    const records: ConsentRecord[] = [];
    for (let page = 1; ; page++) {
      const q = { consentGroupId, tppClientId: clientId, consentType: ConsentType.ServiceInitiation, page, pageSize: PAGE_SIZE };
      const { records: batch, totalRecords } = await asApi(() => this.consents.list(tenant.id, q));
      records.push(...batch);
      if (batch.length === 0 || records.length >= totalRecords) return records;
    }
  }

  /** The TPP's payment consent; another type under the same id is as unknown as no consent. */
  private async own(tenant: Tenant, clientId: string, id: string): Promise<ConsentRecord> {
    const record = await asApi(() => this.consents.get(tenant.id, id, { tppClientId: clientId }));
    if (record.consentType !== ConsentType.ServiceInitiation) throw ApiError.notFound(`No payment consent ${id} of this TPP here`);
    return record;
  }

}
