import type { LfiTenant } from '../model';
import { bankCode } from '../generator/accounts';
import { uaeIban } from '../generator/iban';

/** A holder of a CoP test account: a person under one or more names, or a business under its legal and trading names. */
export type CopHolder = { person: { fullName: string; givenName?: string; middleName?: string; familyName?: string; otherNames?: readonly string[] } } | { business: { names: readonly string[] } };

/**
 * A fixed account of every sandbox bank whose holders a TPP can name in a Confirmation of Payee,
 * whatever the seed: one per kind of answer (README, "Confirmation of Payee"). They exist for name
 * checks only; the seeded customers' accounts answer CoP with their holders' names as well.
 */
export interface CopPayee {
  /** The 16-digit account number inside the IBAN (after the bank's code). */
  accountNumber: string;
  holders: readonly CopHolder[];
  /** The holder opted out of CoP (or the account is barred): the bank returns no customer record. */
  optedOut?: boolean;
}

/** The test accounts (71… account numbers); a seeded account with the same IBAN, were one ever drawn, would answer first. */
export const COP_PAYEES: readonly CopPayee[] = [
  { accountNumber: '7100000000000001', holders: [{ person: { fullName: 'Mohammed Rashid Al Mansoori', givenName: 'Mohammed', middleName: 'Rashid', familyName: 'Al Mansoori' } }] },
  { accountNumber: '7100000000000002', holders: [{ person: { fullName: 'Abdul Rahman Saleh Al Nuaimi', givenName: 'Abdul Rahman', middleName: 'Saleh', familyName: 'Al Nuaimi' } }] },
  { accountNumber: '7100000000000003', holders: [{ person: { fullName: 'Omar Haddad', givenName: 'Omar', familyName: 'Haddad' } }, { person: { fullName: 'Leila Haddad', givenName: 'Leila', familyName: 'Haddad' } }] },
  { accountNumber: '7100000000000004', holders: [{ business: { names: ['Desert Rose General Trading L.L.C.', 'Desert Rose Traders'] } }] },
  { accountNumber: '7100000000000005', holders: [{ person: { fullName: 'Fatima Ahmed Al Ketbi', givenName: 'Fatima', middleName: 'Ahmed', familyName: 'Al Ketbi', otherNames: ['فاطمة أحمد الكتبي'] } }] },
  { accountNumber: '7100000000000006', holders: [{ person: { fullName: 'Yousef Khan', givenName: 'Yousef', familyName: 'Khan' } }], optedOut: true },
];

export function copPayeeIban(tenant: LfiTenant, payee: CopPayee): string {
  return uaeIban(bankCode(tenant), payee.accountNumber);
}

/** The CoP test account of this bank with this IBAN (normalised), if it is one. */
export function copPayeeOf(tenant: LfiTenant, iban: string): CopPayee | undefined {
  return COP_PAYEES.find((payee) => copPayeeIban(tenant, payee) === iban);
}
