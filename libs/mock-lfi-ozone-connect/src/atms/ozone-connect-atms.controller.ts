import { ApiError } from '@hub/kernel';
import { LFI_PROFILE, lfiAtms, type LfiProfile } from '@hub/mock-lfi-data';
import type { OzoneAtmsResponse } from '@hub/ozone-connect';
import { applyDecorators, Controller, Get, Inject, Param, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AUTH } from '../bank-data/api-docs';
import { HubClientGuard } from '../guards/hub-client-guard';
import { HubJwtAuthGuard } from '../guards/hub-jwt-auth.guard';
import { O3ServiceHeadersGuard, REQUIRED_SERVICE_O3_HEADERS } from '../guards/o3-headers.guard';

/**
 * Ozone Connect Bank Open Data v2.1 (`GET /atm`, ReadAtmData_read): the bank's ATM network,
 * drawn from the sandbox seed (`lfiAtms`). Open data: o3 headers without a consent, nothing of a
 * PSU. Insurers have no ATMs (404, like an unknown path).
 */
@ApiTags('ozone-connect open data')
@ApiParam({ name: 'tenant', description: 'LFI tenant id (a bank)' })
@UseGuards(HubClientGuard, HubJwtAuthGuard, O3ServiceHeadersGuard)
@Controller(':tenant/ozone-connect/atm')
export class OzoneConnectAtmsController {
  private readonly networks = new Map<string, OzoneAtmsResponse>();

  constructor(@Inject(LFI_PROFILE) private readonly profile: LfiProfile) {}

  @Get()
  @ApiOperation({ summary: 'The bank\'s ATMs across the seven Emirates (ReadAtmData_read)', description: AUTH })
  @applyDecorators(...REQUIRED_SERVICE_O3_HEADERS.map((name) => ApiHeader({ name, required: true })))
  @ApiOkResponse({ description: '{data: AEReadAtmsData1, meta: {LastUpdatedDateTime, TotalRecords}}' })
  @ApiBadRequestResponse({ description: 'A missing o3 header, or o3-provider-id of another LFI' })
  @ApiUnauthorizedResponse({ description: 'No hub client certificate, or JWT auth missing or invalid' })
  @ApiNotFoundResponse({ description: 'The tenant is an insurer' })
  atms(@Param('tenant') tenantId: string): OzoneAtmsResponse {
    const tenant = this.profile.tenants.find((t) => t.id === tenantId);
    if (tenant?.sector !== 'banking') throw ApiError.notFound(`No ATMs at '${tenantId}'`);
    let network = this.networks.get(tenant.id);
    if (!network) {
      network = lfiAtms({ id: tenant.id, name: tenant.name }, this.profile.seed);
      this.networks.set(tenant.id, network);
    }
    return network;
  }
}
