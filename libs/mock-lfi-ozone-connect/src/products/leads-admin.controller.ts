import { listLeads, type LeadDetails } from '@hub/mock-lfi-store';
import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LfiOperatorGuard } from '../faults/lfi-operator.guard';
import { BankCatalogues } from './bank-catalogues';

const AUTH = "Requires this tenant's own LFI client certificate (mTLS; OU/CN = the tenant's organisationId/clientId).";

/** One lead as the bank's sales team sees it: the lead, when it came and which TPP sent it. */
export interface OperatorLead {
  LeadId: string;
  ReceivedDateTime: string;
  Tpp: { OrganisationId: string; ClientId: string };
  CustomerIpAddress: string;
  Lead: LeadDetails;
}

/**
 * The bank operator's view of the leads TPPs sent (POST /leads of Ozone Connect), oldest first:
 * the contacts its sales team follows up, each with the TPP to credit. Only the bank's own
 * application may read them: neither a TPP nor the hub sees another's leads here.
 */
@ApiTags('lfi leads (bank operator)')
@ApiParam({ name: 'tenant', description: 'LFI tenant id (a bank)' })
@ApiUnauthorizedResponse({ description: 'No client certificate, or one not from the sandbox CA' })
@ApiForbiddenResponse({ description: "A certificate other than this tenant's LFI application" })
@ApiNotFoundResponse({ description: 'The tenant is not a bank' })
@UseGuards(LfiOperatorGuard)
@Controller(':tenant/admin/leads')
export class LeadsAdminController {
  constructor(
    private readonly catalogues: BankCatalogues,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The leads TPPs handed to this bank, oldest first (at most 1000)', description: AUTH })
  @ApiOkResponse({ description: '{ Leads: [{ LeadId, ReceivedDateTime, Tpp: {OrganisationId, ClientId}, CustomerIpAddress, Lead: LeadRequest.Data }] }' })
  async list(@Param('tenant') tenantId: string): Promise<{ Leads: OperatorLead[] }> {
    this.catalogues.of(tenantId);
    const leads = await listLeads(this.db, tenantId);
    return {
      Leads: leads.map((l) => ({ LeadId: l.leadId, ReceivedDateTime: l.createdAt, Tpp: { OrganisationId: l.callerOrgId, ClientId: l.callerClientId }, CustomerIpAddress: l.customerIpAddress, Lead: l.details })),
    };
  }
}
