import { ApiError } from '@hub/kernel';
import { recordLead } from '@hub/mock-lfi-store';
import type { OzoneLeadResponse, OzoneProductResponse } from '@hub/ozone-connect';
import { applyDecorators, Body, Controller, Get, HttpCode, Param, Post, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiCreatedResponse, ApiForbiddenResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AUTH } from '../bank-data/api-docs';
import { HubClientGuard } from '../guards/hub-client-guard';
import { HubJwtAuthGuard } from '../guards/hub-jwt-auth.guard';
import { headerOf, O3ServiceHeadersGuard, REQUIRED_SERVICE_O3_HEADERS } from '../guards/o3-headers.guard';
import { BankCatalogues } from './bank-catalogues';
import { leadDetailsOf } from './lead-request';
import { productSelectionOf, selectProducts, type RawQuery } from './product-selection';

const CUSTOMER_IP = 'x-fapi-customer-ip-address';

/** Both operations list x-fapi-customer-ip-address as required (bank products data v2.1.2). */
function customerIpOf(req: Request): string {
  const ip = headerOf(req, CUSTOMER_IP);
  if (!ip) throw ApiError.badRequest(`${CUSTOMER_IP} is required`, CUSTOMER_IP, 'Resource.InvalidFormat');
  return ip;
}

/** The consent-less o3 headers the document lists on both operations. */
function ApiO3Headers(): ClassDecorator {
  return applyDecorators(...REQUIRED_SERVICE_O3_HEADERS.map((name) => ApiHeader({ name, required: true })), ApiHeader({ name: 'o3-caller-interaction-id', required: false }));
}

/**
 * Ozone Connect bank products data (v2.1.2): the bank's product catalogue, filtered, sorted and
 * paged as the hub asks, and the leads TPPs hand over, each recorded in the bank's database for
 * its operator (GET /{tenant}/admin/leads). Lower-case `data`/`meta` envelopes around the
 * standard's PascalCase members; errors are `{errorCode, errorMessage}`.
 */
@ApiTags('ozone-connect products')
@ApiParam({ name: 'tenant', description: 'LFI tenant id (a bank: insurers publish no banking products)' })
@ApiHeader({ name: CUSTOMER_IP, required: true, description: "The User's IP address, as the TPP sent it" })
@ApiO3Headers()
@UseGuards(HubClientGuard, HubJwtAuthGuard, O3ServiceHeadersGuard)
@Controller(':tenant/ozone-connect')
export class OzoneConnectProductsController {
  constructor(
    private readonly catalogues: BankCatalogues,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Get('products')
  @ApiOperation({ operationId: 'GetProducts', summary: "The bank's products: filters ProductCategory, IsShariaCompliant, LastUpdatedDateTime (at or after); SortField and SortOrder; page and page-size", description: AUTH })
  @ApiQuery({ name: 'ProductCategory', required: false, enum: ['SavingsAccount', 'CurrentAccount', 'CreditCard', 'Finance', 'Mortgage'] })
  @ApiQuery({ name: 'IsShariaCompliant', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'LastUpdatedDateTime', required: false, description: 'RFC 3339 date-time with a timezone' })
  @ApiQuery({ name: 'SortOrder', required: false, enum: ['asc', 'desc'] })
  @ApiQuery({ name: 'SortField', required: false, enum: ['LastUpdatedDateTime', 'ProductId'] })
  @ApiQuery({ name: 'page', required: true, description: '1-based' })
  @ApiQuery({ name: 'page-size', required: true })
  @ApiOkResponse({ description: 'ProductResponse: {data: [{LFIId, LFIBrandId, Products}], meta: {totalPages, totalRecords}}' })
  @ApiBadRequestResponse({ description: 'Resource.InvalidFormat: a query value the document does not allow, page or page-size missing, or x-fapi-customer-ip-address missing' })
  @ApiUnauthorizedResponse({ description: 'No hub client certificate, or JWT auth missing or invalid' })
  @ApiForbiddenResponse({ description: 'A client certificate other than the hub client of this tenant' })
  @ApiNotFoundResponse({ description: 'The tenant is not a bank' })
  products(@Param('tenant') tenantId: string, @Query() raw: RawQuery, @Req() req: Request): OzoneProductResponse {
    const catalogue = this.catalogues.of(tenantId);
    customerIpOf(req);
    const selection = productSelectionOf(raw);
    const selected = selectProducts(catalogue.products, selection.query);
    const start = (selection.page - 1) * selection.pageSize;
    return {
      data: [{ LFIId: catalogue.lfiId, LFIBrandId: catalogue.lfiBrandId, Products: selected.slice(start, start + selection.pageSize) }],
      meta: { totalPages: Math.max(1, Math.ceil(selected.length / selection.pageSize)), totalRecords: selected.length },
    };
  }

  @Post('leads')
  @HttpCode(201)
  @ApiOperation({ operationId: 'CreateLead', summary: 'Record a lead (the prospective customer, their contact and the product categories of interest) for the bank\'s sales team', description: AUTH })
  @ApiBody({ description: 'LeadRequest: {data: {Email, Name, EmiratesId, MarketingOptOut, ProductCategories, PhoneNumber?, Nationality?, ResidentialAddress?, LeadInformation?}}', schema: { type: 'object' } })
  @ApiCreatedResponse({ description: 'LeadResponse: {data: the lead with its LeadId}' })
  @ApiBadRequestResponse({ description: 'Body.InvalidFormat naming the member (an unknown product category among them), or x-fapi-customer-ip-address missing' })
  async lead(@Param('tenant') tenantId: string, @Body() body: unknown, @Req() req: Request): Promise<OzoneLeadResponse> {
    this.catalogues.of(tenantId);
    const customerIpAddress = customerIpOf(req);
    const details = leadDetailsOf(body);
    const lead = await recordLead(this.db, {
      tenantId,
      callerOrgId: headerOf(req, 'o3-caller-org-id')!,
      callerClientId: headerOf(req, 'o3-caller-client-id')!,
      details,
      customerIpAddress,
      interactionId: headerOf(req, 'o3-ozone-interaction-id')!,
      createdAt: new Date(),
    });
    return { data: { LeadId: lead.leadId, ...details } };
  }
}
