import { accountActivity, type AccountActivity, accountCustomersOf, customerOf, LFI_PROFILE, type LfiProfile } from '@hub/mock-lfi-data';
import { Controller, Get, Inject, Param, Query, Req, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { HubClientGuard } from '../guards/hub-client-guard';
import { HubJwtAuthGuard } from '../guards/hub-jwt-auth.guard';
import { O3HeadersGuard } from '../guards/o3-headers.guard';
import { ApiBankDataSharing, ApiPaging, AUTH } from './api-docs';
import { pageOf, type PageQuery } from './paging';
import { PsuScope } from './psu-scope';

type ListOf = 'beneficiaries' | 'directDebits' | 'scheduledPayments' | 'standingOrders';

/** Ozone Connect bank data sharing (v2.1): payees and payment instructions of an account, and its parties. */
@ApiTags('ozone-connect bank data sharing')
@ApiBankDataSharing()
@ApiPaging()
@UseGuards(HubClientGuard, HubJwtAuthGuard, O3HeadersGuard)
@Controller(':tenant/ozone-connect')
export class OzoneConnectAccountDetailsController {
  constructor(
    @Inject(LFI_PROFILE) private readonly profile: LfiProfile,
    private readonly scope: PsuScope,
  ) {}

  @Get('accounts/:accountId/beneficiaries')
  @ApiOperation({ summary: 'Beneficiaries of the account (BeneficiariesResponse)', description: AUTH })
  beneficiaries(@Param('accountId') accountId: string, @Query() query: PageQuery, @Req() req: Request) {
    return this.list(req, accountId, query, 'beneficiaries');
  }

  @Get('accounts/:accountId/direct-debits')
  @ApiOperation({ summary: 'Direct debit mandates of the account (DirectDebitsResponse)', description: AUTH })
  directDebits(@Param('accountId') accountId: string, @Query() query: PageQuery, @Req() req: Request) {
    return this.list(req, accountId, query, 'directDebits');
  }

  @Get('accounts/:accountId/scheduled-payments')
  @ApiOperation({ summary: 'Future one-off payments of the account (ScheduledPaymentsResponse)', description: AUTH })
  scheduledPayments(@Param('accountId') accountId: string, @Query() query: PageQuery, @Req() req: Request) {
    return this.list(req, accountId, query, 'scheduledPayments');
  }

  @Get('accounts/:accountId/standing-orders')
  @ApiOperation({ summary: 'Standing orders of the account (StandingOrdersResponse)', description: AUTH })
  standingOrders(@Param('accountId') accountId: string, @Query() query: PageQuery, @Req() req: Request) {
    return this.list(req, accountId, query, 'standingOrders');
  }

  @Get('accounts/:accountId/customer')
  @ApiOperation({ summary: 'The parties of the account (CustomersResponse)', description: AUTH })
  async accountCustomers(@Param('accountId') accountId: string, @Query() query: PageQuery, @Req() req: Request) {
    const { psu, account } = await this.scope.readableAccount(req, accountId);
    return pageOf(accountCustomersOf(this.profile.seed, psu, account), query);
  }

  @Get('customer')
  @ApiOperation({ summary: 'The PSU as a customer of the LFI (CustomerResponse)', description: AUTH })
  async customer(@Req() req: Request) {
    return { data: customerOf(this.profile.seed, await this.scope.psuOf(req)), meta: {} };
  }

  private async list(req: Request, accountId: string, query: PageQuery, member: ListOf) {
    const { account } = await this.scope.readableAccount(req, accountId);
    const activity: AccountActivity = accountActivity(this.profile.seed, account);
    return pageOf<unknown>(activity[member], query);
  }
}
