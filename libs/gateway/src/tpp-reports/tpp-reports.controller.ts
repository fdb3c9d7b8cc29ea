import { InjectConfig, SandboxConfig, Tenant, TenantConfig, TenantPipe, tenantUrls } from '@hub/kernel';
import { TppReportQueryDto, type AEReportResponse } from '@hub/standards';
import { Caller, CallerIdentity, ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Controller, Get, Param, Query, Req, UseFilters, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { ApiCallLog } from '../access-log/api-call-log';
import { ServiceCalls, type ServiceOperation } from '../service-initiation/service-calls';
import { ServiceErrorsFilter } from '../service-initiation/service-errors.filter';
import { reportPeriodOf } from './report-period';
import { tppReport } from './tpp-report';

const BASE = '/open-finance/reporting/v2.1/tpp-reports';
const READ_REPORTS: ServiceOperation = { scope: 'tpp-reports', sectors: ['banking', 'insurance'], tppPath: BASE, method: 'GET' };

/**
 * API Hub TPP Reports v2.1-draft1 (`GET /tpp-reports`, client credentials with scope
 * `tpp-reports`): the calling TPP's own use of this LFI over the period, computed from the hub's
 * record of API calls (ApiCallLog). Another TPP's calls are never read.
 */
@ApiTags('tpp-reports')
@ApiParam({ name: 'tenant', description: 'LFI tenant id (bank or insurer)' })
@ApiUnauthorizedResponse({ description: 'No, unknown, expired or wrongly bound access token (no body)' })
@ApiForbiddenResponse({ description: 'AccessToken.InvalidScope' })
@ApiTooManyRequestsResponse({ description: 'The TPP\'s rate limit at this LFI (Retry-After)' })
@Controller(`:tenant/rs${BASE}`)
@UseGuards(ClientCertificateGuard)
@RequireCaller({ kinds: ['tpp'] })
@UseFilters(ServiceErrorsFilter)
export class TppReportsController {
  constructor(
    private readonly calls: ServiceCalls,
    private readonly log: ApiCallLog,
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The TPP\'s reports at this LFI for a period: API Call Volume, LFI/OFP Availability, LFI/OFP Performance (TppReports_read)' })
  @ApiQuery({ type: TppReportQueryDto })
  @ApiOkResponse({ description: 'AEReportResponse: {Data: [report entries], Links: {Self}, Meta: {}}' })
  @ApiBadRequestResponse({ description: 'Resource.InvalidFormat: a missing or malformed date, an end before the start, an unknown ReportType' })
  async read(@Param('tenant', TenantPipe) tenant: Tenant, @Query() raw: Record<string, unknown>, @Req() req: Request, @Caller() caller: CallerIdentity): Promise<AEReportResponse> {
    const access = await this.calls.admit(tenant, req, caller, READ_REPORTS);
    const period = reportPeriodOf(raw);
    const calls = await this.log.callsOf({ tenantId: tenant.id, clientId: access.clientId, from: period.from, to: period.to });
    const search = new URLSearchParams({ ReportingPeriodStartDate: period.start, ReportingPeriodEndDate: period.end, ...(raw.ReportType ? { ReportType: String(raw.ReportType) } : {}) });
    return {
      Data: tppReport(calls, period, { id: tenant.id, name: tenant.name }),
      Links: { Self: `${tenantUrls(this.config, tenant as TenantConfig).resourceServerUrl}${BASE}?${search.toString()}` },
      Meta: {},
    };
  }
}
