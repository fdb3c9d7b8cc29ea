import { asApi, ConsentService, tppConsentResource, TppConsentResource } from '@hub/consent';
import { ApiError, InjectConfig, SandboxConfig, Tenant, TenantConfig, TenantPipe, tenantUrls } from '@hub/kernel';
import { Caller, CallerIdentity, ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Controller, Get, Headers, Param, UseGuards } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { BearerAccess } from '../access/bearer-access';

/**
 * The TPP-facing consent resources (read side): a TPP reads its own consent with a
 * client-credentials token of the family's scope. Only the TPP's own consents are visible.
 */
@ApiTags('consent resources')
@ApiParam({ name: 'tenant', description: 'LFI tenant id' })
@ApiUnauthorizedResponse({ description: 'No, unknown, expired or wrongly bound access token (no body)' })
@ApiForbiddenResponse({ description: 'AccessToken.InvalidScope' })
@ApiNotFoundResponse({ description: 'No such consent of this TPP at this LFI' })
@Controller(':tenant/rs/open-finance')
@UseGuards(ClientCertificateGuard)
export class TppConsentResourcesController {
  constructor(
    private readonly access: BearerAccess,
    private readonly consents: ConsentService,
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  private async read(tenant: Tenant, authorization: string | undefined, caller: CallerIdentity, scope: string, consentId: string, consentType: string): Promise<TppConsentResource> {
    const access = await this.access.verify(tenant.id, authorization, caller, scope);
    const record = await asApi(() => this.consents.get(tenant.id, consentId, { tppClientId: access.clientId }));
    if (record.consentType !== consentType) throw ApiError.notFound(`No ${consentType} consent ${consentId} of this TPP here`);
    return tppConsentResource(record, { resourceServerUrl: tenantUrls(this.config, tenant as TenantConfig).resourceServerUrl });
  }

  @Get('account-information/v2.1/account-access-consents/:ConsentId')
  @RequireCaller({ kinds: ['tpp'], roles: ['BDSP'] })
  @ApiOperation({ summary: 'Bank Data Sharing v2.1: read an account access consent (client credentials, scope accounts)' })
  @ApiOkResponse({ description: 'AEConsentResponse: Data, Subscription, Links, Meta' })
  accountAccessConsent(@Param('tenant', TenantPipe) tenant: Tenant, @Param('ConsentId') id: string, @Headers('authorization') authorization: string | undefined, @Caller() caller: CallerIdentity): Promise<TppConsentResource> {
    return this.read(tenant, authorization, caller, 'accounts', id, 'cbuae-account-access-consents');
  }

  @Get('insurance/v2.1/insurance-consents/:ConsentId')
  @RequireCaller({ kinds: ['tpp'], roles: ['IDSP'] })
  @ApiOperation({ summary: 'Insurance v2.1: read an insurance consent (client credentials, scope insurance)' })
  @ApiOkResponse({ description: 'AEReadInsuranceConsent1' })
  insuranceConsent(@Param('tenant', TenantPipe) tenant: Tenant, @Param('ConsentId') id: string, @Headers('authorization') authorization: string | undefined, @Caller() caller: CallerIdentity): Promise<TppConsentResource> {
    return this.read(tenant, authorization, caller, 'insurance', id, 'cbuae-insurance-consents');
  }
}
