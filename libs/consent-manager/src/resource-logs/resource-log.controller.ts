import { ApiError, Tenant, TenantPipe } from '@hub/kernel';
import { ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Body, Controller, HttpCode, Param, Patch, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiNoContentResponse, ApiNotFoundResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { asApi } from '@hub/consent';
import { ResourceLogStore } from '@hub/resource-logs';
import { AccountOpeningLogPatchDto } from './dto/account-opening-log-patch.dto';
import { FxQuoteLogPatchDto } from './dto/fx-quote-log-patch.dto';
import { InsuranceQuoteLogPatchDto, insuranceQuoteLogProblem } from './dto/insurance-quote-log-patch.dto';

/** Members of a patch other than the status: they travel with it to the TPP. */
function detailsOf(body: object, statusField: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([k, v]) => k !== statusField && v !== undefined));
}

/**
 * The Consent Manager's resource logs (api-hub v2.1.x, tag `resource-log`): the LFI reports the
 * progress of FX quotes, account openings and insurance quotes it created for a TPP. Only the LFI certificate of
 * the tenant is admitted; a refused move (e.g. out of a final status) is 400 `{errorCode, errorMessage}`.
 */
@ApiTags('consent-manager')
@ApiParam({ name: 'tenant', description: 'LFI tenant id, e.g. falcon-bank' })
@ApiBadRequestResponse({ description: '{errorCode, errorMessage}: invalid body or refused status change' })
@ApiNotFoundResponse({ description: 'No such resource at this LFI' })
@Controller(':tenant/cm')
@UseGuards(ClientCertificateGuard)
@RequireCaller({ kinds: ['lfi'] })
export class ResourceLogController {
  constructor(private readonly logs: ResourceLogStore) {}

  @Patch('fx-quote-log/:logId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Patch the status of an FX quote (logId = FxQuoteId); Completed carries Trade and Commission' })
  @ApiBody({ type: FxQuoteLogPatchDto })
  @ApiNoContentResponse({ description: 'Recorded; the TPP is notified while its subscription is active' })
  async fxQuote(@Param('tenant', TenantPipe) tenant: Tenant, @Param('logId') logId: string, @Body() body: FxQuoteLogPatchDto): Promise<void> {
    if (body.QuoteStatus !== 'Completed' && (body.Trade || body.Commission)) {
      throw ApiError.badRequest('Trade and Commission are only reported with QuoteStatus Completed', 'Trade', 'Body.InvalidFormat');
    }
    await asApi(() => this.logs.recordStatus(tenant.id, 'fx-quote', logId, { status: body.QuoteStatus, details: detailsOf(body, 'QuoteStatus') }));
  }

  @Patch('account-opening-log/:logId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Patch the status of an account opening (logId = AccountId)' })
  @ApiBody({ type: AccountOpeningLogPatchDto })
  @ApiNoContentResponse({ description: 'Recorded; the TPP is notified while its subscription is active' })
  async accountOpening(@Param('tenant', TenantPipe) tenant: Tenant, @Param('logId') logId: string, @Body() body: AccountOpeningLogPatchDto): Promise<void> {
    await asApi(() => this.logs.recordStatus(tenant.id, 'account-opening', logId, { status: body.OpeningStatus, details: detailsOf(body, 'OpeningStatus') }));
  }

  @Patch('insurance-quote-log/:logId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Patch the status of an insurance quote (logId = QuoteId): pending, negative final (Reason) or Completed (PolicyTerm, Premium, …)' })
  @ApiBody({ type: InsuranceQuoteLogPatchDto })
  @ApiNoContentResponse({ description: 'Recorded; the TPP is notified while its subscription is active' })
  async insuranceQuote(@Param('tenant', TenantPipe) tenant: Tenant, @Param('logId') logId: string, @Body() body: InsuranceQuoteLogPatchDto): Promise<void> {
    const problem = insuranceQuoteLogProblem(body);
    if (problem) throw ApiError.badRequest(problem.message, problem.path, 'Body.InvalidFormat');
    await asApi(() => this.logs.recordStatus(tenant.id, 'insurance-quote', logId, { status: body.QuoteStatus, details: detailsOf(body, 'QuoteStatus') }));
  }
}
