import { asApi, ConsentService, tppConsentResource, TppConsentResource } from '@hub/consent';
import { applyTppConsentPatch } from './apply-tpp-consent-patch';
import type { ConsentRecord } from '@hub/ozone-connect';
import { ApiError, InjectConfig, SandboxConfig, Tenant, TenantConfig, TenantPipe, tenantUrls } from '@hub/kernel';
import { Caller, CallerIdentity, ClientCertificateGuard, RequireCaller, TrustDirectory } from '@hub/trust-framework';
import { Controller, Get, Headers, HttpCode, Param, Patch, Query, Req, UseFilters, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import type { JSONWebKeySet } from 'jose';
import { BearerAccess } from '../access/bearer-access';
import { ConsentResourceErrorFilter } from './bodiless-errors.filter';
import { ACCOUNT_ACCESS, ConsentResourceFamily, INSURANCE } from './consent-resource-families';
import { parsePatchConsent } from './patch-consent-body';
import { readPatchBody } from './request-body';
import { verifySignedBody } from './signed-body';

/** The service pages its lists; a consent group is small, so the TPP gets it whole. */
const PAGE_SIZE = 100;

/**
 * The TPP-facing consent resources of Bank Data Sharing and Insurance: a TPP reads its consents
 * (one, or all of a BaseConsentId), revokes them and changes their webhook Subscription, with a client-credentials token of the
 * family's scope. Only the TPP's own consents exist for it; anything else is 404 without body.
 */
@ApiTags('consent resources')
@ApiParam({ name: 'tenant', description: 'LFI tenant id' })
@ApiUnauthorizedResponse({ description: 'No, unknown, expired or wrongly bound access token (no body)' })
@ApiForbiddenResponse({ description: 'AccessToken.InvalidScope' })
@ApiNotFoundResponse({ description: 'No such consent of this TPP at this LFI (no body)' })
@Controller(':tenant/rs/open-finance')
@UseGuards(ClientCertificateGuard)
@UseFilters(ConsentResourceErrorFilter)
export class TppConsentResourcesController {
  constructor(
    private readonly access: BearerAccess,
    private readonly consents: ConsentService,
    private readonly directory: TrustDirectory,
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  @Get('account-information/v2.1/account-access-consents')
  @RequireCaller({ kinds: ['tpp'], roles: ['BDSP'] })
  @ApiOperation({ summary: 'Bank Data Sharing v2.1: the consents of a baseConsentId (client credentials, scope accounts)' })
  @ApiOkResponse({ description: 'AEConsentsByBaseConsentIdResponse: an array of consent resources' })
  async accountAccessConsents(@Param('tenant', TenantPipe) tenant: Tenant, @Query('baseConsentId') base: unknown, @Headers('authorization') authorization: string | undefined, @Caller() caller: CallerIdentity): Promise<TppConsentResource[]> {
    const records = await this.group(tenant, authorization, caller, ACCOUNT_ACCESS, base);
    return records.map((r) => this.resource(tenant, r));
  }

  @Get('account-information/v2.1/account-access-consents/:ConsentId')
  @RequireCaller({ kinds: ['tpp'], roles: ['BDSP'] })
  @ApiOperation({ summary: 'Bank Data Sharing v2.1: read an account access consent (client credentials, scope accounts)' })
  @ApiOkResponse({ description: 'AEConsentResponse: Data, Subscription, Links, Meta' })
  async accountAccessConsent(@Param('tenant', TenantPipe) tenant: Tenant, @Param('ConsentId') id: string, @Headers('authorization') authorization: string | undefined, @Caller() caller: CallerIdentity): Promise<TppConsentResource> {
    const access = await this.access.verify(tenant.id, authorization, caller, ACCOUNT_ACCESS.scope);
    return this.resource(tenant, await this.own(tenant, access.clientId, ACCOUNT_ACCESS, id));
  }

  @Patch('account-information/v2.1/account-access-consents/:ConsentId')
  @HttpCode(204)
  @RequireCaller({ kinds: ['tpp'], roles: ['BDSP'] })
  @ApiOperation({ summary: 'Bank Data Sharing v2.1: revoke an account access consent and/or change its Subscription (AEPatchConsent as application/json or a PS256 application/jwt)' })
  @ApiNoContentResponse({ description: 'Revoked and/or Subscription changed' })
  @ApiBadRequestResponse({ description: 'Body.InvalidFormat, JWS.*, Consent.BusinessRuleViolation' })
  async patchAccountAccessConsent(@Param('tenant', TenantPipe) tenant: Tenant, @Param('ConsentId') id: string, @Req() req: Request, @Caller() caller: CallerIdentity): Promise<void> {
    await this.patch(tenant, req, caller, ACCOUNT_ACCESS, id);
  }

  @Get('insurance/v2.1/insurance-consents')
  @RequireCaller({ kinds: ['tpp'], roles: ['IDSP'] })
  @ApiOperation({ summary: 'Insurance v2.1: the consents of a BaseConsentId (client credentials, scope insurance)' })
  @ApiOkResponse({ description: 'AEReadInsuranceConsents1: Data[], Links, Meta.TotalPages' })
  async insuranceConsents(@Param('tenant', TenantPipe) tenant: Tenant, @Query('BaseConsentId') base: unknown, @Headers('authorization') authorization: string | undefined, @Caller() caller: CallerIdentity) {
    const records = await this.group(tenant, authorization, caller, INSURANCE, base);
    const self = `${tenantUrls(this.config, tenant as TenantConfig).resourceServerUrl}/open-finance/insurance/v2.1/insurance-consents?BaseConsentId=${encodeURIComponent(String(base))}`;
    // The whole group is one page (see PAGE_SIZE), hence TotalPages 1.
    return { Data: records.map((r) => this.resource(tenant, r).Data), Links: { Self: self }, Meta: { TotalPages: 1 } };
  }

  @Get('insurance/v2.1/insurance-consents/:ConsentId')
  @RequireCaller({ kinds: ['tpp'], roles: ['IDSP'] })
  @ApiOperation({ summary: 'Insurance v2.1: read an insurance consent (client credentials, scope insurance)' })
  @ApiOkResponse({ description: 'AEReadInsuranceConsent1' })
  async insuranceConsent(@Param('tenant', TenantPipe) tenant: Tenant, @Param('ConsentId') id: string, @Headers('authorization') authorization: string | undefined, @Caller() caller: CallerIdentity): Promise<TppConsentResource> {
    const access = await this.access.verify(tenant.id, authorization, caller, INSURANCE.scope);
    return this.resource(tenant, await this.own(tenant, access.clientId, INSURANCE, id));
  }

  @Patch('insurance/v2.1/insurance-consents/:ConsentId')
  @HttpCode(204)
  @RequireCaller({ kinds: ['tpp'], roles: ['IDSP'] })
  @ApiOperation({ summary: 'Insurance v2.1: revoke an insurance consent and/or change its Subscription (AEUpdateConsent1 as application/json or a PS256 application/jwt)' })
  @ApiNoContentResponse({ description: 'Revoked and/or Subscription changed' })
  @ApiBadRequestResponse({ description: 'Body.InvalidFormat, JWS.*, Consent.BusinessRuleViolation' })
  async patchInsuranceConsent(@Param('tenant', TenantPipe) tenant: Tenant, @Param('ConsentId') id: string, @Req() req: Request, @Caller() caller: CallerIdentity): Promise<void> {
    await this.patch(tenant, req, caller, INSURANCE, id);
  }

  private resource(tenant: Tenant, record: ConsentRecord): TppConsentResource {
    return tppConsentResource(record, { resourceServerUrl: tenantUrls(this.config, tenant as TenantConfig).resourceServerUrl });
  }

  /** The TPP's consent of this family; another type under the same id is as unknown as no consent. */
  private async own(tenant: Tenant, clientId: string, family: ConsentResourceFamily, id: string): Promise<ConsentRecord> {
    const record = await asApi(() => this.consents.get(tenant.id, id, { tppClientId: clientId }));
    if (record.consentType !== family.consentType) throw ApiError.notFound(`No ${family.consentType} consent ${id} of this TPP here`);
    return record;
  }

  /**
   * Every consent of the TPP in the group of the base consent. The base is looked up first, so an
   * unknown (or another TPP's) BaseConsentId is 404 like an unknown ConsentId, and a BaseConsentId
   * that is itself a renewal still finds its whole group.
   */
  private async group(tenant: Tenant, authorization: string | undefined, caller: CallerIdentity, family: ConsentResourceFamily, base: unknown): Promise<ConsentRecord[]> {
    const access = await this.access.verify(tenant.id, authorization, caller, family.scope);
    const name = family.baseConsentIdParameter;
    if (typeof base !== 'string' || base.length === 0 || base.length > 128) {
      throw new ApiError(400, 'Resource.InvalidFormat', `the query parameter ${name} is required (1 to 128 characters, once)`, name);
    }
    const root = await this.own(tenant, access.clientId, family, base);
    const records: ConsentRecord[] = [];
    for (let page = 1; ; page++) {
      const q = { consentGroupId: root.consentGroupId, tppClientId: access.clientId, consentType: family.consentType, page, pageSize: PAGE_SIZE };
      const { records: batch, totalRecords } = await asApi(() => this.consents.list(tenant.id, q));
      records.push(...batch);
      if (batch.length === 0 || records.length >= totalRecords) return records;
    }
  }

  private async patch(tenant: Tenant, req: Request, caller: CallerIdentity, family: ConsentResourceFamily, id: string): Promise<void> {
    const access = await this.access.verify(tenant.id, req.headers.authorization, caller, family.scope);
    const message = await this.patchMessage(tenant, req, caller);
    const change = parsePatchConsent(message, { dataRequired: family.patchDataRequired });
    await this.own(tenant, access.clientId, family, id);
    await applyTppConsentPatch(this.consents, tenant.id, id, change, message, access.clientId, caller, req);
  }

  /** The AEPatchConsent itself: the JSON body, or the `message` of a signed body verified with the TPP's keys. */
  private async patchMessage(tenant: Tenant, req: Request, caller: CallerIdentity): Promise<unknown> {
    const body = await readPatchBody(req);
    if (body.kind === 'json') return body.body;
    const jwks = this.directory.applicationJwks(caller.organisationId, caller.softwareStatementId);
    if (!jwks) throw ApiError.badRequest('no signing keys of this TPP are registered', undefined, 'JWS.InvalidSignature');
    const urls = tenantUrls(this.config, tenant as TenantConfig);
    return verifySignedBody(body.jws, { clientId: caller.clientId, jwks: jwks as JSONWebKeySet, audiences: [urls.issuer, urls.resourceServerUrl, urls.base] });
  }
}
