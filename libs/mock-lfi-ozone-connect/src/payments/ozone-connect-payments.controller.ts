import { ApiError } from '@hub/kernel';
import { Body, Controller, Get, Header, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { HubClientGuard } from '../guards/hub-client-guard';
import { HubJwtAuthGuard } from '../guards/hub-jwt-auth.guard';
import { O3HeadersGuard } from '../guards/o3-headers.guard';
import { ApiPayments, AUTH } from './api-docs';
import { paymentCallerOf, requirePsu } from './payment-caller';
import { PaymentDesk } from './payment-desk';
import { paymentPostOf } from './payment-request';
import { paymentBody, paymentReport, type PaymentIdResponse } from './payment-views';

/**
 * Ozone Connect payments (bank service initiation v2.1): the hub forwards a TPP's payment that
 * passed its consent checks; the bank moves the money. Answers are the document's camelCase
 * `{data, meta}`; errors `{errorCode, errorMessage}`.
 */
@ApiTags('ozone-connect payments')
@ApiPayments()
@UseGuards(HubClientGuard, HubJwtAuthGuard, O3HeadersGuard)
@Controller(':tenant/ozone-connect/payments')
export class OzoneConnectPaymentsController {
  constructor(private readonly desk: PaymentDesk) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Make a payment (makePayment): cbuae-payment or cbuae-file-payment',
    description:
      `${AUTH} The debtor is the consent's account (accountIds[0]) of its user; the creditor comes from the payment's PII ` +
      '(decrypted with the bank\'s key), else the consent\'s. Idempotent per o3-caller-client-id, payment type and the TPP\'s x-idempotency-key.',
  })
  @ApiBody({ description: 'PaymentPostRequest: {requestUrl, paymentType, request: {Data: …}, requestHeaders: {x-idempotency-key, …}, tpp}', schema: { type: 'object' } })
  @ApiCreatedResponse({ description: 'AEPaymentIdResponse: {data: {id, consentId, paymentTransactionId, status: Pending (file: Received), …}, meta: {}}' })
  @ApiConflictResponse({ description: 'The x-idempotency-key was used with another message (GenericError)' })
  async pay(@Body() body: unknown, @Req() req: Request): Promise<PaymentIdResponse> {
    const caller = paymentCallerOf(req);
    this.desk.bankOf(caller.tenantId);
    requirePsu(caller);
    return paymentBody(await this.desk.pay(caller, paymentPostOf(body)));
  }

  @Get(':paymentId')
  @ApiOperation({ summary: 'The payment with its current status (getPayment)', description: AUTH })
  @ApiOkResponse({ description: 'AEPaymentIdResponse' })
  async read(@Param('paymentId') paymentId: string, @Req() req: Request): Promise<PaymentIdResponse> {
    return paymentBody(await this.desk.read(paymentCallerOf(req), paymentId));
  }

  @Get(':paymentId/report-file')
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiOperation({
    summary: 'The report of a file payment (reportFile): one CSV row per line of the file with its status and reason',
    description: `${AUTH} Columns: Line,CreditorIBAN,CreditorName,Amount,Currency,Reference,Status,ReasonCode,ReasonMessage (docs/payments-failures.md).`,
  })
  @ApiOkResponse({ description: 'text/csv' })
  async report(@Param('paymentId') paymentId: string, @Req() req: Request): Promise<string> {
    const payment = await this.desk.read(paymentCallerOf(req), paymentId);
    if (payment.paymentType !== 'cbuae-file-payment') throw ApiError.notFound(`Payment ${paymentId} is not a file payment: it has no report`);
    return paymentReport(payment);
  }
}
