import { ApiError } from '@hub/kernel';
import { findPaymentFile, recordFilePaymentTerms, storePaymentFile, type FilePaymentTerms } from '@hub/mock-lfi-store';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { filePaymentTermsOf, PaymentConsents, requirePaymentConsent } from './payment-consent';
import { type PaymentCaller, PaymentDesk } from './payment-desk';
import { isAmount } from './payment-money';
import { checkPayrollFile, fileHashOf, PAYROLL_FILE_TYPE } from './payroll-file';

/** Consent statuses in which the file may be uploaded: before the user approves it (the file is checked first) and after. */
const UPLOADABLE = new Set(['AwaitingAuthorization', 'Authorized']);

function invalid(message: string, path: string): ApiError {
  return ApiError.badRequest(message, path);
}

/** `POST /payment-consents` body: `{consentId, request: AEFilePaymentConsent}`, checked as far as the bank relies on it. */
export function filePaymentConsentOf(body: unknown, consentIdHeader: string): FilePaymentTerms {
  const { consentId, request } = (body ?? {}) as { consentId?: unknown; request?: Partial<FilePaymentTerms> };
  if (typeof consentId !== 'string' || !consentId) throw invalid('consentId is required', 'consentId');
  if (consentId !== consentIdHeader) throw ApiError.badRequest(`consentId '${consentId}' is not o3-consent-id '${consentIdHeader}'`, 'consentId', 'Consent.Invalid');
  if (!request || typeof request !== 'object') throw invalid('request (AEFilePaymentConsent) is required', 'request');
  if (typeof request.FileType !== 'string' || !request.FileType) throw invalid('request.FileType is required', 'request.FileType');
  if (typeof request.FileHash !== 'string' || !request.FileHash || request.FileHash.length > 44) throw invalid('request.FileHash must be base64(SHA-256) of the file', 'request.FileHash');
  if (!Number.isInteger(request.NumberOfTransactions) || request.NumberOfTransactions! < 1) throw invalid('request.NumberOfTransactions must be a positive integer', 'request.NumberOfTransactions');
  if (!isAmount(request.ControlSum)) throw invalid('request.ControlSum must be an amount with two decimals', 'request.ControlSum');
  if (request.FileType !== PAYROLL_FILE_TYPE) throw new ApiError(400, 'Consent.BusinessRuleViolation', `The bank takes FileType ${PAYROLL_FILE_TYPE} only, not ${request.FileType}`, 'request.FileType');
  return request as FilePaymentTerms;
}

/**
 * The bank's side of Bulk/Batch payments before the payment: the consent the hub creates here so
 * the file can be checked on receipt (`POST /payment-consents`, the Consent Manager staying the
 * source of truth), and the file itself (`POST /payment-consents/{consentId}/file`).
 */
@Injectable()
export class PaymentFiles {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly desk: PaymentDesk,
    private readonly consents: PaymentConsents,
  ) {}

  /** Keeps the consent's terms; the same consent again is fine, other terms for it are refused. */
  async recordConsent(caller: PaymentCaller, terms: FilePaymentTerms): Promise<void> {
    this.desk.bankOf(caller.tenantId);
    const written = await recordFilePaymentTerms(this.db, caller.tenantId, caller.consentId, terms, new Date());
    if (written === 'conflict') throw ApiError.badRequest(`File payment consent ${caller.consentId} was created with other terms`, 'request', 'Consent.Invalid');
  }

  /**
   * Takes the consent's file once it proves to be the one consented: the bank's file type, its
   * FileHash, NumberOfTransactions and ControlSum (400 Consent.FailsControlParameters otherwise).
   * The same file again is fine; another one is refused.
   */
  async upload(caller: PaymentCaller, consentId: string, bytes: Buffer, contentType: string | undefined): Promise<void> {
    const tenant = this.desk.bankOf(caller.tenantId);
    if (consentId !== caller.consentId) throw ApiError.badRequest(`The path's consent '${consentId}' is not o3-consent-id '${caller.consentId}'`, 'consentId', 'Consent.Invalid');
    const consent = requirePaymentConsent(await this.consents.current(tenant, consentId, (c) => filePaymentTermsOf(c) !== undefined), caller.callerClientId);
    if (!UPLOADABLE.has(consent.status)) throw ApiError.badRequest(`Consent ${consentId} is ${consent.status}: a file is taken only while it is AwaitingAuthorization or Authorized`, 'o3-consent-id', 'Consent.Invalid');
    const terms = (await findPaymentFile(this.db, tenant.id, consentId))?.terms ?? filePaymentTermsOf(consent);
    if (!terms) throw ApiError.badRequest(`Consent ${consentId} is not a file payment consent`, 'o3-consent-id', 'Consent.Invalid');
    checkPayrollFile(bytes, terms);
    const file = { content: bytes.toString('utf8'), contentType: contentType?.slice(0, 128) ?? null, fileHash: fileHashOf(bytes) };
    if ((await storePaymentFile(this.db, tenant.id, consentId, file, new Date())) === 'conflict') {
      throw new ApiError(400, 'Consent.BusinessRuleViolation', `Another file was uploaded for consent ${consentId} already`);
    }
  }
}
