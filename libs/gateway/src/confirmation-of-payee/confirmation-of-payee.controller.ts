import { confirmPayee, payeeBankOf } from '@hub/confirmation-of-payee';
import { ApiError, InjectConfig, SandboxConfig, Tenant, TenantConfig, TenantPipe, tenantUrls } from '@hub/kernel';
import { AccountConfirmationRequestDto, ConfirmationDiscoveryRequestDto } from '@hub/standards';
import { Caller, CallerIdentity, ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Controller, Param, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiForbiddenResponse,
  ApiInternalServerErrorResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { HubResponseSigner } from '../payment-consents/hub-response-signer';
import { ServiceCalls, type ServiceOperation } from '../service-initiation/service-calls';
import { TppMessages } from '../service-initiation/signed-message';
import { validateMessage } from '../service-initiation/validate-message';
import { CopErrorsFilter } from './cop-errors.filter';
import { confirmationAnswer, COP_BASE, copCustomersOf, copQueryOf, discoveryAnswer, payeeIbanOrRefuse } from './cop-steps';

const op = (suffix: string): ServiceOperation => ({ scope: 'confirmation-of-payee', sectors: ['banking'], tppPath: `${COP_BASE}${suffix}`, method: 'POST' });
const DISCOVERY = op('/discovery');
const CONFIRMATION = op('/confirmation');
const OC_COP_QUERY = '/customers/action/cop-query';

/**
 * Confirmation of Payee v2.1-errata2 (client credentials, scope `confirmation-of-payee`): bodies,
 * answers and the 400/403/500 errors are `application/jwt` only. Discovery resolves the payee's
 * bank centrally, by the bank code inside the IBAN, at every bank tenant; confirmation asks this
 * LFI's Ozone Connect for the account's customer records and the hub matches the name
 * (@hub/confirmation-of-payee). Insurers have no accounts: the family does not exist there (404).
 */
@ApiTags('confirmation-of-payee')
@ApiParam({ name: 'tenant', description: 'LFI tenant id (a bank)' })
@ApiConsumes('application/jwt')
@ApiProduces('application/jwt')
@ApiBadRequestResponse({ description: 'AEError400ResponseBodySigned: Body.InvalidFormat (also a malformed or non-UAE IBAN), JWS.* (signature, claims)' })
@ApiUnauthorizedResponse({ description: 'No, unknown, expired or wrongly bound access token (no body)' })
@ApiForbiddenResponse({ description: 'AEError403ResponseBodySigned: AccessToken.InvalidScope' })
@ApiUnsupportedMediaTypeResponse({ description: 'A body that is not application/jwt (no body)' })
@ApiTooManyRequestsResponse({ description: 'Rate limit of the TPP at this LFI (no body)' })
@ApiInternalServerErrorResponse({ description: 'AEError500ResponseBodySigned: the LFI failed' })
@Controller(`:tenant/rs${COP_BASE}`)
@UseGuards(ClientCertificateGuard)
@RequireCaller({ kinds: ['tpp'] })
@UseFilters(CopErrorsFilter)
export class ConfirmationOfPayeeController {
  constructor(
    private readonly calls: ServiceCalls,
    private readonly messages: TppMessages,
    private readonly signer: HubResponseSigner,
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  @Post('discovery')
  @ApiOperation({ summary: 'Which LFI holds the payee\'s IBAN: its .well-known at the hub and its resource server (ConfirmationOfPayeeDiscovery_signedDiscoveryRequest)' })
  @ApiBody({ type: ConfirmationDiscoveryRequestDto, description: 'The `message` of the signed body (DiscoverConfirmationSourceRequestBodySigned)' })
  @ApiOkResponse({ description: 'DiscoverConfirmationSourceResponseBodySigned: Data {DiscoveryEndpointUrl, ResourceServerUrl}' })
  @ApiNotFoundResponse({ description: 'No bank of the sandbox has the IBAN\'s bank code, or this tenant is not a bank (no body)' })
  async discover(@Param('tenant', TenantPipe) tenant: Tenant, @Req() req: Request, @Res() res: Response, @Caller() caller: CallerIdentity): Promise<void> {
    const access = await this.calls.admit(tenant, req, caller, DISCOVERY);
    const request = validateMessage(ConfirmationDiscoveryRequestDto, await this.messages.read(req, caller, tenant, { jsonAllowed: false }));
    const { bankCode } = payeeIbanOrRefuse(request.Data.Identification);
    const bank = payeeBankOf(bankCode, this.config.tenants);
    if (!bank) throw ApiError.notFound(`No LFI of this hub has the bank code ${bankCode}`);
    const answer = discoveryAnswer(tenantUrls(this.config, bank), this.selfUrl(tenant, DISCOVERY));
    await this.sendSigned(res, tenant, answer, access.clientId);
  }

  @Post('confirmation')
  @ApiOperation({ summary: 'Does the name fit the holder of the IBAN at this LFI: Yes, Partial or No, with the masked name (ConfirmationOfPayeeConfirmation_signedConfirmationRequest)' })
  @ApiBody({ type: AccountConfirmationRequestDto, description: 'The `message` of the signed body (NameConfirmationRequestBodySigned)' })
  @ApiOkResponse({ description: 'NameConfirmationResponseBodySigned: Data {NameMatchIndicator, MaskedName on Yes and Partial}' })
  @ApiNoContentResponse({ description: 'The IBAN is not recognised by this LFI (not found, barred, or its holder opted out of CoP)' })
  @ApiNotFoundResponse({ description: 'This tenant is not a bank (no body)' })
  async confirm(@Param('tenant', TenantPipe) tenant: Tenant, @Req() req: Request, @Res() res: Response, @Caller() caller: CallerIdentity): Promise<void> {
    const access = await this.calls.admit(tenant, req, caller, CONFIRMATION);
    const request = validateMessage(AccountConfirmationRequestDto, await this.messages.read(req, caller, tenant, { jsonAllowed: false }));
    const { iban } = payeeIbanOrRefuse(request.Data.Identification);
    const answer = await this.calls.forward(tenant, req, caller, CONFIRMATION, OC_COP_QUERY, copQueryOf(iban, request.Data.Name));
    const result = confirmPayee(request.Data.Name, copCustomersOf(answer.body));
    if (!result) {
      res.status(204).end();
      return;
    }
    await this.sendSigned(res, tenant, confirmationAnswer(result, this.selfUrl(tenant, CONFIRMATION)), access.clientId);
  }

  /** The document's 200 answers are application/jwt only, `aud` the TPP's client id as one string. */
  private async sendSigned(res: Response, tenant: Tenant, message: unknown, clientId: string): Promise<void> {
    res.status(200).type('application/jwt').send(await this.signer.sign(tenant.id, message, clientId, { singleAudience: true }));
  }

  private selfUrl(tenant: Tenant, op: ServiceOperation): string {
    return `${tenantUrls(this.config, tenant as TenantConfig).resourceServerUrl}${op.tppPath}`;
  }
}
