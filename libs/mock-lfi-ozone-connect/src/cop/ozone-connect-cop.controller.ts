import { ApiError } from '@hub/kernel';
import { copPayeeOf, LFI_PROFILE, type LfiProfile } from '@hub/mock-lfi-data';
import { findAccountByIban, findPsu } from '@hub/mock-lfi-store';
import type { CbuaeCopCustomer, CbuaeCopQueryAnswer } from '@hub/ozone-connect';
import { normalisedIban } from '@hub/standards';
import { applyDecorators, Body, Controller, HttpCode, Inject, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiForbiddenResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AUTH } from '../bank-data/api-docs';
import { HubClientGuard } from '../guards/hub-client-guard';
import { HubJwtAuthGuard } from '../guards/hub-jwt-auth.guard';
import { O3ServiceHeadersGuard, REQUIRED_SERVICE_O3_HEADERS } from '../guards/o3-headers.guard';
import { CopQueryDto } from './cop-query.dto';
import { payeeCustomers, seededAccountCustomers } from './cop-customers';

/**
 * Ozone Connect `POST /customers/action/cop-query` (findCustomerForCop, bank data sharing v2.1):
 * the hub asks for the customer records of an account for a Confirmation of Payee. Ozone applies
 * the name matching rules, so the bank returns the records of the account whatever name was
 * asked about, and an empty `data` when the account is not found, barred or opted out of CoP.
 * No consent: the o3 headers are those of a consent-less call.
 */
@ApiTags('ozone-connect confirmation of payee')
@ApiParam({ name: 'tenant', description: 'LFI tenant id (a bank)' })
@applyDecorators(...REQUIRED_SERVICE_O3_HEADERS.map((name) => ApiHeader({ name, required: true })))
@UseGuards(HubClientGuard, HubJwtAuthGuard, O3ServiceHeadersGuard)
@Controller(':tenant/ozone-connect/customers/action/cop-query')
export class OzoneConnectCopController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(LFI_PROFILE) private readonly profile: LfiProfile,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'The customer records of an account, for the hub\'s CoP name matching (findCustomerForCop)', description: AUTH })
  @ApiBody({ type: CopQueryDto, description: 'ConfirmationRequest: {data: {account: {schemeName: IBAN, identification, name: PersonName | BusinessName}}}' })
  @ApiOkResponse({ description: 'ConfirmationResponse: {data: [CbuaeCopCustomer]}; `data` is empty when the account is not found, barred or opted out' })
  @ApiBadRequestResponse({ description: 'A body that is not a ConfirmationRequest, or a required o3 header missing' })
  @ApiUnauthorizedResponse({ description: 'No hub client certificate, or JWT auth missing or invalid' })
  @ApiForbiddenResponse({ description: 'A client certificate other than the hub client of this tenant' })
  @ApiNotFoundResponse({ description: 'The tenant is not a bank' })
  async copQuery(@Param('tenant') tenantId: string, @Body() query: CopQueryDto): Promise<CbuaeCopQueryAnswer> {
    return { data: await this.customersOf(tenantId, normalisedIban(query.data.account.identification)) };
  }

  private async customersOf(tenantId: string, iban: string): Promise<CbuaeCopCustomer[]> {
    const tenant = this.profile.tenants.find((t) => t.id === tenantId);
    if (tenant?.sector !== 'banking') throw ApiError.notFound(`'${tenantId}' holds no accounts`);
    const account = await findAccountByIban(this.db, tenantId, iban);
    if (account) {
      const psu = await findPsu(this.db, tenantId, account.userId);
      return psu ? seededAccountCustomers(this.profile.seed, account, psu) : [];
    }
    const payee = copPayeeOf(tenant, iban);
    return payee ? payeeCustomers(tenantId, payee) : [];
  }
}
