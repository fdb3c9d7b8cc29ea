import { ApiError } from '@hub/kernel';
import { accountViewOf, LFI_PROFILE, type LfiProfile } from '@hub/mock-lfi-data';
import { findAccount } from '@hub/mock-lfi-store';
import { O3_HEADER } from '@hub/ozone-connect';
import { Controller, Get, Inject, Param, Query, Req, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { HubClientGuard } from '../guards/hub-client-guard';
import { HubJwtAuthGuard } from '../guards/hub-jwt-auth.guard';
import { headerOf, O3HeadersGuard } from '../guards/o3-headers.guard';
import { ApiBankDataSharing, ApiPaging, AUTH } from './api-docs';
import { bookingBound, inBookingWindow } from './booking-window';
import { pageOf, type PageQuery } from './paging';
import { PostedActivity } from './posted-activity';
import { PsuScope } from './psu-scope';

/**
 * Ozone Connect bank data sharing (v2.1): accounts and what the LFI books on them. Answers are the
 * document's camelCase `{data, meta}` shapes over the seeded synthetic data and the payments made since.
 */
@ApiTags('ozone-connect bank data sharing')
@ApiBankDataSharing()
@UseGuards(HubClientGuard, HubJwtAuthGuard, O3HeadersGuard)
@Controller(':tenant/ozone-connect/accounts')
export class OzoneConnectAccountsController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(LFI_PROFILE) private readonly profile: LfiProfile,
    private readonly scope: PsuScope,
    private readonly posted: PostedActivity,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The accounts named in accountIds that belong to the PSU, whatever their status (AccountsResponse)', description: AUTH })
  @ApiQuery({ name: 'accountIds', required: true, description: 'Comma-separated account ids (the consent\'s)' })
  @ApiPaging()
  @ApiOkResponse({ description: 'AccountsResponse: {data: CbuaeAccount[], meta: {totalPages, totalRecords}}' })
  async accounts(@Param('tenant') tenantId: string, @Query() query: PageQuery & { accountIds?: string }, @Req() req: Request) {
    if (!query.accountIds) throw ApiError.badRequest('accountIds is required', 'accountIds');
    const psu = await this.scope.psuOf(req);
    const ids = [...new Set(query.accountIds.split(',').map((id) => id.trim()).filter(Boolean))];
    const views = [];
    for (const id of ids) {
      const account = await findAccount(this.db, tenantId, id);
      // Accounts of someone else are left out rather than refused: the list answers for the PSU only.
      if (account && account.userId === psu.userId) views.push(accountViewOf(this.profile.seed, account, psu));
    }
    return pageOf(views, query);
  }

  @Get(':accountId')
  @ApiOperation({ summary: 'One account of the PSU, whatever its status (AccountResponse)', description: AUTH })
  @ApiOkResponse({ description: 'AccountResponse: {data: CbuaeAccount, meta: {}}' })
  async account(@Param('accountId') accountId: string, @Req() req: Request) {
    const { psu, account } = await this.scope.ownedAccount(req, accountId);
    return { data: accountViewOf(this.profile.seed, account, psu), meta: {} };
  }

  @Get(':accountId/balances')
  @ApiOperation({ summary: 'OpeningBooked, ClosingBooked and InterimAvailable balances (BalancesResponse)', description: AUTH })
  @ApiPaging()
  async balances(@Param('accountId') accountId: string, @Query() query: PageQuery, @Req() req: Request) {
    return pageOf((await this.activity(req, accountId)).balances, query);
  }

  @Get(':accountId/transactions')
  @ApiOperation({ summary: 'Transactions, newest first, filtered on bookingDateTime (TransactionsResponse)', description: AUTH })
  @ApiQuery({ name: 'fromBookingDateTime', required: false, description: 'ISO 8601 date-time with zone, inclusive' })
  @ApiQuery({ name: 'toBookingDateTime', required: false, description: 'ISO 8601 date-time with zone, inclusive' })
  @ApiHeader({ name: O3_HEADER.fxTransactions, required: false, description: 'true: only FX transactions (those with currencyExchange), as the consent holds only the FX-transaction permissions' })
  @ApiPaging()
  async transactions(@Param('accountId') accountId: string, @Query() query: PageQuery & { fromBookingDateTime?: string; toBookingDateTime?: string }, @Req() req: Request) {
    const from = bookingBound(query.fromBookingDateTime, 'fromBookingDateTime', false);
    const to = bookingBound(query.toBookingDateTime, 'toBookingDateTime', true);
    const fxOnly = headerOf(req, O3_HEADER.fxTransactions) === 'true';
    const selected = (await this.activity(req, accountId)).transactions.filter(
      (t) => inBookingWindow(t.bookingDateTime, from, to) && (!fxOnly || t.currencyExchange !== undefined),
    );
    const page = pageOf(selected, query);
    return { data: page.data, meta: { paginated: page.meta.totalPages > 1, ...page.meta } };
  }

  @Get(':accountId/statements')
  @ApiOperation({ summary: 'Monthly statements, filtered on OpeningDate (AEStatements + meta)', description: AUTH })
  @ApiQuery({ name: 'fromStatementDate', required: false })
  @ApiQuery({ name: 'toStatementDate', required: false })
  async statements(@Param('accountId') accountId: string, @Query() query: PageQuery & { fromStatementDate?: string; toStatementDate?: string }, @Req() req: Request) {
    for (const name of ['fromStatementDate', 'toStatementDate'] as const) {
      const value = query[name];
      if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw ApiError.badRequest(`${name} must be a date (YYYY-MM-DD)`, name);
    }
    const { statements } = await this.activity(req, accountId);
    const kept = statements.Statements.filter(
      (s) => (!query.fromStatementDate || s.OpeningDate >= query.fromStatementDate) && (!query.toStatementDate || s.OpeningDate <= query.toStatementDate),
    );
    const page = pageOf(kept, query);
    const all = statements.Statements;
    // A new account has no statement yet: no available range to give.
    const range = all.length ? { firstAvailableDateTime: `${all[0].OpeningDate}T00:00:00+04:00`, lastAvailableDateTime: `${all[all.length - 1].ClosingDate}T23:59:59+04:00` } : {};
    return { data: { ...statements, Statements: page.data }, meta: { ...page.meta, ...range } };
  }

  @Get(':accountId/products')
  @ApiOperation({ summary: 'The product of the account (ProductsResponse)', description: AUTH })
  @ApiPaging()
  async products(@Param('accountId') accountId: string, @Query() query: PageQuery, @Req() req: Request) {
    return pageOf((await this.activity(req, accountId)).products, query);
  }

  /** Generated history with the bank's payments posted on it (PostedActivity). */
  private async activity(req: Request, accountId: string) {
    const { account } = await this.scope.readableAccount(req, accountId);
    return this.posted.of(account);
  }
}
