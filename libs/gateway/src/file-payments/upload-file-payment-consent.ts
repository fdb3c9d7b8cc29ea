import { asApi, ConsentService, ConsentType } from '@hub/consent';
import { ApiError, type Tenant } from '@hub/kernel';
import { type ConsentRecord, OzoneConnectClients, OzoneConnectError } from '@hub/ozone-connect';
import type { CallerIdentity } from '@hub/trust-framework';
import { Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import { mapOzoneError, type MappedOzoneError } from '../mapping/index-internal';
import { o3ContextOf } from '../request/o3-context';
import { PAYMENT_API } from '@hub/payments';
import { assertFileMatches, assertFileUploadable, type FilePaymentTerms } from './payment-file';
import { PaymentFileUploads } from './payment-file-uploads';
import { atLfi } from '../access-log/api-call-context';

/** Parameterised TPP path of the operation (o3-api-uri). */
export const UPLOAD_PATH = `${PAYMENT_API}/payment-consents/{ConsentId}/file`;

/** One TPP request of UploadFilePaymentConsent. */
export interface FileUpload {
  tenant: Tenant;
  req: Request;
  caller: CallerIdentity;
  clientId: string;
  consentId: string;
  idempotencyKey: string;
  bytes: Buffer;
}

/**
 * UploadFilePaymentConsent (`POST /payment-consents/{ConsentId}/file`): the TPP's file for its
 * file payment consent, checked against the consent (status, FileHash) and passed to the LFI as
 * sent, which checks its content (NumberOfTransactions, ControlSum). Idempotent on the key: the
 * same key answers as the first time and sends nothing again (PaymentFileUploads).
 */
@Injectable()
export class UploadFilePaymentConsent {
  private readonly logger = new Logger('UploadFilePaymentConsent');

  constructor(
    private readonly consents: ConsentService,
    private readonly uploads: PaymentFileUploads,
    private readonly clients: OzoneConnectClients,
  ) {}

  async execute(u: FileUpload): Promise<void> {
    const consent = await this.ownConsent(u);
    const terms = assertFileUploadable(consent);
    const fileHash = assertFileMatches(u.bytes, terms);
    const mediaType = String(u.req.headers['content-type'] ?? 'application/octet-stream');
    const begin = await this.uploads.begin({ tenantId: u.tenant.id, consentId: consent.id, clientId: u.clientId, idempotencyKey: u.idempotencyKey, fileHash, mediaType, size: u.bytes.length });
    if (begin.kind === 'replay') {
      const refusal = begin.upload.refusal;
      if (begin.upload.state === 'Refused' && refusal) throw new ApiError(refusal.status, refusal.code, refusal.message);
      return;
    }
    await this.send(u, consent, terms, mediaType);
    await this.uploads.uploaded(u.tenant.id, consent.id);
  }

  /** The TPP's payment consent; another TPP's, or a consent of another type, is as unknown as none (404). */
  private async ownConsent(u: FileUpload): Promise<ConsentRecord> {
    const consent = await asApi(() => this.consents.get(u.tenant.id, u.consentId, { tppClientId: u.clientId }));
    if (consent.consentType !== ConsentType.ServiceInitiation) throw ApiError.notFound(`No payment consent ${u.consentId} of this TPP here`);
    return consent;
  }

  /**
   * Ozone Connect: the file payment consent at the LFI (`POST /payment-consents`,
   * createBulkBatchPaymentConsent: "creating the consent at the LFI allows the payment file data
   * to be validated on receipt"; the LFI takes the same consent again), then the file (`POST
   * /payment-consents/{consentId}/file`). A refusal (4xx) is recorded so the same key is answered
   * the same; after a failure of the LFI (5xx, no answer) the upload is forgotten, so the TPP's
   * retry sends the file again.
   */
  private async send(u: FileUpload, consent: ConsentRecord, terms: FilePaymentTerms, mediaType: string): Promise<void> {
    const ctx = { ...o3ContextOf(u.req, u.caller, { apiUri: UPLOAD_PATH, method: 'POST' }, { psuIdentifiers: consent.psuIdentifiers }), consentId: consent.id };
    const lfi = this.clients.forTenant(u.tenant.id);
    try {
      await atLfi(() => lfi.callConsented('POST', '/payment-consents', { consentId: consent.id, request: terms }, ctx));
      await atLfi(() => lfi.uploadFile(`/payment-consents/${encodeURIComponent(consent.id)}/file`, u.bytes, mediaType, ctx));
    } catch (e) {
      const refusal = e instanceof OzoneConnectError ? lfiRefusal(e) : undefined;
      if (refusal) await this.uploads.refused(u.tenant.id, consent.id, u.idempotencyKey, refusal);
      else await this.uploads.abandoned(u.tenant.id, consent.id, u.idempotencyKey);
      if (!(e instanceof OzoneConnectError)) throw e;
      this.logger.warn({ reason: e.message }, 'Ozone Connect file upload failed');
      const mapped = refusal ?? mapOzoneError(e.status ?? 503, undefined);
      throw new ApiError(mapped.status, mapped.code, mapped.message);
    }
  }
}

/** The LFI's 4xx in the standard's words (its count or ControlSum check, say); undefined for its failures (5xx, no answer). */
function lfiRefusal(e: OzoneConnectError): MappedOzoneError | undefined {
  if (e.status === undefined || e.status < 400 || e.status >= 500) return undefined;
  const mapped = mapOzoneError(e.status, { errorCode: e.errorCode, errorMessage: e.errorMessage });
  return mapped.status < 500 ? mapped : undefined;
}
