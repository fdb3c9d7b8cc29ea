import { asApi } from '@hub/consent';
import { ApiError, Clock, InjectConfig, SandboxConfig, Tenant, TenantConfig, TenantPipe, tenantUrls } from '@hub/kernel';
import { CreateFxQuoteRequestDto, UpdateEventSubscriptionDto, UpdateFxQuoteRequestDto } from '@hub/standards';
import { ResourceLogStore } from '@hub/resource-logs';
import { Caller, CallerIdentity, ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Controller, Get, HttpCode, Param, Patch, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConsumes, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { HubResponseSigner } from '../payment-consents/hub-response-signer';
import { ServiceCalls, type ServiceOperation } from '../service-initiation/service-calls';
import { assertQuoteAcceptable } from '../service-initiation/quote-acceptance';
import { ServiceErrorsFilter } from '../service-initiation/service-errors.filter';
import { sendResource } from '../service-initiation/service-response';
import { changeSubscription } from '../service-initiation/subscription-change';
import { TppMessages } from '../service-initiation/signed-message';
import { validateMessage } from '../service-initiation/validate-message';
import { fxQuoteCreated, fxQuoteRead, type OcFxQuoteCreated, type OcFxQuoteRead } from './fx-quote-mapping';

const BASE = '/open-finance/fx/v2.1/fx-quotes';
const op = (method: ServiceOperation['method'], suffix = ''): ServiceOperation => ({ scope: 'fx', sectors: ['banking'], tppPath: `${BASE}${suffix}`, method });
const CREATE = op('POST');
const READ = op('GET', '/{FxQuoteId}');
const ACCEPT = op('PATCH', '/{FxQuoteId}');
const SUBSCRIBE = op('PATCH', '/{FxQuoteId}/subscription');

/**
 * FX Service Initiation v2.1 (client credentials, scope `fx`): the hub forwards quote requests to
 * the LFI's Ozone Connect, records each quote in the Consent Manager's fx-quote log for the TPP
 * that asked (nobody else sees it: 404), and notifies that TPP of every status change while its
 * subscription is active.
 */
@ApiTags('fx')
@ApiParam({ name: 'tenant', description: 'LFI tenant id (a bank)' })
@ApiUnauthorizedResponse({ description: 'No, unknown, expired or wrongly bound access token (no body)' })
@ApiForbiddenResponse({ description: 'AccessToken.InvalidScope' })
@ApiNotFoundResponse({ description: 'No such quote of this TPP at this LFI, or the LFI offers no FX (no body)' })
@Controller(':tenant/rs/open-finance/fx/v2.1/fx-quotes')
@UseGuards(ClientCertificateGuard)
@RequireCaller({ kinds: ['tpp'] })
@UseFilters(ServiceErrorsFilter)
export class FxQuotesController {
  constructor(
    private readonly calls: ServiceCalls,
    private readonly logs: ResourceLogStore,
    private readonly messages: TppMessages,
    private readonly signer: HubResponseSigner,
    private readonly clock: Clock,
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Ask the LFI for an FX quote (application/json or signed application/jwt); 204 when the LFI will not quote' })
  @ApiConsumes('application/json', 'application/jwt')
  @ApiProduces('application/json', 'application/jwt')
  @ApiBody({ type: CreateFxQuoteRequestDto })
  @ApiCreatedResponse({ description: 'AECreateFxQuoteResponseBody1 (signed when Accept: application/jwt)' })
  @ApiNoContentResponse({ description: 'The LFI declined to quote' })
  @ApiBadRequestResponse({ description: 'Body.InvalidFormat, JWS.*, or the LFI refused the request' })
  async create(@Param('tenant', TenantPipe) tenant: Tenant, @Req() req: Request, @Res() res: Response, @Caller() caller: CallerIdentity): Promise<void> {
    const access = await this.calls.admit(tenant, req, caller, CREATE);
    const request = validateMessage(CreateFxQuoteRequestDto, await this.messages.read(req, caller, tenant, { jsonAllowed: true }));
    const answer = await this.calls.forward(tenant, req, caller, CREATE, '/fx-quotes', { data: request.Data });
    if (answer.status === 204) {
      res.status(204).end();
      return;
    }
    const quote = ocQuoteOf<OcFxQuoteCreated>(answer.body);
    const log = await asApi(() =>
      this.logs.open({
        tenantId: tenant.id,
        kind: 'fx-quote',
        logId: quote.data.FxQuoteId,
        clientId: access.clientId,
        organisationId: caller.organisationId,
        softwareStatementId: caller.softwareStatementId,
        status: typeof quote.data.QuoteStatus === 'string' ? quote.data.QuoteStatus : 'Available',
        resourcePath: `${BASE}/${quote.data.FxQuoteId}`,
        expiresAt: expiryOf(quote.data.ExpirationDateTime),
      }),
    );
    await sendResource(req, res, 201, fxQuoteCreated(quote, this.selfUrl(tenant, log.logId)), { signer: this.signer, tenantId: tenant.id, clientId: access.clientId });
  }

  @Get(':FxQuoteId')
  @ApiOperation({ summary: 'Read one of the TPP\'s FX quotes as the LFI has it now' })
  @ApiProduces('application/json', 'application/jwt')
  @ApiOkResponse({ description: 'AEReadFxQuoteResponseBody1 (signed when Accept: application/jwt)' })
  async read(@Param('tenant', TenantPipe) tenant: Tenant, @Param('FxQuoteId') id: string, @Req() req: Request, @Res() res: Response, @Caller() caller: CallerIdentity): Promise<void> {
    const access = await this.calls.admit(tenant, req, caller, READ);
    await asApi(() => this.logs.own(tenant.id, 'fx-quote', id, access.clientId));
    const answer = await this.calls.forward(tenant, req, caller, READ, `/fx-quotes/${encodeURIComponent(id)}`);
    await sendResource(req, res, 200, fxQuoteRead(ocQuoteOf<OcFxQuoteRead>(answer.body), this.selfUrl(tenant, id)), { signer: this.signer, tenantId: tenant.id, clientId: access.clientId });
  }

  @Patch(':FxQuoteId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Accept the quote (signed application/jwt, AEUpdateFxQuoteRequestBody1); an expired quote cannot be accepted' })
  @ApiConsumes('application/jwt')
  @ApiBody({ type: UpdateFxQuoteRequestDto, description: 'The `message` of the signed body' })
  @ApiNoContentResponse({ description: 'Accepted' })
  @ApiBadRequestResponse({ description: 'JWS.InvalidSignature and other JWS.*, Body.InvalidFormat, FxQuote.Expired, FxQuote.NotAvailable' })
  async accept(@Param('tenant', TenantPipe) tenant: Tenant, @Param('FxQuoteId') id: string, @Req() req: Request, @Caller() caller: CallerIdentity): Promise<void> {
    const access = await this.calls.admit(tenant, req, caller, ACCEPT);
    const log = await asApi(() => this.logs.own(tenant.id, 'fx-quote', id, access.clientId));
    const request = validateMessage(UpdateFxQuoteRequestDto, await this.messages.read(req, caller, tenant, { jsonAllowed: false }));
    assertQuoteAcceptable('fx-quote', log, this.clock.now());
    await this.calls.forward(tenant, req, caller, ACCEPT, `/fx-quotes/${encodeURIComponent(id)}`, { data: request.Data });
    if (request.Subscription) await asApi(() => this.logs.setWebhook(tenant.id, 'fx-quote', id, access.clientId, request.Subscription!.Webhook));
    await asApi(() => this.logs.recordStatus(tenant.id, 'fx-quote', id, { status: 'Accepted' }));
  }

  @Patch(':FxQuoteId/subscription')
  @HttpCode(204)
  @ApiOperation({ summary: 'Subscribe to (or stop) the quote\'s status events (AEUpdateEventSubscriptionRequestBody1)' })
  @ApiBody({ type: UpdateEventSubscriptionDto })
  @ApiNoContentResponse({ description: 'Subscription changed' })
  async subscribe(@Param('tenant', TenantPipe) tenant: Tenant, @Param('FxQuoteId') id: string, @Req() req: Request, @Caller() caller: CallerIdentity): Promise<void> {
    const access = await this.calls.admit(tenant, req, caller, SUBSCRIBE);
    await changeSubscription(this.logs, req, { tenantId: tenant.id, kind: 'fx-quote', logId: id, clientId: access.clientId });
  }

  private selfUrl(tenant: Tenant, id: string): string {
    return `${tenantUrls(this.config, tenant as TenantConfig).resourceServerUrl}${BASE}/${id}`;
  }
}

/**
 * Where the LFI's JSON enters the FX mapping. The LFI must answer a quote with its id; anything
 * else is the LFI's failure, not the TPP's. The rest of its body is taken as the Ozone Connect
 * document describes it (`Answer`): the e2e tests check the LFI's bodies against that document
 * and the hub's answers against the standard.
 */
function ocQuoteOf<Answer extends OcFxQuoteCreated | OcFxQuoteRead>(body: unknown): Answer {
  const data = (body as { data?: { FxQuoteId?: unknown } } | undefined)?.data;
  if (!data || typeof data.FxQuoteId !== 'string' || !data.FxQuoteId) throw new ApiError(500, 'GenericError', 'The LFI gave an unexpected answer.');
  return body as Answer;
}

function expiryOf(value: unknown): Date | undefined {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(ms) ? undefined : new Date(ms);
}
