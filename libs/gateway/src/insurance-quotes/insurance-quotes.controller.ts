import { asApi } from '@hub/consent';
import { ApiError, Clock, InjectConfig, SandboxConfig, Tenant, TenantConfig, TenantPipe, tenantUrls } from '@hub/kernel';
import { CREATE_QUOTE_REQUEST_DTOS, CreateInsurancePolicyRequestDto, UpdateInsuranceQuoteRequestDto, INSURANCE_ACCEPTED_STATUSES, type InsuranceLine } from '@hub/standards';
import { ResourceLogStore, type ResourceLog } from '@hub/resource-logs';
import { Caller, CallerIdentity, ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Controller, Get, Param, Patch, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConsumes, ApiCreatedResponse, ApiExtraModels, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags, ApiUnauthorizedResponse, getSchemaPath } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { HubResponseSigner } from '../payment-consents/hub-response-signer';
import { ServiceCalls, type ServiceOperation } from '../service-initiation/service-calls';
import { assertQuoteAcceptable } from '../service-initiation/quote-acceptance';
import { ServiceErrorsFilter } from '../service-initiation/service-errors.filter';
import { sendResource } from '../service-initiation/service-response';
import { TppMessages } from '../service-initiation/signed-message';
import { validateMessage } from '../service-initiation/validate-message';
import { insuranceLine } from './insurance-lines';
import type { OzoneInsurancePolicyCreated, OzoneInsuranceQuoteAccepted, OzoneInsuranceQuoteRead, OzoneInsuranceQuotesCreated } from '@hub/ozone-connect';
import { acceptedQuote, policyCreated, quoteRead, quotesCreated, quotesOf, type OcAnswer } from './insurance-quote-mapping';

const BASE = '/open-finance/insurance/v2.1';
const op = (method: ServiceOperation['method'], path: string): ServiceOperation => ({ scope: 'insurance', sectors: ['insurance'], tppPath: `${BASE}${path}`, method });
/** Statuses after an acceptance (AEInsuranceAcceptedByUserQuoteStatusCodes), from which a policy may be requested. */
const ACCEPTED: readonly string[] = INSURANCE_ACCEPTED_STATUSES;

/**
 * Insurance v2.1 quotes and policy creation (client credentials, scope `insurance`) for the seven
 * lines: the hub forwards to the insurer's Ozone Connect, records each quote in the Consent
 * Manager's insurance-quote log for the TPP that asked (nobody else sees it: 404), and notifies
 * that TPP of every status change while its subscription is active.
 */
