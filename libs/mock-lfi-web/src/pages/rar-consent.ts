import type { ConsentRecord } from '@hub/ozone-connect';

/** One item of an insurance consent's Permissions: the line and what may be shared of it. */
export interface InsurancePermission {
  InsuranceType: string;
  Permissions: string[];
}

/**
 * The members of a consent's RAR (`request.consent`, in the standard's PascalCase) that the pages
 * read. The hub validated the RAR against the standard before the consent reached the LFI; the
 * form of Permissions follows from the consent type (codes, or one item per insurance line).
 */
export interface RarConsent {
  ConsentId?: string;
  ExpirationDateTime?: string;
  /** Payments: false lets several users of a business authorize (approvals/multi-authorization.ts). */
  IsSingleAuthorization?: unknown;
  Permissions?: string[] | InsurancePermission[];
  AccountType?: string[];
  AccountSubType?: string[];
  FromDate?: string;
  ToDate?: string;
  TransactionFromDateTime?: string;
  TransactionToDateTime?: string;
  OpenFinanceBilling?: { Purpose?: string };
  OnBehalfOf?: { TradingName?: string; LegalName?: string };
  ControlParameters?: unknown;
  CreditorReference?: unknown;
  PaymentPurposeCode?: unknown;
}

export function rarOf(consent: ConsentRecord): RarConsent {
  return consent.request.consent as RarConsent;
}

/** The Permissions of a data-sharing or payment consent: codes. */
export function permissionCodesOf(rar: RarConsent): string[] {
  return (rar.Permissions ?? []) as string[];
}

/** The Permissions of an insurance consent: one item per line. */
export function insurancePermissionsOf(rar: RarConsent): InsurancePermission[] {
  return (rar.Permissions ?? []) as InsurancePermission[];
}
