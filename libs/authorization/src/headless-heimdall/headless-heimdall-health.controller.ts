import { describePeerCertificate, HealthCheckCertResponse, Tenant, TenantPipe } from '@hub/kernel';
import { ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Controller, Get, Param, Req, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';

/** Headless Heimdall `GET /hello-mtls`: an LFI checks its client certificate against its tenant. */
@ApiTags('headless-heimdall')
@Controller(':tenant/hh')
@UseGuards(ClientCertificateGuard)
export class HeadlessHeimdallHealthController {
  @Get('hello-mtls')
  @RequireCaller({ kinds: ['lfi'] })
  @ApiOperation({ summary: 'Connectivity and mTLS check for the LFI of this tenant' })
  @ApiParam({ name: 'tenant', description: 'LFI tenant id' })
  @ApiOkResponse({ description: 'HealthCheckCertResponse' })
  helloMtls(@Param('tenant', TenantPipe) _tenant: Tenant, @Req() req: Request): HealthCheckCertResponse {
    return describePeerCertificate(req);
  }
}
