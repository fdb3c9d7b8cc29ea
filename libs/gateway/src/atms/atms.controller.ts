import { ApiError, Tenant, TenantPipe } from '@hub/kernel';
import type { OzoneAtmsResponse } from '@hub/ozone-connect';
import { Caller, CallerIdentity, ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Controller, Get, Param, Req, UseFilters, UseGuards } from '@nestjs/common';
import { ApiForbiddenResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { ServiceCalls, type ServiceOperation } from '../service-initiation/service-calls';
import { ServiceErrorsFilter } from '../service-initiation/service-errors.filter';
import { atmsOf } from './atm-mapping';

const READ_ATMS: ServiceOperation = { scope: 'atm', sectors: ['banking'], tppPath: '/open-finance/atm/v2.1/atms', method: 'GET' };

/**
 * ATM v2.1 (`GET /atms`, the document's security: a client-credentials token with scope `atm`):
 * the bank's ATM network from its Ozone Connect Bank Open Data (`GET /atm`), in the standard's
 * shape. Insurers have no ATMs (404).
 */
@ApiTags('atm')
@ApiParam({ name: 'tenant', description: 'LFI tenant id (a bank)' })
@ApiHeader({ name: 'authorization', required: true, description: 'Bearer client-credentials access token with scope atm' })
@ApiUnauthorizedResponse({ description: 'No, unknown, expired or wrongly bound access token (no body)' })
@ApiForbiddenResponse({ description: 'AccessToken.InvalidScope' })
@ApiNotFoundResponse({ description: 'The tenant is an insurer: no ATMs (no body)' })
@ApiTooManyRequestsResponse({ description: 'The TPP\'s rate limit at this LFI (Retry-After)' })
@Controller(':tenant/rs/open-finance/atm/v2.1/atms')
@UseGuards(ClientCertificateGuard)
@RequireCaller({ kinds: ['tpp'] })
@UseFilters(ServiceErrorsFilter)
export class AtmsController {
  constructor(private readonly calls: ServiceCalls) {}

  @Get()
  @ApiOperation({ summary: 'The LFI\'s ATMs: location, services, accessibility, opening hours, fees (getAtms)' })
  @ApiOkResponse({ description: 'AEReadAtms1: {Data: [ATM], Meta: {LastUpdatedDateTime, TotalRecords}}' })
  async atms(@Param('tenant', TenantPipe) tenant: Tenant, @Req() req: Request, @Caller() caller: CallerIdentity) {
    await this.calls.admit(tenant, req, caller, READ_ATMS);
    const answer = await this.calls.forward(tenant, req, caller, READ_ATMS, '/atm');
    return atmsOf(ocAtmsOf(answer.body));
  }
}

/** The LFI must answer with its list and meta; anything else is the LFI's failure, not the TPP's. */
function ocAtmsOf(body: unknown): OzoneAtmsResponse {
  const b = body as { data?: unknown; meta?: { LastUpdatedDateTime?: unknown } } | undefined;
  if (!Array.isArray(b?.data) || typeof b?.meta?.LastUpdatedDateTime !== 'string') throw new ApiError(500, 'GenericError', 'The LFI gave an unexpected answer.');
  return body as OzoneAtmsResponse;
}
