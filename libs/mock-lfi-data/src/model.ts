/** One LFI served by the mock LFI app (a tenant of the hub). */
export interface LfiTenant {
  id: string;
  name: string;
  sector: 'banking' | 'insurance';
  /** The bank code of its IBANs when the sandbox config sets one (`tenants[].bankCode`); else derived from the id. */
  bankCode?: string;
  /** The caller plays the LFI (`tenants[].headless`): its first PSU has the official Postman collections' fixed ids (generator/headless-profile.ts). */
  headless?: boolean;
}

/** A synthetic customer (PSU) with the credentials the mock LFI's login page accepts. */
export interface PsuSeed {
  tenantId: string;
  /** Opaque and stable; carries no PII so it can travel in consents and logs. */
  userId: string;
  username: string;
  password: string;
  otp: string;
  fullName: string;
  /** Shaped like a real Emirates ID: `784-YYYY-NNNNNNN-C`, Luhn check digit. */
  emiratesId: string;
  /** Retail for people; SME for a business customer, whose KYC claims carry a trade licence. */
  customerCategory: CustomerCategory;
  /** Which documented kind of customer this is (see generator/psu-profiles.ts). */
  profile: string;
  accountIds: string[];
  insurancePolicyIds: string[];
}

export type AccountType = 'Retail' | 'SME' | 'Corporate';
export type CustomerCategory = 'Retail' | 'SME';
export type AccountSubType = 'CurrentAccount' | 'Savings' | 'CreditCard' | 'Mortgage' | 'Finance';
export type AccountCurrency = 'AED' | 'USD' | 'EUR' | 'GBP';
export type AccountStatus = 'Active' | 'Inactive' | 'Dormant' | 'Unclaimed' | 'Deceased' | 'Suspended' | 'Closed';

export interface AccountSeed {
  tenantId: string;
  /** 1–40 characters, opaque and stable. */
  accountId: string;
  userId: string;
  accountType: AccountType;
  accountSubType: AccountSubType;
  currency: AccountCurrency;
  /** `AE` + ISO 13616 check digits + 3-digit bank code + 16-digit account number. */
  iban: string;
  accountHolderName: string;
  nickname: string;
  /** ISO date (`YYYY-MM-DD`). */
  openingDate: string;
  status: AccountStatus;
  isShariaCompliant: boolean;
  /** Calendar months of transaction history before the generation epoch (12 unless the PSU's profile says more). */
  historyMonths: number;
}

export type InsuranceLine = 'motor' | 'health' | 'home' | 'life' | 'travel' | 'renters' | 'employment';
export type InsurancePolicyStatus = 'Active' | 'Expired' | 'Cancelled';

export interface InsurancePolicySeed {
  tenantId: string;
  insurancePolicyId: string;
  userId: string;
  line: InsuranceLine;
  status: InsurancePolicyStatus;
  /** ISO dates (`YYYY-MM-DD`). */
  startDate: string;
  endDate: string;
  /** Decimal string with two fraction digits, as the standards carry amounts. */
  premiumAmount: string;
  currency: 'AED';
}

export interface LfiData {
  psus: PsuSeed[];
  accounts: AccountSeed[];
  policies: InsurancePolicySeed[];
}

export interface GenerateOptions {
  /** PSUs per tenant; defaults to `psuCount` in seed-data/mock-lfi/settings.json. */
  psuCount?: number;
  /** Called after each PSU is generated, for progress bars of large data sets. */
  onPsu?: (done: number, total: number) => void;
}
