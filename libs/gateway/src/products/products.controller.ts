import { ApiError, InjectConfig, SandboxConfig, Tenant, TenantConfig, TenantPipe, tenantUrls } from '@hub/kernel';
import type { OzoneLeadResponse, OzoneProductResponse } from '@hub/ozone-connect';
import { ApiProductsQuery, LeadRequestDto } from '@hub/standards';
import { Caller, CallerIdentity, ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Controller, Get, Param, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ConsentResourceErrorFilter } from '../consent-resources/bodiless-errors.filter';
import { ServiceCalls, type ServiceOperation } from '../service-initiation/service-calls';
import { validateMessage } from '../service-initiation/validate-message';
import { leadResponse, productResponse } from './product-mapping';
import { CUSTOMER_IP_HEADER, customerIpAddressOf, ozoneProductsQuery, productsRequestOf } from './products-request';

const BASE = '/open-finance/product/v2.1';
const op = (method: ServiceOperation['method'], path: string): ServiceOperation => ({ scope: 'products', sectors: ['banking'], tppPath: `${BASE}${path}`, method });
const PRODUCTS = op('GET', '/products');
const LEADS = op('POST', '/leads');

/**
 * Products & Leads v2.1 (standards/v2.1/uae-product-openapi.yaml; client credentials, scope
 * `products`): a bank's product catalogue with the document's filters and sort, and a lead (a
 * prospective customer's contact and the product categories that interest them) handed to the
 * bank. Both are forwarded to the bank's Ozone Connect (bank products data v2.1.2). The product
 * categories are banking ones: an insurer offers neither operation (404).
 */
@ApiTags('Products & Leads v2.1')
@ApiParam({ name: 'tenant', description: 'LFI tenant id (a bank)' })
@ApiHeader({ name: CUSTOMER_IP_HEADER, required: true, description: "The User's IP address (required by the document)" })
@ApiUnauthorizedResponse({ description: 'No, unknown, expired or wrongly bound access token (no body)' })
@ApiForbiddenResponse({ description: 'AccessToken.InvalidScope: the token lacks the products scope' })
@ApiNotFoundResponse({ description: 'The LFI is not a bank (no body)' })
@Controller(':tenant/rs/open-finance/product/v2.1')
@UseGuards(ClientCertificateGuard)
@RequireCaller({ kinds: ['tpp'] })
@UseFilters(ConsentResourceErrorFilter)
export class ProductsController {
  constructor(
    private readonly calls: ServiceCalls,
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  @Get('products')
  @ApiOperation({ operationId: 'GetProducts', summary: "The bank's products, filtered by ProductCategory, IsShariaCompliant and LastUpdatedDateTime (at or after), sorted by SortField and SortOrder" })
  @ApiProductsQuery()
  @ApiOkResponse({ description: 'ProductResponse: [{LFIId, LFIBrandId, Products}] with Links and Meta.TotalPages' })
  @ApiBadRequestResponse({ description: `Resource.InvalidFormat: a filter, sort or page value the document does not allow, an unknown query parameter, or ${CUSTOMER_IP_HEADER} missing or not an IP address` })
  async products(@Param('tenant', TenantPipe) tenant: Tenant, @Req() req: Request, @Res() res: Response, @Caller() caller: CallerIdentity): Promise<void> {
    await this.calls.admit(tenant, req, caller, PRODUCTS);
    const customerIp = customerIpAddressOf(req);
    const request = productsRequestOf(req.query);
    const answer = await this.calls.forward(tenant, req, caller, PRODUCTS, '/products', undefined, { query: ozoneProductsQuery(request), headers: { [CUSTOMER_IP_HEADER]: customerIp } });
    const selfUrl = `${tenantUrls(this.config, tenant as TenantConfig).resourceServerUrl}${req.originalUrl.slice(req.originalUrl.indexOf(BASE))}`;
    res.status(200).json(productResponse(answer.body as OzoneProductResponse | undefined, { selfUrl, page: request.page, pageSize: request.pageSize }));
  }

  @Post('leads')
  @ApiOperation({ operationId: 'CreateLead', summary: 'Hand the bank a lead: the prospective customer, how to reach them and the product categories they are interested in' })
  @ApiConsumes('application/json')
  @ApiBody({ type: LeadRequestDto })
  @ApiCreatedResponse({ description: 'LeadResponse: the lead as the bank recorded it, with its LeadId' })
  @ApiBadRequestResponse({ description: `Body.InvalidFormat (the member is named in Path), or Resource.InvalidFormat (${CUSTOMER_IP_HEADER})` })
  @ApiUnsupportedMediaTypeResponse({ description: 'The body is not application/json (no body)' })
  async lead(@Param('tenant', TenantPipe) tenant: Tenant, @Req() req: Request, @Res() res: Response, @Caller() caller: CallerIdentity): Promise<void> {
    await this.calls.admit(tenant, req, caller, LEADS);
    const customerIp = customerIpAddressOf(req);
    if (!isJson(req)) throw new ApiError(415, 'Body.InvalidFormat', 'the body must be application/json');
    const request = validateMessage(LeadRequestDto, req.body);
    const answer = await this.calls.forward(tenant, req, caller, LEADS, '/leads', { data: request.Data }, { headers: { [CUSTOMER_IP_HEADER]: customerIp } });
    res.status(201).json(leadResponse(ocLeadOf(answer.body)));
  }
}

function isJson(req: Request): boolean {
  return String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase() === 'application/json';
}

/** The LFI must answer a lead with its id; anything else is the LFI's failure, not the TPP's. */
function ocLeadOf(body: unknown): OzoneLeadResponse {
  const data = (body as { data?: { LeadId?: unknown } } | undefined)?.data;
  if (!data || typeof data.LeadId !== 'string' || !data.LeadId) throw new ApiError(500, 'GenericError', 'The LFI gave an unexpected answer.');
  return body as OzoneLeadResponse;
}
