import type { AccountCurrency, AccountSubType, CustomerCategory } from '../model';

/** What kind of customer a seeded PSU is; documented in the README so tests and demos can pick one. */
export type PsuProfileKey = 'everyday' | 'suspended-account' | 'closed-account' | 'long-history' | 'sme-owner' | 'sme-co-signer' | 'headless-model-user';

export interface PsuProfile {
  key: PsuProfileKey;
  description: string;
  customerCategory: CustomerCategory;
  /** Months of transaction history of every account of this PSU. */
  historyMonths: number;
  /** Fixed accounts, in order; absent = a current account plus 1–3 drawn at random. */
  accounts?: readonly { subType: AccountSubType; currency?: AccountCurrency }[];
}

const EVERYDAY: PsuProfile = {
  key: 'everyday',
  description: 'Retail customer: an AED current account plus 1–3 other accounts, 12 months of history.',
  customerCategory: 'Retail',
  historyMonths: 12,
};

/**
 * Fixed places of the banking PSUs, whatever the seed (PSU 0 is the demo user). PSUs beyond
 * these are everyday retail customers. Account statuses of PSUs 1 and 2 are imposed in
 * banking/account-statuses.ts.
 */
const BANKING_PROFILES: readonly PsuProfile[] = [
  EVERYDAY,
  { ...EVERYDAY, key: 'suspended-account', description: 'Retail customer whose last account is Suspended (403 Consent.AccountTemporarilyBlocked).' },
  { ...EVERYDAY, key: 'closed-account', description: 'Retail customer whose last account is Closed (403 Consent.PermanentAccountAccessFailure).' },
  {
    key: 'long-history',
    description: 'Long-standing retail customer: six accounts of every sub-type (one in USD), 36 months of history.',
    customerCategory: 'Retail',
    historyMonths: 36,
    accounts: [
      { subType: 'CurrentAccount' },
      { subType: 'Savings', currency: 'AED' },
      { subType: 'Savings', currency: 'USD' },
      { subType: 'CreditCard' },
      { subType: 'Mortgage' },
      { subType: 'Finance' },
    ],
  },
  {
    key: 'sme-owner',
    description: 'SME: a trading company with a trade licence; business current, savings and credit card accounts.',
    customerCategory: 'SME',
    historyMonths: 12,
    accounts: [{ subType: 'CurrentAccount' }, { subType: 'Savings', currency: 'AED' }, { subType: 'CreditCard' }],
  },
];

/**
 * The second user of each business customer: its finance officer, who co-signs the business's
 * payments when the TPP allows several authorizers (IsSingleAuthorization false), and banks here
 * personally with one AED current account. Generated right after the business's owner
 * (generator/business-users.ts), outside the numbered places above.
 */
export const SME_CO_SIGNER: PsuProfile = {
  key: 'sme-co-signer',
  description: 'Finance officer of the SME before it: co-signs its payments (multi-authorization); a personal AED current account.',
  customerCategory: 'Retail',
  historyMonths: 12,
  accounts: [{ subType: 'CurrentAccount', currency: 'AED' }],
};

/** The numbered places of business owners: each has a co-signer. */
export function businessOwnerPlaces(sector: 'banking' | 'insurance'): number[] {
  return sector === 'banking' ? BANKING_PROFILES.flatMap((p, index) => (p.customerCategory === 'SME' ? [index] : [])) : [];
}

const INSURANCE_PROFILE: PsuProfile = {
  ...EVERYDAY,
  description: 'Policy holder: the first three together hold all seven lines in every status.',
};

export function psuProfile(sector: 'banking' | 'insurance', index: number): PsuProfile {
  if (sector === 'insurance') return INSURANCE_PROFILE;
  return BANKING_PROFILES[index] ?? EVERYDAY;
}
