import { ApiError, InjectConfig, mockLfiTenantUrl, type SandboxConfig } from '@hub/kernel';
import { findAccount, findAccountOpening, type AccountOpeningEntity } from '@hub/mock-lfi-store';
import { LFI_PROFILE, type LfiProfile } from '@hub/mock-lfi-data';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBody, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { HubClientGuard } from '@hub/mock-lfi-ozone-connect';
import { HubJwtAuthGuard } from '@hub/mock-lfi-ozone-connect';
import { headerOf, O3ServiceHeadersGuard } from '@hub/mock-lfi-ozone-connect';
import { AccountOpeningDesk } from './account-opening-desk';
import { ApiServiceInitiation, OC_AUTH, OPENING_REQUEST_SCHEMA } from './api-docs';
import { parseOpeningRequest } from './opening-request';
import { openingBodyOf, openingUrlsOf, type OpeningBody } from './opening-views';

/**
 * Ozone Connect account opening (bank service initiation v2.1.x): the hub asks the LFI to open an
 * account for a TPP's user and reads how far it got. No consent: the caller is the TPP named in
 * the o3-caller headers, and only that TPP can read the opening. Banks only.
 */
@ApiTags('ozone-connect account opening')
@ApiServiceInitiation()
@UseGuards(HubClientGuard, HubJwtAuthGuard, O3ServiceHeadersGuard)
@Controller(':tenant/ozone-connect/accounts')
export class OzoneConnectAccountOpeningController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(LFI_PROFILE) private readonly profile: LfiProfile,
    @InjectConfig() private readonly config: SandboxConfig,
    private readonly desk: AccountOpeningDesk,
  ) {}

  // The OC document answers this operation 200 (not 201); the hub answers the TPP 201.
  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Open an account (CreateAccount_create): a new AccountId, OpeningStatus Pending, and the page the user completes', description: OC_AUTH })
  @ApiBody({ schema: OPENING_REQUEST_SCHEMA })
  @ApiOkResponse({ description: 'AECreateAccountResponseBody1: {data: {AccountId, OpeningStatus: Pending, OpeningStatusUpdateDateTime}, links: {Self, AccountOpeningRedirectUrl}}' })
  async create(@Param('tenant') tenantId: string, @Body() body: unknown, @Req() req: Request): Promise<OpeningBody> {
    this.bankOr404(tenantId);
    const request = parseOpeningRequest(body);
    const opening = await this.desk.create({
      tenantId,
      accountId: randomUUID(),
      callerClientId: headerOf(req, 'o3-caller-client-id')!,
      callerOrgId: headerOf(req, 'o3-caller-org-id')!,
      callerSoftwareStatementId: headerOf(req, 'o3-caller-software-statement-id')!,
      interactionId: headerOf(req, 'o3-ozone-interaction-id')!,
      request,
      ...(request.LinkedOperations ? { fxQuoteId: request.LinkedOperations.FxQuoteId } : {}),
    });
    return openingBodyOf(opening, undefined, this.urlsOf(opening));
  }

  @Get(':accountId/status')
  @ApiOperation({ summary: "The opening's status (Account_read); with the account's currency and IBAN once Completed", description: OC_AUTH })
  @ApiOkResponse({ description: 'AEReadAccountResponseBody1' })
  @ApiNotFoundResponse({ description: 'No such opening of the calling TPP (Resource.NotFound)' })
  async status(@Param('tenant') tenantId: string, @Param('accountId') accountId: string, @Req() req: Request): Promise<OpeningBody> {
    this.bankOr404(tenantId);
    const opening = await findAccountOpening(this.db, { tenantId, accountId });
    // Another TPP's opening looks like an unknown one: its existence is not the caller's business.
    if (!opening || opening.callerClientId !== headerOf(req, 'o3-caller-client-id')) throw ApiError.notFound(`No account opening '${accountId}'`);
    const account = opening.openingStatus === 'Completed' ? await findAccount(this.db, tenantId, accountId) : undefined;
    return openingBodyOf(opening, account, this.urlsOf(opening));
  }

  /** Insurers open no accounts: their path answers like an unknown one. */
  private bankOr404(tenantId: string): void {
    const tenant = this.profile.tenants.find((t) => t.id === tenantId);
    if (tenant?.sector !== 'banking') throw ApiError.notFound(`No account opening at '${tenantId}'`);
  }

  private urlsOf(opening: AccountOpeningEntity) {
    return openingUrlsOf(mockLfiTenantUrl(this.config, opening.tenantId), opening.accountId);
  }
}
