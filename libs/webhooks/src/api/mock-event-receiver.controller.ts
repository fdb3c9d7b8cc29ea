import { ApiError, FAPI_INTERACTION_ID, interactionIdOf, Tenant, TenantPipe } from '@hub/kernel';
import { ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Controller, HttpCode, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiConsumes, ApiForbiddenResponse, ApiOperation, ApiParam, ApiTags, ApiUnauthorizedResponse, ApiUnsupportedMediaTypeResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { checkJweMediaType, compactJweProblem, readBodyText } from './jwe-body';

/**
 * The sandbox's own webhook receiver, for TPPs without an endpoint of their own (as in the UAE
 * sandbox): a subscription Url of `{resourceServerUrl}/mock-event-receiver` makes the hub's
 * webhook worker POST here with the hub's client certificate of the tenant. It checks the shape
 * and keeps nothing: the delivery and its attempts are the record (`review-emitted-events`).
 */
@ApiTags('webhooks')
@ApiParam({ name: 'tenant', description: 'LFI tenant id' })
@Controller(':tenant/rs/mock-event-receiver')
@UseGuards(ClientCertificateGuard)
export class MockEventReceiverController {
  @Post()
  @HttpCode(202)
  // The hub of this tenant (its webhook worker) sends; a TPP may try its own notifications here too.
  @RequireCaller({ kinds: ['hub', 'tpp'] })
  @ApiOperation({ summary: 'Accept a webhook notification (a compact JWE) for a TPP without its own receiver; nothing is stored or decrypted' })
  @ApiConsumes('application/jwe')
  @ApiAcceptedResponse({ description: 'Accepted (empty body, x-fapi-interaction-id echoed)' })
  @ApiBadRequestResponse({ description: 'Body.InvalidFormat: empty, or not a compact JWE' })
  @ApiUnauthorizedResponse({ description: 'No client certificate, or one the trust framework did not issue' })
  @ApiForbiddenResponse({ description: 'Not the hub of this tenant nor a TPP' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Body.InvalidFormat: the Content-Type is not application/jwe' })
  async receive(@Param('tenant', TenantPipe) _tenant: Tenant, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    checkJweMediaType(req.headers['content-type']);
    const problem = compactJweProblem(await readBodyText(req));
    if (problem) throw ApiError.badRequest(problem);
    res.setHeader(FAPI_INTERACTION_ID, interactionIdOf(req, res));
  }
}
