import type { AccountSeed, AccountStatus, LfiData } from '../model';

/**
 * Fixed places of the accounts that data sharing must refuse, whatever the seed, so tests and
 * docs can name them:
 * - the second PSU (index 1) of every banking tenant: its last account is Suspended
 *   (sub-resources answer 403 Consent.AccountTemporarilyBlocked);
 * - the third PSU (index 2): its last account is Closed (403 Consent.PermanentAccountAccessFailure).
 * The first account of every PSU stays Active, so every PSU can still complete a journey.
 */
export const SUSPENDED_ACCOUNT_PSU_INDEX = 1;
export const CLOSED_ACCOUNT_PSU_INDEX = 2;

/** The status the rule above imposes on account `position` of `count`, if any. */
export function imposedAccountStatus(psuIndex: number, position: number, count: number): AccountStatus | undefined {
  if (position === 0 || position !== count - 1) return undefined;
  if (psuIndex === SUSPENDED_ACCOUNT_PSU_INDEX) return 'Suspended';
  if (psuIndex === CLOSED_ACCOUNT_PSU_INDEX) return 'Closed';
  return undefined;
}

/** Tells which generated accounts are Suspended and which Closed. */
export function restrictedAccounts(data: LfiData): { suspended: AccountSeed[]; closed: AccountSeed[] } {
  return {
    suspended: data.accounts.filter((a) => a.status === 'Suspended'),
    closed: data.accounts.filter((a) => a.status === 'Closed'),
  };
}

/** Sub-resources of these statuses are refused with the standard's 403 codes. */
export function blockedAccessCode(status: AccountStatus): string | undefined {
  if (status === 'Suspended') return 'Consent.AccountTemporarilyBlocked';
  if (status === 'Closed' || status === 'Deceased' || status === 'Unclaimed') return 'Consent.PermanentAccountAccessFailure';
  return undefined;
}
