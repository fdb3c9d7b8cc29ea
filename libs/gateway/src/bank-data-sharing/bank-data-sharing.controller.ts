import { Tenant, TenantPipe } from '@hub/kernel';
import { Caller, CallerIdentity, ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Controller, Get, Param, Req, UseGuards } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { BANK_DATA_OPERATIONS as OPS } from './bank-data-operations';
import { ConsentedReadPipeline } from '../pipeline/consented-read-pipeline';
import { bankDataRead } from './bank-data-read';

/** Bank Data Sharing v2.1 (TPP-facing), proxied to the LFI's Ozone Connect. */
@ApiTags('Bank Data Sharing v2.1')
@ApiParam({ name: 'tenant', description: 'LFI tenant id' })
@ApiUnauthorizedResponse({ description: 'Missing, unknown, expired or wrongly bound token, or its consent no longer Authorized (no body)' })
@ApiForbiddenResponse({ description: 'AccessToken.InvalidScope, Consent.TransientAccountAccessFailure, Consent.AccountTemporarilyBlocked, Consent.PermanentAccountAccessFailure' })
@Controller(':tenant/rs/open-finance/account-information/v2.1')
@UseGuards(ClientCertificateGuard)
@RequireCaller({ kinds: ['tpp'], roles: ['BDSP'] })
export class BankDataSharingController {
  constructor(private readonly pipeline: ConsentedReadPipeline) {}

  @Get('accounts')
  @ApiOperation({ summary: 'The accounts of the consent' })
  @ApiOkResponse({ description: 'AEReadAccount' })
  accounts(@Param('tenant', TenantPipe) t: Tenant, @Req() req: Request, @Caller() c: CallerIdentity) {
    return this.pipeline.run(t, req, c, bankDataRead(OPS.accounts));
  }

  @Get('accounts/:AccountId')
  @ApiOperation({ summary: 'One account' })
  account(@Param('tenant', TenantPipe) t: Tenant, @Param('AccountId') id: string, @Req() req: Request, @Caller() c: CallerIdentity) {
    return this.pipeline.run(t, req, c, bankDataRead(OPS.account, id));
  }

  @Get('accounts/:AccountId/balances')
  @ApiOperation({ summary: 'Balances of an account' })
  balances(@Param('tenant', TenantPipe) t: Tenant, @Param('AccountId') id: string, @Req() req: Request, @Caller() c: CallerIdentity) {
    return this.pipeline.run(t, req, c, bankDataRead(OPS.balances, id));
  }

  @Get('accounts/:AccountId/transactions')
  @ApiOperation({ summary: 'Transactions of an account (fromBookingDateTime, toBookingDateTime, page, page-size)' })
  transactions(@Param('tenant', TenantPipe) t: Tenant, @Param('AccountId') id: string, @Req() req: Request, @Caller() c: CallerIdentity) {
    return this.pipeline.run(t, req, c, bankDataRead(OPS.transactions, id));
  }

  @Get('accounts/:AccountId/beneficiaries')
  @ApiOperation({ summary: 'Beneficiaries of an account' })
  beneficiaries(@Param('tenant', TenantPipe) t: Tenant, @Param('AccountId') id: string, @Req() req: Request, @Caller() c: CallerIdentity) {
    return this.pipeline.run(t, req, c, bankDataRead(OPS.beneficiaries, id));
  }

  @Get('accounts/:AccountId/direct-debits')
  @ApiOperation({ summary: 'Direct debits of an account' })
  directDebits(@Param('tenant', TenantPipe) t: Tenant, @Param('AccountId') id: string, @Req() req: Request, @Caller() c: CallerIdentity) {
    return this.pipeline.run(t, req, c, bankDataRead(OPS['direct-debits'], id));
  }

  @Get('accounts/:AccountId/product')
  @ApiOperation({ summary: 'The product of an account' })
  product(@Param('tenant', TenantPipe) t: Tenant, @Param('AccountId') id: string, @Req() req: Request, @Caller() c: CallerIdentity) {
    return this.pipeline.run(t, req, c, bankDataRead(OPS.product, id));
  }

  @Get('accounts/:AccountId/scheduled-payments')
  @ApiOperation({ summary: 'Scheduled payments of an account' })
  scheduledPayments(@Param('tenant', TenantPipe) t: Tenant, @Param('AccountId') id: string, @Req() req: Request, @Caller() c: CallerIdentity) {
    return this.pipeline.run(t, req, c, bankDataRead(OPS['scheduled-payments'], id));
  }

  @Get('accounts/:AccountId/standing-orders')
  @ApiOperation({ summary: 'Standing orders of an account' })
  standingOrders(@Param('tenant', TenantPipe) t: Tenant, @Param('AccountId') id: string, @Req() req: Request, @Caller() c: CallerIdentity) {
    return this.pipeline.run(t, req, c, bankDataRead(OPS['standing-orders'], id));
  }

  @Get('accounts/:AccountId/statements')
  @ApiOperation({ summary: 'Statements of an account' })
  statements(@Param('tenant', TenantPipe) t: Tenant, @Param('AccountId') id: string, @Req() req: Request, @Caller() c: CallerIdentity) {
    return this.pipeline.run(t, req, c, bankDataRead(OPS.statements, id));
  }

  @Get('accounts/:AccountId/parties')
  @ApiOperation({ summary: 'Parties of an account' })
  accountParties(@Param('tenant', TenantPipe) t: Tenant, @Param('AccountId') id: string, @Req() req: Request, @Caller() c: CallerIdentity) {
    return this.pipeline.run(t, req, c, bankDataRead(OPS['account-parties'], id));
  }

  @Get('parties')
  @ApiOperation({ summary: 'The user as a party' })
  parties(@Param('tenant', TenantPipe) t: Tenant, @Req() req: Request, @Caller() c: CallerIdentity) {
    return this.pipeline.run(t, req, c, bankDataRead(OPS.parties));
  }
}
