import { asApi, ConsentService } from '@hub/consent';
import { Tenant, TenantPipe } from '@hub/kernel';
import { PaymentLog } from '@hub/payments';
import { ClientCertificateGuard, RequireCaller } from '@hub/trust-framework';
import { Body, Controller, Get, HttpCode, Param, Patch, Query, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { PaymentLogQueryDto } from './dto/payment-log-query.dto';
import { PaymentRecordPatchDto } from './dto/payment-record-patch.dto';
import { isCreatedPayment, paymentLogRecord } from './payment-log-record';
import { paymentStatusChangeOf } from './payment-status-change.mapper';

/**
 * The Consent Manager's payment log (api-hub v2.1.x, tag `payments`): the LFI reads the payments
 * made on a consent and reports each payment's status changes, which reach the TPP as webhooks.
 * Only the LFI certificate of the tenant is admitted and only that LFI's payments are seen; a
 * refused move (out of a final status) is 400 `{errorCode, errorMessage}`.
 */
@ApiTags('consent-manager')
@ApiParam({ name: 'tenant', description: 'LFI tenant id, e.g. falcon-bank' })
@ApiBadRequestResponse({ description: '{errorCode, errorMessage}: invalid query or body, or refused status change' })
@Controller(':tenant/cm')
@UseGuards(ClientCertificateGuard)
@RequireCaller({ kinds: ['lfi'] })
export class PaymentLogController {
  constructor(
    private readonly payments: PaymentLog,
    private readonly consents: ConsentService,
  ) {}

  @Get('payment-log')
  @ApiOperation({ summary: 'The payments made on a consent (those the LFI created), oldest first' })
  @ApiOkResponse({ description: '{data: payment records, meta}' })
  async list(@Param('tenant', TenantPipe) tenant: Tenant, @Query() query: PaymentLogQueryDto): Promise<{ data: Record<string, unknown>[]; meta: object }> {
    const payments = (await asApi(() => this.payments.listForConsent(tenant.id, query.consentId))).filter(isCreatedPayment);
    if (payments.length === 0) return { data: [], meta: {} };
    const consent = await asApi(() => this.consents.get(tenant.id, query.consentId));
    return { data: payments.map((p) => paymentLogRecord(p, consent)), meta: {} };
  }

  @Patch('payment-log/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Report the status of a payment (id = PaymentId): dotted keys of CbuaePatchPaymentRecordBody, or the same nested under paymentResponse' })
  @ApiParam({ name: 'id', description: 'The PaymentId the LFI gave the payment' })
  @ApiBody({ type: PaymentRecordPatchDto })
  @ApiNoContentResponse({ description: 'Recorded (the same status again changes nothing); the TPP is notified while the consent’s subscription is active' })
  @ApiNotFoundResponse({ description: 'No such payment at this LFI' })
  async patch(@Param('tenant', TenantPipe) tenant: Tenant, @Param('id') id: string, @Body() body: PaymentRecordPatchDto): Promise<void> {
    await asApi(() => this.payments.recordStatus(tenant.id, id, paymentStatusChangeOf(body)));
  }
}
