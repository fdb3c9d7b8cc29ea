import { describePeerCertificate, HealthCheckCertResponse } from '@hub/kernel';
import { Controller, Get, Req, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { HubClientGuard } from '../guards/hub-client-guard';

type HealthCheck200Response = Omit<HealthCheckCertResponse, 'clientCertificate'> | { connectionEstablished: boolean; mtlsStatus: 'not-checked'; hostName: string };

/** Ozone Connect health-check API (ozone-connect v2.1.x): what the hub calls to see that the LFI is up. */
@ApiTags('ozone-connect health-check')
@ApiParam({ name: 'tenant', description: 'LFI tenant id' })
@Controller(':tenant/ozone-connect')
export class OzoneConnectHealthController {
  @Get('hello')
  @ApiOperation({ summary: 'Connectivity without a mutual TLS check' })
  @ApiOkResponse({ description: 'HealthCheck200Response' })
  hello(@Req() req: Request): HealthCheck200Response {
    return { connectionEstablished: true, mtlsStatus: 'not-checked', hostName: describePeerCertificate(req).hostName };
  }

  @Get('hello-mtls')
  @UseGuards(HubClientGuard)
  @ApiOperation({ summary: 'Connectivity including mutual TLS with the hub client certificate' })
  @ApiOkResponse({ description: 'HealthCheck200Response' })
  @ApiUnauthorizedResponse({ description: 'No or untrusted client certificate' })
  helloMtls(@Req() req: Request): HealthCheck200Response {
    const { clientCertificate: _omit, ...rest } = describePeerCertificate(req);
    return rest;
  }

  @Get('echo-cert')
  @UseGuards(HubClientGuard)
  @ApiOperation({ summary: 'The client certificate the LFI received' })
  @ApiOkResponse({ description: 'HealthCheckCertResponse' })
  echoCert(@Req() req: Request): HealthCheckCertResponse {
    return describePeerCertificate(req);
  }
}
