import { asApi } from '@hub/consent';
import { ApiError, type Tenant } from '@hub/kernel';
import { OzoneConnectClients, OzoneConnectError } from '@hub/ozone-connect';
import { PaymentLog, type PaymentLogEntry } from '@hub/payments';
import type { CallerIdentity } from '@hub/trust-framework';
import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { serviceResourceError } from '../mapping/index-internal';
import { o3ContextOf } from '../request/o3-context';
import { FILE_PAYMENTS_PATH } from './create-file-payment';
import { atLfi } from '../access-log/api-call-context';

/** Parameterised TPP path of RetrieveFilePaymentReport (o3-api-uri). */
export const REPORT_PATH = `${FILE_PAYMENTS_PATH}/{PaymentId}/report`;

/** The LFI's report of a file payment, as it sent it. */
export interface FilePaymentReport {
  mediaType?: string;
  bytes: Buffer;
}

/**
 * The TPP's reads of its file payments: by idempotency key, the payment as the payment log has it
 * (the status the LFI last reported through the Consent Manager), and the LFI's report of it.
 */
@Injectable()
export class FilePaymentReads {
  constructor(
    private readonly payments: PaymentLog,
    private readonly clients: OzoneConnectClients,
  ) {}

  /** The TPP's file payment; another TPP's, a single payment's id, or one the LFI never created is 404. */
  async own(tenantId: string, paymentId: string, clientId: string): Promise<PaymentLogEntry> {
    const entry = await asApi(() => this.payments.own(tenantId, paymentId, clientId));
    if (entry.paymentType !== 'cbuae-file-payment') throw ApiError.notFound(`No file payment ${paymentId} of this TPP here`);
    return entry;
  }

  /**
   * The id of the file payment the TPP made with this x-idempotency-key. Only a payment the LFI
   * has created has a resource to point at: none, one in flight or one refused is 404 (the
   * document lists no 404 here; the hub answers for an unknown resource as everywhere).
   */
  async byIdempotencyKey(tenantId: string, clientId: string, key: string): Promise<string> {
    const entry = await asApi(() => this.payments.findByIdempotencyKey(tenantId, clientId, 'cbuae-file-payment', key));
    if (!entry?.paymentId) throw ApiError.notFound('No file payment of this TPP with this x-idempotency-key');
    return entry.paymentId;
  }

  /**
   * Ozone Connect `GET /payments/{paymentId}/report-file` under the payment's consent. A report the
   * LFI does not have (yet) is a resource that does not exist (404); its other errors are the
   * standard's.
   */
  async report(tenant: Tenant, req: Request, caller: CallerIdentity, entry: PaymentLogEntry): Promise<FilePaymentReport> {
    const ctx = { ...o3ContextOf(req, caller, { apiUri: REPORT_PATH, method: 'GET' }, { psuIdentifiers: entry.psuIdentifiers }), consentId: entry.consentId };
    try {
      return await atLfi(() => this.clients.forTenant(tenant.id).getFile(`/payments/${encodeURIComponent(entry.paymentId!)}/report-file`, ctx));
    } catch (e) {
      if (!(e instanceof OzoneConnectError)) throw e;
      throw serviceResourceError(e, `the LFI has no report of file payment ${entry.paymentId}`);
    }
  }
}
