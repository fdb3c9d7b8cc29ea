import { Tenant, TenantPipe } from '@hub/kernel';
import { ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { HeadlessHeimdallService, HeimdallOutcome } from './headless-heimdall.service';

function send(res: Response, outcome: HeimdallOutcome): void {
  if (outcome.status === 303) {
    res.status(303).setHeader('Location', outcome.location).end();
    return;
  }
  if ('text' in outcome) {
    res.status(outcome.status).type('text/plain').send(outcome.text);
    return;
  }
  res.status(outcome.status).json(outcome.body);
}

/** Headless Heimdall (api-hub v2.1.x): the LFI's side of the user authorization. LFI certificate of the tenant only. */
@ApiTags('headless-heimdall')
@ApiParam({ name: 'tenant', description: 'LFI tenant id' })
@Controller(':tenant/hh')
@UseGuards(ClientCertificateGuard)
@RequireCaller({ kinds: ['lfi'] })
export class HeadlessHeimdallController {
  constructor(private readonly heimdall: HeadlessHeimdallService) {}

  @Get('auth')
  @ApiOperation({ summary: 'Initiate an authorisation interaction with every query parameter the LFI received (client_id, request_uri…)' })
  @ApiOkResponse({ description: 'AuthSuccessResponse: the interaction, its parameters (with authorization_details) and the TPP' })
  @ApiResponse({ status: 303, description: 'Redirectable failure: send the user to Location unchanged' })
  @ApiBadRequestResponse({ description: 'Non-redirectable failure (unknown client): show an error page' })
  async getAuth(@Param('tenant', TenantPipe) tenant: Tenant, @Query() query: Record<string, string>, @Res() res: Response): Promise<void> {
    send(res, await this.heimdall.getAuth(tenant, query));
  }

  @Post('auth/:interactionId/doConfirm')
  @ApiOperation({ summary: 'End the interaction with success; the consent must already be Authorized through the Consent Manager' })
  @ApiResponse({ status: 303, description: 'redirect_uri?code=…&state=…&iss=…' })
  @ApiOkResponse({ description: 'At a headless tenant (tenants[].headless; the caller plays the LFI): the authorization code alone, as text/plain', content: { 'text/plain': { schema: { type: 'string' } } } })
  @ApiBadRequestResponse({ description: 'The consent is not Authorized, or no such interaction' })
  async doConfirm(@Param('tenant', TenantPipe) tenant: Tenant, @Param('interactionId') uid: string, @Res() res: Response): Promise<void> {
    send(res, await this.heimdall.confirm(tenant, uid));
  }

  @Post('auth/:interactionId/doFail')
  @ApiOperation({ summary: 'End the interaction with an OAuth error for the TPP (default access_denied)' })
  @ApiResponse({ status: 303, description: 'redirect_uri?error=…&error_description=…&state=…&iss=…' })
  @ApiOkResponse({ description: 'At a headless tenant: the redirect parameters (error, error_description, state, iss) as JSON' })
  async doFail(@Param('tenant', TenantPipe) tenant: Tenant, @Param('interactionId') uid: string, @Body() form: Record<string, string>, @Res() res: Response): Promise<void> {
    send(res, await this.heimdall.fail(tenant, uid, { error: form?.error, error_description: form?.error_description }));
  }
}
