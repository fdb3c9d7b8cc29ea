import { describePeerCertificate, HealthCheckCertResponse, Tenant, TenantPipe } from '@hub/kernel';
import { ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Controller, Get, Param, Req, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';

/** Consent Manager `GET /hello-mtls` (api-hub v2.1.x): only the LFI of this tenant may call it. */
@ApiTags('consent-manager')
@Controller(':tenant/cm')
@UseGuards(ClientCertificateGuard)
export class ConsentManagerHealthController {
  @Get('hello-mtls')
  @RequireCaller({ kinds: ['lfi'] })
  @ApiOperation({ summary: 'Connectivity and mTLS check, echoing the client certificate the hub received' })
  @ApiParam({ name: 'tenant', description: 'LFI tenant id' })
  @ApiOkResponse({ description: 'HealthCheckCertResponse' })
  helloMtls(@Param('tenant', TenantPipe) _tenant: Tenant, @Req() req: Request): HealthCheckCertResponse {
    return describePeerCertificate(req);
  }
}
