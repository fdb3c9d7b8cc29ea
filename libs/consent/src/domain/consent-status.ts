/** AEConsentStatus of the v2.1 documents. */
export enum ConsentStatus {
  AwaitingAuthorization = 'AwaitingAuthorization',
  Authorized = 'Authorized',
  Rejected = 'Rejected',
  Revoked = 'Revoked',
  Expired = 'Expired',
  Consumed = 'Consumed',
  Suspended = 'Suspended',
}

export const TERMINAL_STATUSES: readonly ConsentStatus[] = [ConsentStatus.Rejected, ConsentStatus.Revoked, ConsentStatus.Expired, ConsentStatus.Consumed];

export function isTerminal(status: ConsentStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

/** AERevokedBy. */
export const REVOKED_BY = ['LFI', 'TPP', 'LFI.InitiatedByUser', 'TPP.InitiatedByUser'] as const;
export type RevokedBy = (typeof REVOKED_BY)[number];

/** The Consent Manager's `consentType` values, one per consent family. */
export enum ConsentType {
  AccountAccess = 'cbuae-account-access-consents',
  ServiceInitiation = 'cbuae-service-initiation-consents',
  Insurance = 'cbuae-insurance-consents',
}

/** RAR `authorization_details[].type` → consentType (`urn:openfinanceuae:<kind>-consent:vX.Y`). */
const RAR_TYPE = /^urn:openfinanceuae:(account-access|service-initiation|insurance)-consent:(v\d+\.\d+)$/;

export function parseRarType(rarType: string): { consentType: ConsentType; standardVersion: string } | undefined {
  const m = RAR_TYPE.exec(rarType);
  if (!m) return undefined;
  const consentType = { 'account-access': ConsentType.AccountAccess, 'service-initiation': ConsentType.ServiceInitiation, insurance: ConsentType.Insurance }[m[1]]!;
  return { consentType, standardVersion: m[2] };
}
