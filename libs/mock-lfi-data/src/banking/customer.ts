import type { CbuaeCustomer, CbuaeCustomerById } from '@hub/ozone-connect';
import type { AccountSeed, PsuSeed } from '../model';
import { epochDay } from '../generator/dates';
import { SeededRandom, stableId } from '../generator/seeded-random';
import { CITIES } from './banking-inputs';
import { EPOCH_INSTANT_MS, uaeDateTime } from './uae-time';

export type CustomerPsu = Pick<PsuSeed, 'tenantId' | 'userId' | 'fullName' | 'emiratesId'> & Partial<Pick<PsuSeed, 'customerCategory'>>;

export function customerIdOf(seed: string, psu: CustomerPsu): string {
  return stableId('cus-', 16, seed, psu.tenantId, psu.userId);
}

/**
 * KYC claims of a PSU: names from the PSU, the rest drawn from its own stream. An SME customer is
 * its business (trade licence, tax number, corporate address), as the standard's corporate claims say.
 */
export function customerOf(seed: string, psu: CustomerPsu): CbuaeCustomer {
  return psu.customerCategory === 'SME' ? businessCustomerOf(seed, psu) : personCustomerOf(seed, psu);
}

function personCustomerOf(seed: string, psu: CustomerPsu): CbuaeCustomer {
  const random = new SeededRandom(`${seed}|${psu.tenantId}|customer|${psu.userId}`);
  const [givenName, ...family] = psu.fullName.split(' ');
  const city = random.pick(CITIES);
  const birthYear = psu.emiratesId.slice(4, 8);
  const birthDate = `${birthYear}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
  const handle = psu.fullName.toLowerCase().replace(/[^a-z]+/g, '.');
  return {
    id: customerIdOf(seed, psu),
    number: random.digits(10),
    customerCategory: 'Retail',
    verifiedClaims: [
      {
        verification: { trustFramework: 'FI', time: uaeDateTime(EPOCH_INSTANT_MS - random.int(400, 3000) * 86_400_000) },
        claims: {
          identityType: 'Person',
          fullName: psu.fullName,
          givenName,
          familyName: family.join(' '),
          emiratesId: psu.emiratesId,
          emiratesIdExpiryDate: epochDay(random.int(90, 1500)),
          birthDate,
          mobileNumber: `+9715${random.digits(8)}`,
          email: `${handle}@example.ae`,
          residentialAddress: {
            addressType: 'Residential',
            addressLine: [`Apartment ${random.int(101, 2408)}`, `Building ${random.int(1, 90)}`],
            districtName: random.pick(city.districts),
            townName: city.town,
            countrySubDivision: city.subDivision,
            country: 'AE',
          },
        },
      },
    ],
  };
}

function businessCustomerOf(seed: string, psu: CustomerPsu): CbuaeCustomer {
  const random = new SeededRandom(`${seed}|${psu.tenantId}|business|${psu.userId}`);
  const familyName = psu.fullName.split(' ').slice(1).join(' ');
  const businessName = `${familyName} Trading LLC`;
  const city = random.pick(CITIES);
  const domain = `${familyName.toLowerCase().replace(/[^a-z]+/g, '')}-trading.ae`;
  return {
    id: customerIdOf(seed, psu),
    number: random.digits(10),
    customerCategory: 'SME',
    verifiedClaims: [
      {
        verification: { trustFramework: 'FI', time: uaeDateTime(EPOCH_INSTANT_MS - random.int(400, 3000) * 86_400_000) },
        claims: {
          identityType: 'Business',
          businessName,
          // Dubai DED licences read CN-NNNNNNN; UAE tax registration numbers are 15 digits from 100.
          tradeLicenceNumber: `CN-${random.digits(7)}`,
          taxIdentificationNumber: `100${random.digits(12)}`,
          dateOfIncorporation: epochDay(-random.int(800, 6000)),
          countryOfIncorporation: 'AE',
          corporateAddress: {
            addressType: 'Business',
            addressLine: [`Office ${random.int(101, 1908)}`, `${random.pick(city.districts)} Business Centre`],
            townName: city.town,
            countrySubDivision: city.subDivision,
            country: 'AE',
          },
          corporateContactEmail: `accounts@${domain}`,
          corporateContactPhoneNumber: `+9714${random.digits(7)}`,
          industry: 'General Trading',
          companyWebsite: `https://www.${domain}`,
        },
      },
    ],
  };
}

/** The parties of an account (GET /accounts/{id}/customer): its holder, sole and principal. */
export function accountCustomersOf(seed: string, psu: CustomerPsu, account: AccountSeed): CbuaeCustomerById[] {
  return [{ ...customerOf(seed, psu), customerType: 'Sole', customerCategory: account.accountType, accountRole: 'Principal' }];
}
