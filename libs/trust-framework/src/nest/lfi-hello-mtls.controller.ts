import { describePeerCertificate, HealthCheckCertResponse, Tenant, TenantPipe } from '@hub/kernel';
import { Controller, Get, Param, Req, Type, UseGuards } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { ClientCertificateGuard } from '../caller/client-certificate.guard';
import { RequireCaller } from '../caller/require-caller.decorator';

/**
 * `GET /{tenant}/{surface}/hello-mtls` of an LFI-facing hub surface (Headless Heimdall, Consent
 * Manager): echoes the certificate the hub received, and only the LFI of that tenant may call it.
 */
export function lfiHelloMtlsController(surface: string, tag: string): Type<unknown> {
  @ApiTags(tag)
  @Controller(`:tenant/${surface}`)
  @UseGuards(ClientCertificateGuard)
  class LfiHelloMtlsController {
    @Get('hello-mtls')
    @RequireCaller({ kinds: ['lfi'] })
    @ApiOperation({ summary: 'Connectivity and mTLS check, echoing the client certificate the hub received' })
    @ApiParam({ name: 'tenant', description: 'LFI tenant id' })
    @ApiOkResponse({ description: 'HealthCheckCertResponse' })
    @ApiUnauthorizedResponse({ description: 'No client certificate, or one the trust framework did not issue' })
    @ApiForbiddenResponse({ description: 'Not the certificate of this tenant’s LFI' })
    helloMtls(@Param('tenant', TenantPipe) _tenant: Tenant, @Req() req: Request): HealthCheckCertResponse {
      return describePeerCertificate(req);
    }
  }
  return LfiHelloMtlsController;
}
