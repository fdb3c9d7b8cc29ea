import { ApiError } from '@hub/kernel';
import { listInsurancePolicies } from '@hub/mock-lfi-store';
import { LFI_PROFILE, type LfiProfile, policyDetailOf, policyPaymentDetailsOf, policySummaryOf } from '@hub/mock-lfi-data';
import { Controller, Get, Inject, Param, Query, Req, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { ApiBankDataSharing, ApiPaging, AUTH } from '../bank-data/api-docs';
import { pageOf, type PageQuery } from '../bank-data/paging';
import { HubClientGuard } from '../guards/hub-client-guard';
import { HubJwtAuthGuard } from '../guards/hub-jwt-auth.guard';
import { O3HeadersGuard } from '../guards/o3-headers.guard';
import { INSURANCE_LINES } from '@hub/standards';
import { InsuranceScope } from './insurance-scope';

// One path per line, so unknown lines fall through to Nest's 404 like any unknown path.
const LIST = INSURANCE_LINES.map((line) => `${line}-insurance-policies`);
const ONE = LIST.map((path) => `${path}/:insurancePolicyId`);
const PAYMENT = ONE.map((path) => `${path}/payment-details`);

/**
 * Ozone Connect insurance (v2.1): the policies of the seven lines, their detail and where the
 * premium is collected from. Bodies are the document's shapes: lower-case `data`/`meta`
 * envelopes around the standards' PascalCase members.
 */
@ApiTags('ozone-connect insurance')
@ApiBankDataSharing()
@UseGuards(HubClientGuard, HubJwtAuthGuard, O3HeadersGuard)
@Controller(':tenant/ozone-connect')
export class OzoneConnectInsuranceController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(LFI_PROFILE) private readonly profile: LfiProfile,
    private readonly scope: InsuranceScope,
  ) {}

  @Get(LIST)
  @ApiOperation({ summary: 'The policies of insurancePolicyIds that are the PSU\'s and of the line (AEReadInsurancePolicies1, motor/life variants)', description: AUTH })
  @ApiQuery({ name: 'insurancePolicyIds', required: true, description: 'Comma-separated policy ids (the consent\'s)' })
  @ApiPaging()
  @ApiOkResponse({ description: '{data: {Policies: [...]}, meta: {page, pageSize, totalPages, totalRecords}}' })
  async policies(@Query() query: PageQuery & { insurancePolicyIds?: string }, @Req() req: Request) {
    const line = this.scope.lineOf(req);
    if (!query.insurancePolicyIds) throw ApiError.badRequest('insurancePolicyIds is required', 'insurancePolicyIds');
    const psu = await this.scope.psuOf(req);
    const wanted = new Set(query.insurancePolicyIds.split(',').map((id) => id.trim()).filter(Boolean));
    // Others' policies and other lines are left out rather than refused: the list answers for the PSU only.
    const own = (await listInsurancePolicies(this.db, psu.tenantId, psu.userId)).filter((p) => p.line === line && wanted.has(p.insurancePolicyId));
    const page = pageOf(own.map(policySummaryOf), query);
    const pageNumber = Number(query.page || 1);
    const pageSize = Number(query['page-size'] || 100);
    // PaginatedMetadata needs at least one record and one page: an empty list carries no meta.
    if (own.length === 0) return { data: { Policies: [] } };
    return { data: { Policies: page.data }, meta: { page: pageNumber, pageSize, ...page.meta } };
  }

  @Get(ONE)
  @ApiOperation({ summary: 'One policy of the PSU on the line, every data cluster (the hub filters by permission)', description: AUTH })
  async policy(@Param('insurancePolicyId') id: string, @Req() req: Request) {
    const { psu, policy } = await this.scope.ownedPolicy(req, id);
    return { data: policyDetailOf(this.profile.seed, policy, psu) };
  }

  @Get(PAYMENT)
  @ApiOperation({ summary: 'The account the premium of the policy is collected from (AEInsurancePaymentDetails)', description: AUTH })
  async paymentDetails(@Param('insurancePolicyId') id: string, @Req() req: Request) {
    const { psu, policy } = await this.scope.ownedPolicy(req, id);
    return { data: policyPaymentDetailsOf(this.profile.seed, policy, psu) };
  }
}
