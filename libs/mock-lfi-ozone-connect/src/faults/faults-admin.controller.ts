import { Body, Controller, Delete, Get, HttpCode, Param, Put, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { MAX_LATENCY_MS, normalizeRules, type FaultRule } from './fault-rule';
import { FaultStore } from './fault-store';
import { LfiOperatorGuard } from './lfi-operator.guard';

type FaultList = { rules: (FaultRule & { matched: number; injected: number })[] };

const RULE_SCHEMA = {
  type: 'object',
  required: ['path'],
  additionalProperties: false,
  properties: {
    path: { type: 'string', example: '/accounts/*/transactions', description: 'Below /{tenant}/ozone-connect; `*` = one segment, final `**` = any rest. Health checks are never affected.' },
    latencyMs: { type: 'integer', minimum: 0, maximum: MAX_LATENCY_MS, description: 'Delay before the answer (the hub gives up after 5 s by default)' },
    errorRate: { type: 'number', minimum: 0, maximum: 1, description: 'Share of matching calls that fail, counter-based: 1 = all, 0.5 = every 2nd. Default 1 if status is set, else 0' },
    status: { type: 'integer', minimum: 400, maximum: 599, description: 'Status of an injected failure, default 503' },
    errorCode: { type: 'string', description: 'Ozone Connect errorCode, default GenericRecoverableError (5xx) or GenericError' },
    errorMessage: { type: 'string', maxLength: 500 },
  },
};
const AUTH = "Requires this tenant's own LFI client certificate (mTLS; OU/CN = the tenant's organisationId/clientId).";

/** Run-time fault knobs of one LFI tenant, so a TPP can rehearse how it handles LFI failures. */
@ApiTags('lfi fault injection (sandbox only)')
@ApiParam({ name: 'tenant', description: 'LFI tenant id' })
@ApiUnauthorizedResponse({ description: 'No client certificate, or one not from the sandbox CA' })
@ApiForbiddenResponse({ description: "A certificate other than this tenant's LFI application" })
@UseGuards(LfiOperatorGuard)
@Controller(':tenant/admin/faults')
export class FaultsAdminController {
  constructor(private readonly faults: FaultStore) {}

  @Get()
  @ApiOperation({ summary: "The tenant's fault rules, with how many calls each matched and failed", description: AUTH })
  @ApiOkResponse({ description: '{ rules: [rule with defaults, matched, injected] }' })
  list(@Param('tenant') tenantId: string): FaultList {
    return { rules: this.faults.list(tenantId) };
  }

  @Put()
  @ApiOperation({ summary: "Replace the tenant's fault rules (first match wins; counters restart)", description: AUTH })
  @ApiBody({ schema: { type: 'object', required: ['rules'], properties: { rules: { type: 'array', items: RULE_SCHEMA } } } })
  @ApiOkResponse({ description: 'The rules now in force' })
  @ApiBadRequestResponse({ description: 'A rule is malformed' })
  replace(@Param('tenant') tenantId: string, @Body() body: unknown): FaultList {
    this.faults.replace(tenantId, normalizeRules(body));
    return this.list(tenantId);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: "Clear the tenant's fault rules: Ozone Connect answers normally again", description: AUTH })
  @ApiNoContentResponse({ description: 'Cleared' })
  clear(@Param('tenant') tenantId: string): void {
    this.faults.replace(tenantId, []);
  }
}