@ApiTags('Insurance v2.1')
@ApiParam({ name: 'tenant', description: 'LFI tenant id (an insurer)' })
@ApiParam({ name: 'line', description: 'employment, health, home, life, motor, renters or travel' })
@ApiUnauthorizedResponse({ description: 'No, unknown, expired or wrongly bound access token (no body)' })
@ApiForbiddenResponse({ description: 'AccessToken.InvalidScope' })
@ApiNotFoundResponse({ description: 'No such quote of this TPP at this insurer, or the LFI is not an insurer (no body)' })
@ApiExtraModels(...Object.values(CREATE_QUOTE_REQUEST_DTOS))
@Controller(':tenant/rs/open-finance/insurance/v2.1')
@UseGuards(ClientCertificateGuard)
@RequireCaller({ kinds: ['tpp'] })
@UseFilters(ServiceErrorsFilter)
export class InsuranceQuotesController {
  constructor(
    private readonly calls: ServiceCalls,
    private readonly logs: ResourceLogStore,
    private readonly messages: TppMessages,
    private readonly signer: HubResponseSigner,
    private readonly clock: Clock,
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  @Post(':line-insurance-quotes')
  @ApiOperation({ summary: 'Ask the insurer for quotes on one line (application/json or signed application/jwt); 204 when it will not quote' })
  @ApiConsumes('application/json', 'application/jwt')
  @ApiProduces('application/json', 'application/jwt')
  @ApiBody({ schema: { oneOf: Object.values(CREATE_QUOTE_REQUEST_DTOS).map((dto) => ({ $ref: getSchemaPath(dto) })) }, description: 'AECreate{Line}InsuranceQuoteRequestBody1 of the line in the path' })
  @ApiCreatedResponse({ description: 'AECreateInsuranceQuoteResponseBody1 (signed when Accept: application/jwt)' })
  @ApiNoContentResponse({ description: 'The insurer declined to quote' })
  @ApiBadRequestResponse({ description: 'Body.InvalidFormat, JWS.*, or the insurer refused the request' })
  async quote(@Param('tenant', TenantPipe) tenant: Tenant, @Param('line') lineParam: string, @Req() req: Request, @Res() res: Response, @Caller() caller: CallerIdentity): Promise<void> {
    const line = insuranceLine(lineParam);
    const operation = op('POST', `/${line}-insurance-quotes`);
    const access = await this.calls.admit(tenant, req, caller, operation);
    const request = validateMessage(CREATE_QUOTE_REQUEST_DTOS[line], await this.messages.read(req, caller, tenant, { jsonAllowed: true }));
    const answer = await this.calls.forward(tenant, req, caller, operation, `/${line}-insurance-quotes`, { data: request.Data });
    if (answer.status === 204) {
      res.status(204).end();
      return;
    }
    const quotes = quotesOf(answer.body);
    if (!quotes) throw new ApiError(500, 'GenericError', 'The LFI gave an unexpected answer.');
    for (const q of quotes) await asApi(() => this.logs.open(this.newLog(tenant, line, access.clientId, caller, q)));
    await sendResource(req, res, 201, quotesCreated(lfiAnswer<OzoneInsuranceQuotesCreated>(answer.body), this.url(tenant, `/${line}-insurance-quotes`)), { signer: this.signer, tenantId: tenant.id, clientId: access.clientId });
  }

  @Get(':line-insurance-quotes/:QuoteId')
  @ApiOperation({ summary: 'One of the TPP\'s quotes as the insurer has it now' })
  @ApiProduces('application/json', 'application/jwt')
  @ApiOkResponse({ description: 'AEInsuranceQuoteReadResponseBody1 (signed when Accept: application/jwt)' })
  async read(@Param('tenant', TenantPipe) tenant: Tenant, @Param('line') lineParam: string, @Param('QuoteId') id: string, @Req() req: Request, @Res() res: Response, @Caller() caller: CallerIdentity): Promise<void> {
    const line = insuranceLine(lineParam);
    const operation = op('GET', `/${line}-insurance-quotes/{QuoteId}`);
    const access = await this.calls.admit(tenant, req, caller, operation);
    await this.ownQuote(tenant, line, id, access.clientId);
    const answer = await this.calls.forward(tenant, req, caller, operation, `/${line}-insurance-quotes/${encodeURIComponent(id)}`);
    await sendResource(req, res, 200, quoteRead(lfiAnswer<OzoneInsuranceQuoteRead>(answer.body), this.url(tenant, `/${line}-insurance-quotes/${id}`)), { signer: this.signer, tenantId: tenant.id, clientId: access.clientId });
  }

  @Patch(':line-insurance-quotes/:QuoteId')
  @ApiOperation({ summary: 'Accept the quote (QuoteStatus ApplicationPending or KYCCaptured) and/or change its Subscription (signed application/jwt)' })
  @ApiConsumes('application/jwt')
  @ApiBody({ type: UpdateInsuranceQuoteRequestDto, description: 'The `message` of the signed body' })
  @ApiOkResponse({ description: 'Accepted: {Data: {PolicyIssuanceAllowed}, Links: {Self, PaymentUrl?}}' })
  @ApiNoContentResponse({ description: 'Subscription changed (no acceptance), or the insurer answered without body' })
  @ApiBadRequestResponse({ description: 'JWS.*, Body.InvalidFormat, InsuranceQuote.Expired, InsuranceQuote.NotAvailable' })
  async accept(@Param('tenant', TenantPipe) tenant: Tenant, @Param('line') lineParam: string, @Param('QuoteId') id: string, @Req() req: Request, @Res() res: Response, @Caller() caller: CallerIdentity): Promise<void> {
    const line = insuranceLine(lineParam);
    const operation = op('PATCH', `/${line}-insurance-quotes/{QuoteId}`);
    const access = await this.calls.admit(tenant, req, caller, operation);
    const log = await this.ownQuote(tenant, line, id, access.clientId);
    const request = validateMessage(UpdateInsuranceQuoteRequestDto, await this.messages.read(req, caller, tenant, { jsonAllowed: false }));
    if (!request.Data && !request.Subscription) throw ApiError.badRequest('Data (to accept) or Subscription is required', 'Data');
    if (request.Data && line === 'health' && !request.Data.CustomerSalary) throw ApiError.badRequest('CustomerSalary is required to accept a health quote', 'Data.CustomerSalary');
    if (request.Data) assertQuoteAcceptable('insurance-quote', log, this.clock.now());
    if (request.Subscription) await asApi(() => this.logs.setWebhook(tenant.id, 'insurance-quote', id, access.clientId, request.Subscription!.Webhook));
    if (!request.Data) {
      res.status(204).end();
      return;
    }
    const answer = await this.calls.forward(tenant, req, caller, operation, `/${line}-insurance-quotes/${encodeURIComponent(id)}`, { data: request.Data });
    await asApi(() => this.logs.recordStatus(tenant.id, 'insurance-quote', id, { status: request.Data!.QuoteStatus }));
    if (answer.status === 204 || answer.body === undefined) {
      res.status(204).end();
      return;
    }
    await sendResource(req, res, 200, acceptedQuote(lfiAnswer<OzoneInsuranceQuoteAccepted>(answer.body), this.url(tenant, `/${line}-insurance-quotes/${id}`)), { signer: this.signer, tenantId: tenant.id, clientId: access.clientId });
  }

  @Post(':line-insurance-policies')
  @ApiOperation({ summary: 'Ask the insurer to issue the policy of an accepted quote (signed application/jwt, AEInsuranceCreatePolicy1); answered signed' })
  @ApiConsumes('application/jwt')
  @ApiProduces('application/jwt')
  @ApiBody({ type: CreateInsurancePolicyRequestDto, description: 'The `message` of the signed body' })
  @ApiCreatedResponse({ description: '{Data: AEInsuranceInsurancePolicyResponseData1, Links, Meta} signed by the hub' })
  async createPolicy(@Param('tenant', TenantPipe) tenant: Tenant, @Param('line') lineParam: string, @Req() req: Request, @Res() res: Response, @Caller() caller: CallerIdentity): Promise<void> {
    const line = insuranceLine(lineParam);
    const operation = op('POST', `/${line}-insurance-policies`);
    const access = await this.calls.admit(tenant, req, caller, operation);
    const request = validateMessage(CreateInsurancePolicyRequestDto, await this.messages.read(req, caller, tenant, { jsonAllowed: false }));
    const quote = await this.logs.find(tenant.id, 'insurance-quote', request.Data.QuoteId, access.clientId);
    // Another TPP's quote, or one of another line, is as unknown as none.
    if (!quote || quote.line !== line) throw ApiError.badRequest(`QuoteId ${request.Data.QuoteId} is not a ${line} quote of this TPP at this insurer`, 'Data.QuoteId');
    if (!ACCEPTED.includes(quote.status)) throw ApiError.badRequest(`the quote is ${quote.status}: a policy needs an accepted quote (${ACCEPTED.join(' or ')})`, 'Data.QuoteId', 'InsuranceQuote.NotAccepted');
    const answer = await this.calls.forward(tenant, req, caller, operation, `/${line}-insurance-policies`, { data: request.Data });
    const created = lfiAnswer<OzoneInsurancePolicyCreated>(answer.body);
    // Checked, as the hub needs it for Self: an LFI may still answer without body or id.
    const policyId: unknown = (created as Partial<typeof created> | undefined)?.data?.InsurancePolicyId;
    if (typeof policyId !== 'string') throw new ApiError(500, 'GenericError', 'The LFI gave an unexpected answer.');
    const body = policyCreated(created, this.url(tenant, `/${line}-insurance-policies/${policyId}`));
    await sendResource(req, res, 201, body, { signer: this.signer, tenantId: tenant.id, clientId: access.clientId, jwtOnly: true });
  }

  private async ownQuote(tenant: Tenant, line: InsuranceLine, id: string, clientId: string): Promise<ResourceLog> {
    const log = await asApi(() => this.logs.own(tenant.id, 'insurance-quote', id, clientId));
    if (log.line !== line) throw ApiError.notFound(`No ${line} quote ${id}`);
    return log;
  }

  private newLog(tenant: Tenant, line: InsuranceLine, clientId: string, caller: CallerIdentity, q: { QuoteId: string; QuoteStatus?: string; ExpirationDateTime?: string }) {
    const expires = q.ExpirationDateTime ? Date.parse(q.ExpirationDateTime) : NaN;
    return {
      tenantId: tenant.id,
      kind: 'insurance-quote' as const,
      logId: q.QuoteId,
      line,
      clientId,
      organisationId: caller.organisationId,
      softwareStatementId: caller.softwareStatementId,
      status: q.QuoteStatus ?? 'Available',
      resourcePath: `${BASE}/${line}-insurance-quotes/${q.QuoteId}`,
      ...(Number.isNaN(expires) ? {} : { expiresAt: new Date(expires) }),
    };
  }

  private url(tenant: Tenant, path: string): string {
    return `${tenantUrls(this.config, tenant as TenantConfig).resourceServerUrl}${BASE}${path}`;
  }
}

/**
 * Where the insurer's JSON enters the insurance mapping: its body taken as the Ozone Connect
 * document describes the operation's answer (`Body`). Not checked here: the e2e tests check the
 * LFI's bodies against that document and the hub's answers against the standard.
 */
function lfiAnswer<Body extends { data: unknown }>(body: unknown): OcAnswer<Body> {
  return body as OcAnswer<Body>;
}
