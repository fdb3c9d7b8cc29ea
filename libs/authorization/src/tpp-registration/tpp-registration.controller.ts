import { ApiError, Tenant, TenantConfig, TenantPipe } from '@hub/kernel';
import { servesTenant } from '../authorization-server/client-policy';
import { Caller, CallerIdentity, ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNoContentResponse, ApiOperation, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { TppRegistrationService } from './tpp-registration.service';

/**
 * UAE TPP Onboarding API (api-hub v2.1.x): `POST /tpp-registration`, mTLS only, empty body; at the
 * document's server path and at the resource server's root, where discovery's
 * `registration_endpoint` and the official Postman collections call it.
 */
@ApiTags('TPP Onboarding')
@Controller([':tenant/rs/tpp-registration', ':tenant/rs/open-finance/onboarding/v2.1/tpp-registration'])
@UseGuards(ClientCertificateGuard)
export class TppRegistrationController {
  constructor(private readonly service: TppRegistrationService) {}

  @Post()
  @HttpCode(204)
  @RequireCaller({ kinds: ['tpp'] })
  @ApiOperation({ summary: 'Onboard the calling TPP application (identified by its transport certificate) with this LFI.' })
  @ApiParam({ name: 'tenant', description: 'LFI tenant id, e.g. falcon-bank' })
  @ApiNoContentResponse({ description: 'The TPP is onboarded with this LFI' })
  @ApiUnauthorizedResponse({ description: 'No client certificate, or one the trust framework did not issue' })
  @ApiForbiddenResponse({ description: 'The certificate is not a TPP application certificate, or the application holds no role this LFI serves' })
  async register(@Param('tenant', TenantPipe) tenant: Tenant, @Caller() caller: CallerIdentity): Promise<void> {
    if (caller.kind !== 'tpp') return; // the guard already refused every other kind
    if (!servesTenant(tenant as TenantConfig, caller.roles)) {
      throw ApiError.forbidden(`${tenant.name} serves ${tenant.sector}: the application's roles (${caller.roles.join(', ')}) include none it serves`);
    }
    await this.service.register(tenant.id, caller);
  }
}
