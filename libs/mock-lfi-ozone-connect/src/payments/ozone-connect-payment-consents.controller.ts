import { Body, Controller, Get, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { HubClientGuard } from '../guards/hub-client-guard';
import { HubJwtAuthGuard } from '../guards/hub-jwt-auth.guard';
import { headerOf, O3HeadersGuard } from '../guards/o3-headers.guard';
import { ApiPayments, AUTH } from './api-docs';
import { paymentCallerOf, rawBodyOf } from './payment-caller';
import { PaymentDesk } from './payment-desk';
import { filePaymentConsentOf, PaymentFiles } from './payment-files';
import { refundBody, type RefundResponse } from './payment-views';

/**
 * Ozone Connect payment consents (bank service initiation v2.1): the file payment consent the hub
 * creates at the bank so the file can be checked on receipt, the file itself, and the account a
 * refund of the consent's payments goes to.
 */
@ApiTags('ozone-connect payments')
@ApiPayments()
@UseGuards(HubClientGuard, HubJwtAuthGuard, O3HeadersGuard)
@Controller(':tenant/ozone-connect/payment-consents')
export class OzoneConnectPaymentConsentsController {
  constructor(
    private readonly desk: PaymentDesk,
    private readonly files: PaymentFiles,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a file payment consent at the bank (createBulkBatchPaymentConsent)', description: `${AUTH} The bank takes FileType sandbox.payroll.csv.v1.` })
  @ApiBody({ description: '{consentId, request: AEFilePaymentConsent {FileType, FileHash, NumberOfTransactions, ControlSum, …}}', schema: { type: 'object' } })
  @ApiCreatedResponse({ description: 'Created (no body); the same consent again is 201 too' })
  async createFileConsent(@Body() body: unknown, @Req() req: Request): Promise<void> {
    const caller = paymentCallerOf(req);
    await this.files.recordConsent(caller, filePaymentConsentOf(body, caller.consentId));
  }

  @Post(':consentId/file')
  @HttpCode(204)
  @ApiConsumes('text/csv')
  @ApiOperation({
    summary: 'The payment file of a file payment consent (createBulkBatchPaymentInstructionFile)',
    description: `${AUTH} Checked against the consent: FileType, FileHash, NumberOfTransactions, ControlSum (400 Consent.FailsControlParameters).`,
  })
  @ApiNoContentResponse({ description: 'Stored; the same file again is 204 too' })
  async uploadFile(@Param('consentId') consentId: string, @Req() req: Request): Promise<void> {
    const caller = paymentCallerOf(req);
    this.desk.bankOf(caller.tenantId);
    await this.files.upload(caller, consentId, await rawBodyOf(req), headerOf(req, 'content-type'));
  }

  @Get(':consentId/refund')
  @ApiOperation({ summary: 'The refund account of a payment consent (getRefund): the debtor account its payments come from', description: AUTH })
  @ApiOkResponse({ description: 'RefundGetResponse: {data: {consentId, refundAccount: {schemeName: IBAN, identification, name: {en}}}, meta: {}}' })
  async refund(@Param('consentId') consentId: string, @Req() req: Request): Promise<RefundResponse> {
    return refundBody(consentId, await this.desk.refundAccount(paymentCallerOf(req), consentId));
  }
}
