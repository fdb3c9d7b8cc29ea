import type { AccountEntity, PsuEntity } from '@hub/mock-lfi-store';
import { customerIdOf, type CopHolder, type CopPayee } from '@hub/mock-lfi-data';
import type { CbuaeCopCustomer, CbuaeVerifiedCopClaim } from '@hub/ozone-connect';
import { createHash } from 'node:crypto';

/** The KYC of UAE law is where the bank's names come from (CbuaeVerifiedCopClaim.verification). */
const VERIFIED = { trustFramework: 'UAE.FI' } as const;

/**
 * Accounts under a bar answer CoP with no customer record, as findCustomerForCop says; so do
 * those that no longer have a living, reachable holder.
 */
const BARRED = new Set(['Suspended', 'Closed', 'Deceased', 'Unclaimed']);

/**
 * A seeded account's customer: its holder as the bank knows them. A business account (the SME's,
 * or a retail customer's trading account) is held in the business's name.
 */
export function seededAccountCustomers(seed: string, account: AccountEntity, psu: PsuEntity): CbuaeCopCustomer[] {
  if (BARRED.has(account.status)) return [];
  const claim: CbuaeVerifiedCopClaim =
    account.accountType === 'SME'
      ? { verification: VERIFIED, organisationClaims: { name: account.accountHolderName } }
      : { verification: VERIFIED, claims: { fullName: psu.fullName } };
  return [{ id: customerIdOf(seed, psu), verifiedClaims: [claim] }];
}

/** A CoP test account's customers: each holder of a joint account is a record of their own. */
export function payeeCustomers(tenantId: string, payee: CopPayee): CbuaeCopCustomer[] {
  if (payee.optedOut) return [];
  return payee.holders.map((holder, index) => ({ id: `cus-cop-${digest(tenantId, payee.accountNumber, index)}`, number: `${payee.accountNumber.slice(-6)}${index + 1}`, verifiedClaims: claimsOf(holder) }));
}

function claimsOf(holder: CopHolder): CbuaeVerifiedCopClaim[] {
  if ('business' in holder) return holder.business.names.map((name) => ({ verification: VERIFIED, organisationClaims: { name } }));
  const { fullName, givenName, middleName, familyName, otherNames = [] } = holder.person;
  const parts = { ...(givenName ? { givenName } : {}), ...(middleName ? { middleName } : {}), ...(familyName ? { familyName } : {}) };
  // A name also held in Arabic script is a second verified claim of the same person.
  return [{ verification: VERIFIED, claims: { fullName, ...parts } }, ...otherNames.map((other) => ({ verification: VERIFIED, claims: { fullName: other } }))];
}

function digest(...parts: (string | number)[]): string {
  return createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 16);
}
