import { ApiError } from '@hub/kernel';
import { recordConsentEvent } from '@hub/mock-lfi-store';
import type { AugmentConsentResponse, ConsentValidateResponse } from '@hub/ozone-connect';
import { applyDecorators, Body, Controller, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { augmentationOf, validationOf } from './consent-decisions';
import { HubClientGuard } from '../guards/hub-client-guard';
import { HubJwtAuthGuard } from '../guards/hub-jwt-auth.guard';
import { headerOf, O3HeadersGuard, REQUIRED_O3_HEADERS } from '../guards/o3-headers.guard';
import { receivedConsent } from './received-consent';

const OPTIONAL_O3_HEADERS = ['o3-aspsp-id', 'o3-caller-interaction-id', 'o3-psu-identifier'];
const CONSENT_BODY = { description: 'The consent record as stored in the Consent Manager (`consent` schema of ozone-connect v2.1.x)', schema: { type: 'object' } };
const AUTH =
  'Requires the hub client certificate of the tenant (mTLS) and Ozone Connect JWT auth: `Authorization: Bearer <PS256 JWT>` ' +
  'signed with the hub application key, `aud` = tenant, `iss`/`sub` = O/OU of the client certificate, at most 30 s, `jti` used once.';

/** Swagger entries for the o3 headers every operation here takes. */
function ApiO3Headers(): ClassDecorator & MethodDecorator {
  return applyDecorators(
    ...REQUIRED_O3_HEADERS.map((name) => ApiHeader({ name, required: true, description: name === 'o3-provider-id' ? 'Must be the tenant id' : undefined })),
    ...OPTIONAL_O3_HEADERS.map((name) => ApiHeader({ name, required: false })),
  );
}

/**
 * Ozone Connect consent events and actions (ozone-connect v2.1.x consent-events-actions): the hub
 * tells the LFI about consents and lets it validate and augment them before they are created.
 * The actions answer both spellings, `/consent/action/…` (consent-events document) and
 * `/consent/actions/…` (CAAP document), since the official documents use both.
 */
@ApiTags('ozone-connect consent events')
@ApiParam({ name: 'tenant', description: 'LFI tenant id' })
@ApiO3Headers()
@ApiUnauthorizedResponse({ description: 'No hub client certificate, or JWT auth missing or invalid' })
@ApiForbiddenResponse({ description: 'A client certificate other than the hub client of this tenant' })
@ApiBadRequestResponse({ description: 'A required o3 header is missing or the body is not a consent record' })
@UseGuards(HubClientGuard, HubJwtAuthGuard, O3HeadersGuard)
@Controller(':tenant/ozone-connect/consent')
export class OzoneConnectConsentController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Post('event/:operation')
  @HttpCode(204)
  @ApiOperation({ summary: 'The hub tells the LFI that a consent was created (post) or modified (patch)', description: AUTH })
  @ApiParam({ name: 'operation', enum: ['post', 'patch'] })
  @ApiBody(CONSENT_BODY)
  @ApiNoContentResponse({ description: 'Event received and stored' })
  async consentEvent(@Param('tenant') tenantId: string, @Param('operation') operation: string, @Body() body: unknown, @Req() req: Request): Promise<void> {
    if (operation !== 'post' && operation !== 'patch') throw ApiError.badRequest(`operation must be post or patch, got '${operation}'`, 'operation');
    const consent = receivedConsent(body, headerOf(req, 'o3-consent-id')!);
    await recordConsentEvent(this.db, {
      tenantId,
      operation,
      consentId: consent.id,
      status: consent.status,
      interactionId: headerOf(req, 'o3-ozone-interaction-id')!,
      body: consent as unknown as Record<string, unknown>,
    });
  }

  @Post(['action/validate', 'actions/validate'])
  @HttpCode(200)
  @ApiOperation({ summary: "The LFI's validation of a consent before it is created", description: `${AUTH} A consent whose id starts with \`invalid-\` is refused.` })
  @ApiBody(CONSENT_BODY)
  @ApiOkResponse({ description: 'consentValidateResponse: `{data:{status: valid|invalid, code?, description?}, meta:{}}`' })
  validateConsent(@Body() body: unknown, @Req() req: Request): ConsentValidateResponse {
    return validationOf(receivedConsent(body, headerOf(req, 'o3-consent-id')!));
  }

  @Post(['action/augment', 'actions/augment'])
  @HttpCode(200)
  @ApiOperation({ summary: 'What the LFI adds to a consent being created (charges, exchange rate, billing)', description: `${AUTH} No charges; service-initiation consents get OpenFinanceBilling.IsLargeCorporate = false.` })
  @ApiBody(CONSENT_BODY)
  @ApiOkResponse({ description: 'augmentConsentResponse' })
  augmentConsent(@Body() body: unknown, @Req() req: Request): AugmentConsentResponse {
    return augmentationOf(receivedConsent(body, headerOf(req, 'o3-consent-id')!));
  }
}

