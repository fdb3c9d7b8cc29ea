import type { ConsentRecord } from '@hub/ozone-connect';
import { fileHashOf, type FilePaymentTerms } from '../payment-file';

/** A payroll file in the sandbox's `sandbox.payroll.csv.v1` format (two transfers, 1500.00 AED). */
export const PAYROLL_FILE = Buffer.from(
  'CreditorIBAN,CreditorName,Amount,Currency,Reference\nAE070331234567890123456,Aisha Khan,1000.00,AED,Salary May\nAE460090000000123456789,Omar Said,500.00,AED,Salary May\n',
  'utf8',
);

export function payrollTerms(extra: Partial<FilePaymentTerms> = {}): FilePaymentTerms {
  return { FileType: 'sandbox.payroll.csv.v1', FileHash: fileHashOf(PAYROLL_FILE), NumberOfTransactions: 2, ControlSum: '1500.00', ...extra };
}

/** A service-initiation consent record of `clientId` whose schedule is `schedule` (a FilePayment by default). */
export function filePaymentConsent(o: { id?: string; status?: string; clientId?: string; schedule?: Record<string, unknown>; consentType?: string } = {}): ConsentRecord {
  const id = o.id ?? 'file-consent-1';
  const clientId = o.clientId ?? 'tpp-client-1';
  return {
    id,
    rarType: 'urn:openfinanceuae:service-initiation-consent:v2.1',
    standardVersion: 'v2.1',
    consentGroupId: id,
    consentType: o.consentType ?? 'cbuae-service-initiation-consents',
    status: o.status ?? 'Authorized',
    request: { type: 'urn:openfinanceuae:service-initiation-consent:v2.1', consent: {} },
    requestHeaders: {},
    consentBody: {
      Data: {
        ConsentId: id,
        Status: o.status ?? 'Authorized',
        ControlParameters: { ConsentSchedule: o.schedule ?? { FilePayment: payrollTerms() } },
        PaymentPurposeCode: 'SAL',
      },
    },
    tpp: { clientId, tppId: `tpp-${clientId}`, tppName: 'Test TPP', softwareStatementId: `ss-${clientId}`, orgId: 'org-1', decodedSsa: {} },
    updatedAt: 0,
    psuIdentifiers: { userId: 'user-1' },
    accountIds: ['acc-1'],
  };
}
