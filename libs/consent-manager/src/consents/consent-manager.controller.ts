import { ApiError, interactionIdOf, Tenant, TenantPipe } from '@hub/kernel';
import type { ConsentRecord } from '@hub/ozone-connect';
import { Caller, CallerIdentity, ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { asApi, ConsentService, type ConsentCaller, type ConsentQuery } from '@hub/consent';
import { toConsentPatch } from './consent-patch.mapper';
import { ConsentPatchDto } from './dto/consent-patch.dto';
import { ConsentSearchQueryDto, ConsentStreamQueryDto } from './dto/consent-query.dto';
import { RevokeConsentDto } from './dto/revoke-consent.dto';

const DEFAULT_PAGE_SIZE = 25;
/** A namespaced custom code (the document's errorReasonCodes allow them). */
export const CONSENT_IMPORT_NOT_SUPPORTED = 'Consent.ImportNotSupported';

interface Page {
  data: ConsentRecord[];
  meta: { pageNumber: number; pageSize: number; totalPages: number; totalRecords: number };
}

function lfiCaller(caller: CallerIdentity, req: Request): ConsentCaller {
  return { actor: 'LFI', interactionId: interactionIdOf(req), orgId: caller.organisationId, clientId: caller.clientId, softwareStatementId: caller.softwareStatementId };
}

/**
 * The LFI-facing Consent Manager API (api-hub v2.1.x), one tenant per path prefix. Only the LFI
 * certificate of that tenant is admitted; every query is scoped to the tenant.
 */
@ApiTags('consent-manager')
@ApiParam({ name: 'tenant', description: 'LFI tenant id, e.g. falcon-bank' })
@ApiBadRequestResponse({ description: '{errorCode, errorMessage}' })
@Controller(':tenant/cm')
@UseGuards(ClientCertificateGuard)
@RequireCaller({ kinds: ['lfi'] })
export class ConsentManagerController {
  constructor(private readonly consents: ConsentService) {}

  private async page(tenant: Tenant, query: ConsentSearchQueryDto, filter: Partial<ConsentQuery>): Promise<Page> {
    const pageNumber = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const { records, totalRecords } = await asApi(() =>
      this.consents.list(tenant.id, { ...filter, consentType: query.consentType, status: query.status, page: pageNumber, pageSize }),
    );
    return { data: records, meta: { pageNumber, pageSize, totalPages: Math.ceil(totalRecords / pageSize), totalRecords } };
  }

  @Get('consents')
  @ApiOperation({ summary: 'Consents of this LFI matching the criteria; `updatedAt` streams changes since an epoch time (ms)' })
  @ApiOkResponse({ description: 'multiConsentResponse' })
  list(@Param('tenant', TenantPipe) tenant: Tenant, @Query() query: ConsentStreamQueryDto): Promise<Page> {
    return this.page(tenant, query, { updatedAfter: query.updatedAt });
  }

  /**
   * The document's consent creation is Ozone's own step of a Heimdall interaction; it allows an LFI
   * to import externally managed consents "outside the CBUAE standard". Here every consent starts
   * from a TPP's pushed authorization request, and the body (one RAR authorization detail) names no
   * TPP, PSU or account to bind an imported consent, its tokens and its audit chain to; so an LFI
   * is told so, in the Consent Manager's error format, instead of a bare 404.
   */
  @Post('consents')
  @ApiOperation({ summary: 'Not offered to LFIs: the hub creates consents only from a TPP\'s pushed authorization request (PAR); importing externally managed consents is outside the CBUAE standard' })
  @ApiBadRequestResponse({ description: '{errorCode: Consent.ImportNotSupported, errorMessage}' })
  create(): never {
    throw new ApiError(400, CONSENT_IMPORT_NOT_SUPPORTED, 'Consents are created by the hub from a TPP\'s pushed authorization request (POST /par); importing externally managed consents (outside the CBUAE standard) is not supported: the authorization detail names no TPP, PSU or account to bind the consent to');
  }

  @Get('consents/:consentId')
  @ApiOperation({ summary: 'A consent by its id' })
  @ApiOkResponse({ description: '{data: consent, meta}' })
  @ApiNotFoundResponse({ description: 'No such consent at this LFI' })
  async get(@Param('tenant', TenantPipe) tenant: Tenant, @Param('consentId') consentId: string): Promise<{ data: ConsentRecord; meta: object }> {
    return { data: await asApi(() => this.consents.get(tenant.id, consentId)), meta: {} };
  }

  @Patch('consents/:consentId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Patch the consent: authorize or reject it (with psuIdentifiers and accountIds / insurancePolicyIds), suspend, revoke, record usage' })
  @ApiBody({ type: ConsentPatchDto })
  @ApiNoContentResponse({ description: 'Patched' })
  async patch(@Param('tenant', TenantPipe) tenant: Tenant, @Param('consentId') consentId: string, @Body() body: ConsentPatchDto, @Caller() caller: CallerIdentity, @Req() req: Request): Promise<void> {
    await asApi(async () => {
      const current = await this.consents.get(tenant.id, consentId);
      const patch = toConsentPatch(body, current.consentType, req.body as Record<string, unknown>);
      await this.consents.patch(tenant.id, consentId, patch, lfiCaller(caller, req));
    });
  }

  @Get('consents/:consentId/audit')
  @ApiOperation({ summary: 'The tamper-evident audit trail of the consent' })
  @ApiOkResponse({ description: '{data: audit entries, meta}' })
  async audit(@Param('tenant', TenantPipe) tenant: Tenant, @Param('consentId') consentId: string): Promise<{ data: unknown[]; meta: object }> {
    return { data: await asApi(() => this.consents.audit(tenant.id, consentId)), meta: {} };
  }

  @Get('consent-groups/:consentGroupId/consents')
  @ApiOperation({ summary: 'Consents of a consent group (the BaseConsentId chain)' })
  @ApiOkResponse({ description: 'multiConsentResponse' })
  group(@Param('tenant', TenantPipe) tenant: Tenant, @Param('consentGroupId') consentGroupId: string, @Query() query: ConsentSearchQueryDto): Promise<Page> {
    return this.page(tenant, query, { consentGroupId });
  }

  @Get('psu/:userId/consents')
  @ApiOperation({ summary: 'Consents of a PSU (psuIdentifiers.userId)' })
  @ApiOkResponse({ description: 'multiConsentResponse' })
  byPsu(@Param('tenant', TenantPipe) tenant: Tenant, @Param('userId') userId: string, @Query() query: ConsentSearchQueryDto): Promise<Page> {
    return this.page(tenant, query, { psuUserId: userId });
  }

  @Get('accounts/:accountId/consents')
  @ApiOperation({ summary: 'Consents that cover an account' })
  @ApiOkResponse({ description: 'multiConsentResponse' })
  byAccount(@Param('tenant', TenantPipe) tenant: Tenant, @Param('accountId') accountId: string, @Query() query: ConsentSearchQueryDto): Promise<Page> {
    return this.page(tenant, query, { accountId });
  }

  @Post('consents/:consentId/action/revoke')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a consent and every token issued under it' })
  @ApiNoContentResponse({ description: 'Revoked' })
  async revoke(@Param('tenant', TenantPipe) tenant: Tenant, @Param('consentId') consentId: string, @Body() body: RevokeConsentDto, @Caller() caller: CallerIdentity, @Req() req: Request): Promise<void> {
    await asApi(() => this.consents.revoke(tenant.id, consentId, { revokedBy: body.revokedBy, revokedByPsu: body.revokedByPsu?.userId ? { userId: body.revokedByPsu.userId } : undefined }, lfiCaller(caller, req)));
  }

  @Post('consent-groups/:consentGroupId/consents/action/revoke')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke every consent of a consent group' })
  @ApiNoContentResponse({ description: 'Revoked' })
  async revokeGroup(@Param('tenant', TenantPipe) tenant: Tenant, @Param('consentGroupId') consentGroupId: string, @Body() body: RevokeConsentDto, @Caller() caller: CallerIdentity, @Req() req: Request): Promise<void> {
    await asApi(() => this.consents.revokeGroup(tenant.id, consentGroupId, { revokedBy: body.revokedBy, revokedByPsu: body.revokedByPsu?.userId ? { userId: body.revokedByPsu.userId } : undefined }, lfiCaller(caller, req)));
  }
}
