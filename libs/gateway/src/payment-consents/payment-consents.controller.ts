import { asApi, ConsentService, ConsentType, tppConsentResource } from '@hub/consent';
import { applyTppConsentPatch } from '../consent-resources/apply-tpp-consent-patch';
import type { ConsentRecord } from '@hub/ozone-connect';
import { ApiError, InjectConfig, SandboxConfig, Tenant, TenantConfig, TenantPipe, tenantUrls } from '@hub/kernel';
import { Caller, CallerIdentity, ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Controller, Get, Header, Headers, HttpCode, Param, Patch, Req, UseFilters, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { BearerAccess } from '../access/bearer-access';
import { parsePatchConsent } from '../consent-resources/patch-consent-body';
import { TppMessages } from '../service-initiation/signed-message';
import { HubResponseSigner } from './hub-response-signer';
import { SignedErrorsFilter } from './signed-errors.filter';

/** The client-credentials scope of the Bank Service Initiation operations. */
const SCOPE = 'payments';

/**
 * Bank Service Initiation v2.1: the TPP reads its payment consent, revokes it and changes its
 * webhook Subscription. Unlike the data-sharing consent resources, every body here is a signed
 * JWT: the TPP signs its PATCH, the hub signs the resource and the errors with the LFI's hub key.
 * Only the TPP's own payment consents exist for it; anything else is 404 without body.
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
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  @Get(':ConsentId')
  @Header('content-type', 'application/jwt')
  @RequireCaller({ kinds: ['tpp'], roles: ['BSIP'] })
  @ApiOperation({ summary: 'Bank Service Initiation v2.1: read a payment consent (client credentials, scope payments), signed by the hub' })
  @ApiOkResponse({ description: 'AEPaymentConsentResponseSigned (application/jwt)' })
  async paymentConsent(@Param('tenant', TenantPipe) tenant: Tenant, @Param('ConsentId') id: string, @Headers('authorization') authorization: string | undefined, @Caller() caller: CallerIdentity): Promise<string> {
    const access = await this.access.verify(tenant.id, authorization, caller, SCOPE);
    const record = await this.own(tenant, access.clientId, id);
    const resource = tppConsentResource(record, { resourceServerUrl: this.urls(tenant).resourceServerUrl });
    return this.signer.sign(tenant.id, resource, access.clientId);
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

  private urls(tenant: Tenant) {
    return tenantUrls(this.config, tenant as TenantConfig);
  }

  /** The TPP's payment consent; another type under the same id is as unknown as no consent. */
  private async own(tenant: Tenant, clientId: string, id: string): Promise<ConsentRecord> {
    const record = await asApi(() => this.consents.get(tenant.id, id, { tppClientId: clientId }));
    if (record.consentType !== ConsentType.ServiceInitiation) throw ApiError.notFound(`No payment consent ${id} of this TPP here`);
    return record;
  }

}
