import { InjectConfig, SandboxConfig, Tenant, TenantConfig, TenantPipe, tenantUrls } from '@hub/kernel';
import { FilePaymentRequestDto } from '@hub/standards';
import { Caller, CallerIdentity, ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Controller, Get, HttpCode, Param, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiInternalServerErrorResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { HubResponseSigner } from '../payment-consents/hub-response-signer';
import { SignedErrorsFilter } from '../payment-consents/signed-errors.filter';
import { ServiceCalls, type ServiceOperation } from '../service-initiation/service-calls';
import { TppMessages } from '../service-initiation/signed-message';
import { CreateFilePayment, FILE_PAYMENTS_PATH } from './create-file-payment';
import { FilePaymentReads, REPORT_PATH } from './file-payment-reads';
import { filePaymentResource } from './file-payment-resource';
import { idempotencyKeyOf } from '../payments/payment-headers';
import { idempotencyKeyQuery, PAYMENT_API, paymentUrls, type PaymentUrls } from '../payments/payment-mapping';
import { MAX_PAYMENT_FILE_BYTES, paymentFileOf } from './payment-file-body';
import { UPLOAD_PATH, UploadFilePaymentConsent } from './upload-file-payment-consent';

/** Bank Service Initiation is a banking service: an insurer's tenant has none of it (404). */
const op = (method: ServiceOperation['method'], tppPath: string): ServiceOperation => ({ scope: 'payments', sectors: ['banking'], tppPath, method });
const UPLOAD = op('POST', UPLOAD_PATH);
const CREATE = op('POST', FILE_PAYMENTS_PATH);
const QUERY = op('GET', FILE_PAYMENTS_PATH);
const RETRIEVE = op('GET', `${FILE_PAYMENTS_PATH}/{PaymentId}`);
const REPORT = op('GET', REPORT_PATH);

const IDEMPOTENCY_KEY_HEADER = { name: 'x-idempotency-key', required: true, description: 'At most 40 characters, no whitespace; the same key with the same request answers the first result again' };

/**
 * Bank Service Initiation v2.1, Bulk/Batch (tag "Bulk/Batch" and the consent's file upload): the
 * TPP uploads the file its consent announced, pays it with the consent's token, follows the
 * payment and reads the LFI's report. Every body is a signed JWT (errors 400/403/409/500 too)
 * except the file and the report, which travel as sent. Only the TPP's own consents and payments
 * exist for it; anything else is 404 without body.
 */
@ApiTags('Bulk/Batch')
@ApiParam({ name: 'tenant', description: 'LFI tenant id (a bank)' })
@ApiUnauthorizedResponse({ description: 'No, unknown, expired or wrongly bound access token (no body)' })
@ApiForbiddenResponse({ description: 'AccessToken.InvalidScope (signed application/jwt)' })
@ApiNotFoundResponse({ description: 'No such consent or file payment of this TPP at this LFI, or the LFI offers no payments (no body)' })
@ApiInternalServerErrorResponse({ description: 'GenericRecoverableError when the LFI failed or did not answer (signed application/jwt); retry with the same x-idempotency-key' })
@Controller(`:tenant/rs${PAYMENT_API}`)
@UseGuards(ClientCertificateGuard)
@RequireCaller({ kinds: ['tpp'], roles: ['BSIP'] })
@UseFilters(SignedErrorsFilter)
export class FilePaymentsController {
  constructor(
    private readonly calls: ServiceCalls,
    private readonly messages: TppMessages,
    private readonly signer: HubResponseSigner,
    private readonly upload: UploadFilePaymentConsent,
    private readonly create: CreateFilePayment,
    private readonly reads: FilePaymentReads,
    @InjectConfig() private readonly config: SandboxConfig,
  ) {}

  @Post('payment-consents/:ConsentId/file')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'UploadFilePaymentConsent',
    summary: `Upload the consent's Bulk/Batch payment file (client credentials, scope payments). The consent must be AwaitingAuthorization or Authorized and base64(SHA-256(file)) its FileHash; the LFI checks NumberOfTransactions and ControlSum. Any media type, at most ${MAX_PAYMENT_FILE_BYTES} bytes.`,
  })
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiConsumes('*/*')
  @ApiBody({ description: 'The payment file as hashed for the consent, e.g. a sandbox.payroll.csv.v1 CSV', schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ description: '200NoContent: the LFI has the file (again for a repeated key, without a second upload)' })
  @ApiBadRequestResponse({ description: 'Consent.FailsControlParameters (FileHash, or the LFI\'s count/ControlSum check), Consent.Invalid (status, not a file payment consent), Consent.BusinessRuleViolation (already uploaded), Resource.InvalidFormat (x-idempotency-key), Body.InvalidFormat (too large)' })
  @ApiUnsupportedMediaTypeResponse({ description: 'A body the hub could not keep as bytes' })
  async uploadFile(@Param('tenant', TenantPipe) tenant: Tenant, @Param('ConsentId') consentId: string, @Req() req: Request, @Caller() caller: CallerIdentity): Promise<void> {
    const access = await this.calls.admit(tenant, req, caller, UPLOAD);
    const idempotencyKey = idempotencyKeyOf(req.headers);
    await this.upload.execute({ tenant, req, caller, clientId: access.clientId, consentId, idempotencyKey, bytes: await paymentFileOf(req) });
  }

  @Post('file-payments')
  @ApiOperation({ operationId: 'CreateFilePayment', summary: 'Pay the uploaded file (authorization-code token of the consent, signed AEFilePaymentRequest); the LFI receives it as Ozone Connect paymentType cbuae-file-payment' })
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiConsumes('application/jwt')
  @ApiProduces('application/jwt')
  @ApiBody({ type: FilePaymentRequestDto, description: 'The `message` of the signed body (AEFilePaymentRequestSigned)' })
  @ApiCreatedResponse({ description: 'AEFilePaymentIdResponseSigned: Status Received or Rejected; Location and x-idempotency-key headers' })
  @ApiBadRequestResponse({ description: 'Body.InvalidFormat, JWS.*, Consent.Invalid, Consent.FailsControlParameters, Consent.BusinessRuleViolation (no uploaded file, already paid), or the LFI\'s refusal; a consent no longer in force is 401 (Suspended: 403 Consent.TransientAccountAccessFailure)' })
  @ApiConflictResponse({ description: 'GenericError: the x-idempotency-key was used with another request' })
  async createFilePayment(@Param('tenant', TenantPipe) tenant: Tenant, @Req() req: Request, @Res() res: Response, @Caller() caller: CallerIdentity): Promise<void> {
    const access = await this.calls.admit(tenant, req, caller, CREATE);
    const idempotencyKey = idempotencyKeyOf(req.headers);
    const consent = await this.create.tokenConsent(tenant, access);
    const message = await this.messages.read(req, caller, tenant, { jsonAllowed: false });
    const requestUrl = `${tenantUrls(this.config, tenant as TenantConfig).resourceServerUrl}${FILE_PAYMENTS_PATH}`;
    const entry = await this.create.execute({ tenant, req, caller, access, consent, idempotencyKey, message, requestUrl });
    const resource = filePaymentResource(entry, this.urls(tenant));
    res.setHeader('x-idempotency-key', idempotencyKey);
    res.setHeader('location', resource.Links.Self);
    res.status(201).type('application/jwt').send(await this.signer.sign(tenant.id, resource, access.clientId));
  }

  @Get('file-payments')
  @ApiOperation({ operationId: 'QueryFilePaymentResource', summary: 'Find the TPP\'s file payment made with an x-idempotency-key (client credentials), e.g. after a lost answer' })
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiProduces('application/jwt')
  @ApiOkResponse({ description: 'AEIdempotencyKeyQuery (signed): Links.Self is the file payment' })
  async queryFilePayment(@Param('tenant', TenantPipe) tenant: Tenant, @Req() req: Request, @Res() res: Response, @Caller() caller: CallerIdentity): Promise<void> {
    const access = await this.calls.admit(tenant, req, caller, QUERY);
    const key = idempotencyKeyOf(req.headers);
    const paymentId = await this.reads.byIdempotencyKey(tenant.id, access.clientId, key);
    res.status(200).type('application/jwt').send(await this.signer.sign(tenant.id, idempotencyKeyQuery(this.urls(tenant).filePayment(paymentId)), access.clientId));
  }

  @Get('file-payments/:PaymentId')
  @ApiOperation({ operationId: 'RetrieveFilePayment', summary: 'Read one of the TPP\'s file payments with the status the LFI last reported (client credentials)' })
  @ApiProduces('application/jwt')
  @ApiOkResponse({ description: 'AEFilePaymentIdResponseSigned' })
  async retrieveFilePayment(@Param('tenant', TenantPipe) tenant: Tenant, @Param('PaymentId') paymentId: string, @Req() req: Request, @Res() res: Response, @Caller() caller: CallerIdentity): Promise<void> {
    const access = await this.calls.admit(tenant, req, caller, RETRIEVE);
    const entry = await this.reads.own(tenant.id, paymentId, access.clientId);
    const resource = filePaymentResource(entry, this.urls(tenant));
    res.status(200).type('application/jwt').send(await this.signer.sign(tenant.id, resource, access.clientId));
  }

  @Get('file-payments/:PaymentId/report')
  @ApiOperation({ operationId: 'RetrieveFilePaymentReport', summary: 'The LFI\'s report of the file payment, in the media type the LFI produces (Ozone Connect GET /payments/{paymentId}/report-file)' })
  @ApiProduces('*/*')
  @ApiOkResponse({ description: '200FilePaymentsFilePaymentIdReportFile: the report as the LFI sent it', schema: { type: 'string', format: 'binary' } })
  async retrieveFilePaymentReport(@Param('tenant', TenantPipe) tenant: Tenant, @Param('PaymentId') paymentId: string, @Req() req: Request, @Res() res: Response, @Caller() caller: CallerIdentity): Promise<void> {
    const access = await this.calls.admit(tenant, req, caller, REPORT);
    const report = await this.reads.report(tenant, req, caller, await this.reads.own(tenant.id, paymentId, access.clientId));
    res.status(200).type(report.mediaType ?? 'application/octet-stream').send(report.bytes);
  }

  private urls(tenant: Tenant): PaymentUrls {
    return paymentUrls(tenantUrls(this.config, tenant as TenantConfig).resourceServerUrl);
  }
}
