// Imported (not read from disk) so tsc copies the JSON into dist/seed-data with the build.
import banking from '../../../../seed-data/mock-lfi/banking.json';
import type { CbuaePostalAddress } from '@hub/ozone-connect';

export interface Merchant {
  name: string;
  mcc: string;
  type: 'POS' | 'ECommerce';
  min: number;
  max: number;
  weight: number;
}

export interface ForeignMerchant {
  name: string;
  mcc: string;
  currency: string;
  min: number;
  max: number;
}

export interface Bank {
  name: string;
  bic: string;
  /** The 3-digit code inside that bank's IBANs. */
  code: string;
}

export interface Payee {
  name: string;
  min: number;
  max: number;
}

export const MERCHANTS = banking.merchants as Merchant[];
export const FOREIGN_MERCHANTS: readonly ForeignMerchant[] = banking.foreignMerchants;
export const RATES_TO_AED: Readonly<Record<string, string>> = banking.exchangeRatesToAed;
export const EMPLOYERS: readonly string[] = banking.employers;
export const BANKS: readonly Bank[] = banking.banks;
export const DIRECT_DEBIT_ORIGINATORS: readonly Payee[] = banking.directDebitOriginators;
export const UTILITIES: readonly Payee[] = banking.utilities;
export const STANDING_ORDER_PURPOSES: readonly string[] = banking.standingOrderPurposes;
export interface City {
  town: string;
  /** The emirate, as the document's `countrySubDivision` names it. */
  subDivision: NonNullable<CbuaePostalAddress['countrySubDivision']>;
  districts: string[];
}

export const CITIES = banking.cities as readonly City[];
