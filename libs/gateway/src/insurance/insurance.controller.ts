import { Tenant, TenantPipe } from '@hub/kernel';
import { Caller, CallerIdentity, ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Controller, Get, Param, Req, UseGuards } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOperation, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { insuranceLine } from '../insurance-quotes/insurance-lines';
import { ConsentedReadPipeline } from '../pipeline/consented-read-pipeline';
import { insuranceRead } from './insurance-read';

/** Insurance v2.1 policy reads for the seven lines, proxied to the insurer's Ozone Connect. */
@ApiTags('Insurance v2.1')
@ApiParam({ name: 'tenant', description: 'LFI tenant id (an insurer)' })
@ApiParam({ name: 'line', description: 'employment, health, home, life, motor, renters or travel' })
@ApiUnauthorizedResponse({ description: 'Missing, unknown, expired or wrongly bound token, or its consent no longer Authorized (no body)' })
@ApiForbiddenResponse({ description: 'AccessToken.InvalidScope, Consent.TransientAccountAccessFailure' })
@Controller(':tenant/rs/open-finance/insurance/v2.1')
@UseGuards(ClientCertificateGuard)
@RequireCaller({ kinds: ['tpp'], roles: ['IDSP'] })
export class InsuranceController {
  constructor(private readonly pipeline: ConsentedReadPipeline) {}

  @Get(':line-insurance-policies')
  @ApiOperation({ summary: 'The policies of the consent on one line' })
  policies(@Param('tenant', TenantPipe) t: Tenant, @Param('line') line: string, @Req() req: Request, @Caller() c: CallerIdentity) {
    return this.pipeline.run(t, req, c, insuranceRead(insuranceLine(line), 'policies'));
  }

  @Get(':line-insurance-policies/:InsurancePolicyId')
  @ApiOperation({ summary: 'One policy' })
  policy(@Param('tenant', TenantPipe) t: Tenant, @Param('line') line: string, @Param('InsurancePolicyId') id: string, @Req() req: Request, @Caller() c: CallerIdentity) {
    return this.pipeline.run(t, req, c, insuranceRead(insuranceLine(line), 'policy', id));
  }

  @Get(':line-insurance-policies/:InsurancePolicyId/payment-details')
  @ApiOperation({ summary: 'Payment details of a policy' })
  paymentDetails(@Param('tenant', TenantPipe) t: Tenant, @Param('line') line: string, @Param('InsurancePolicyId') id: string, @Req() req: Request, @Caller() c: CallerIdentity) {
    return this.pipeline.run(t, req, c, insuranceRead(insuranceLine(line), 'payment-details', id));
  }
}
