import { asApi } from '@hub/consent';
import { ApiError, InjectConfig, SandboxConfig, Tenant, TenantConfig, TenantPipe, tenantUrls } from '@hub/kernel';
import { CreateAccountRequestDto, UpdateEventSubscriptionDto } from '@hub/standards';
import { ResourceLogStore } from '@hub/resource-logs';
import { Caller, CallerIdentity, ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Controller, Get, HttpCode, Param, Patch, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConsumes, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { HubResponseSigner } from '../payment-consents/hub-response-signer';
import { ServiceCalls, type ServiceOperation } from '../service-initiation/service-calls';
import { ServiceErrorsFilter } from '../service-initiation/service-errors.filter';
import { sendResource } from '../service-initiation/service-response';
import { TppMessages } from '../service-initiation/signed-message';
import { changeSubscription } from '../service-initiation/subscription-change';
import { validateMessage } from '../service-initiation/validate-message';
import { accountOpeningResource, type OcAccountOpening } from './account-opening-mapping';

const BASE = '/open-finance/account-opening/v2.1/accounts';
const op = (method: ServiceOperation['method'], suffix = ''): ServiceOperation => ({ scope: 'account-opening', sectors: ['banking'], tppPath: `${BASE}${suffix}`, method });
const CREATE = op('POST');
const STATUS = op('GET', '/{AccountId}/status');
const SUBSCRIBE = op('PATCH', '/{AccountId}/subscription');

/**
 * Account Opening Service Initiation v2.1 (client credentials, scope `account-opening`): the TPP
 * sends the party's claims signed; the LFI opens the account once the user has completed its
 * page (Links.AccountOpeningRedirectUrl) and reports every step through the Consent Manager's
 * account-opening log, which the hub passes on to the TPP by webhook.
 */
@ApiTags('account opening')
@ApiParam({ name: 'tenant', description: 'LFI tenant id (a bank)' })
@ApiUnauthorizedResponse({ description: 'No, unknown, expired or wrongly bound access token (no body)' })
@ApiForbiddenResponse({ description: 'AccessToken.InvalidScope' })
@ApiNotFoundResponse({ description: 'No such opening of this TPP at this LFI, or the LFI opens no accounts (no body)' })
@Controller(':tenant/rs/open-finance/account-opening/v2.1/accounts')
@UseGuards(ClientCertificateGuard)
@RequireCaller({ kinds: ['tpp'] })
@UseFilters(ServiceErrorsFilter)
export class AccountOpeningController {
  constructor(
    private readonly calls: ServiceCalls,
    private readonly logs: ResourceLogStore,
    private readonly messages: TppMessages,
    private readonly signer: HubResponseSigner,
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Ask the LFI to open an account for the user (signed application/jwt, AECreateAccountRequestBody1); answered signed' })
  @ApiConsumes('application/jwt')
  @ApiProduces('application/jwt')
  @ApiBody({ type: CreateAccountRequestDto, description: 'The `message` of the signed body' })
  @ApiCreatedResponse({ description: 'AECreateAccountResponseBody1 signed by the hub, with Links.AccountOpeningRedirectUrl' })
  @ApiBadRequestResponse({ description: 'JWS.*, Body.InvalidFormat, or the LFI refused the request' })
  async create(@Param('tenant', TenantPipe) tenant: Tenant, @Req() req: Request, @Res() res: Response, @Caller() caller: CallerIdentity): Promise<void> {
    const access = await this.calls.admit(tenant, req, caller, CREATE);
    const request = validateMessage(CreateAccountRequestDto, await this.messages.read(req, caller, tenant, { jsonAllowed: false }));
    const linked = request.Data.LinkedOperations?.FxQuoteId;
    // A TPP can only build on its own quotes: another TPP's quote id is as unknown as none.
    if (linked && !(await this.logs.find(tenant.id, 'fx-quote', linked, access.clientId))) {
      throw ApiError.badRequest(`LinkedOperations.FxQuoteId ${linked} is not an FX quote of this TPP at this LFI`, 'Data.LinkedOperations.FxQuoteId');
    }
    const answer = await this.calls.forward(tenant, req, caller, CREATE, '/accounts', { data: request.Data });
    const opening = ocOpeningOf(answer.body);
    const log = await asApi(() =>
      this.logs.open({
        tenantId: tenant.id,
        kind: 'account-opening',
        logId: opening.data.AccountId,
        clientId: access.clientId,
        organisationId: caller.organisationId,
        softwareStatementId: caller.softwareStatementId,
        status: typeof opening.data.OpeningStatus === 'string' ? opening.data.OpeningStatus : 'Pending',
        resourcePath: `${BASE}/${opening.data.AccountId}/status`,
        ...(request.Data.LinkedOperations ? { facts: { LinkedOperations: request.Data.LinkedOperations } } : {}),
        ...(request.Subscription ? { webhook: request.Subscription.Webhook } : {}),
      }),
    );
    await sendResource(req, res, 201, accountOpeningResource(opening, this.selfUrl(tenant, log.logId)), { signer: this.signer, tenantId: tenant.id, clientId: access.clientId, jwtOnly: true });
  }

  @Get(':AccountId/status')
  @ApiOperation({ summary: 'The opening\'s status as the LFI has it now (AEReadAccountResponseBody1)' })
  @ApiProduces('application/json', 'application/jwt')
  @ApiOkResponse({ description: 'AEReadAccountResponseBody1 (signed when Accept: application/jwt)' })
  async status(@Param('tenant', TenantPipe) tenant: Tenant, @Param('AccountId') id: string, @Req() req: Request, @Res() res: Response, @Caller() caller: CallerIdentity): Promise<void> {
    const access = await this.calls.admit(tenant, req, caller, STATUS);
    await asApi(() => this.logs.own(tenant.id, 'account-opening', id, access.clientId));
    const answer = await this.calls.forward(tenant, req, caller, STATUS, `/accounts/${encodeURIComponent(id)}/status`);
    await sendResource(req, res, 200, accountOpeningResource(ocOpeningOf(answer.body), this.selfUrl(tenant, id)), { signer: this.signer, tenantId: tenant.id, clientId: access.clientId });
  }

  @Patch(':AccountId/subscription')
  @HttpCode(204)
  @ApiOperation({ summary: 'Subscribe to (or stop) the opening\'s status events (AEUpdateEventSubscriptionRequestBody1)' })
  @ApiBody({ type: UpdateEventSubscriptionDto })
  @ApiNoContentResponse({ description: 'Subscription changed' })
  async subscribe(@Param('tenant', TenantPipe) tenant: Tenant, @Param('AccountId') id: string, @Req() req: Request, @Caller() caller: CallerIdentity): Promise<void> {
    const access = await this.calls.admit(tenant, req, caller, SUBSCRIBE);
    await changeSubscription(this.logs, req, { tenantId: tenant.id, kind: 'account-opening', logId: id, clientId: access.clientId });
  }

  private selfUrl(tenant: Tenant, id: string): string {
    return `${tenantUrls(this.config, tenant as TenantConfig).resourceServerUrl}${BASE}/${id}/status`;
  }
}

/**
 * Where the LFI's JSON enters the account opening mapping. The LFI must answer with the opening's
 * id; anything else is the LFI's failure, not the TPP's. The rest of its body is taken as the
 * Ozone Connect document describes it: the e2e tests check the LFI's bodies against that document
 * and the hub's answers against the standard.
 */
function ocOpeningOf(body: unknown): OcAccountOpening {
  const data = (body as { data?: { AccountId?: unknown } } | undefined)?.data;
  if (!data || typeof data.AccountId !== 'string' || !data.AccountId) throw new ApiError(500, 'GenericError', 'The LFI gave an unexpected answer.');
  return body as OcAccountOpening;
}
