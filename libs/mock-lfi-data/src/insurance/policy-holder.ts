import type { InsuranceLine } from '../model';
import { SeededRandom } from '../generator/seeded-random';
import type { CustomerPsu } from '../banking/customer';

/** Lines whose PolicyHolder schema carries Employment (the others close it out). */
const WITH_EMPLOYMENT: ReadonlySet<InsuranceLine> = new Set(['employment', 'health', 'life']);

const EMIRATES = [
  { town: 'Dubai', emirate: 'Dubai', districts: ['Al Barsha', 'Jumeirah', 'Deira'] },
  { town: 'Abu Dhabi', emirate: 'AbuDhabi', districts: ['Al Reem Island', 'Khalifa City', 'Al Mushrif'] },
  { town: 'Sharjah', emirate: 'Sharjah', districts: ['Al Majaz', 'Al Nahda', 'Muwaileh'] },
] as const;

/**
 * The PSU as the insurer knows them. Drawn from the PSU's own stream (not the policy's) so every
 * policy of one customer shows the same person; birth year from the Emirates ID, as in banking.
 */
export function policyHolderOf(seed: string, psu: CustomerPsu, line: InsuranceLine): Record<string, unknown> {
  const random = new SeededRandom(`${seed}|${psu.tenantId}|policy-holder|${psu.userId}`);
  const [firstName, ...rest] = psu.fullName.split(' ');
  const gender = random.pick(['Male', 'Female'] as const);
  const place = random.pick(EMIRATES);
  const holder: Record<string, unknown> = {
    Salutation: gender === 'Male' ? 'Mr' : 'Ms',
    FirstName: firstName,
    LastName: rest.join(' ') || firstName,
    Gender: gender,
    DateOfBirth: `${psu.emiratesId.slice(4, 8)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
    MaritalStatus: random.pick(['Single', 'Married'] as const),
    Nationality: 'ARE',
    PrimaryLanguage: random.pick(['Arabic', 'English'] as const),
    MobileNumber: `+9715${random.digits(8)}`,
    EmailAddress: `${psu.fullName.toLowerCase().replace(/[^a-z]+/g, '.')}@example.ae`,
    Address: [
      {
        AddressType: 'Residential',
        AddressLine: [`Apartment ${random.int(101, 2408)}`, `Building ${random.int(1, 90)}`],
        DistrictName: random.pick(place.districts),
        TownName: place.town,
        CountrySubDivision: place.emirate,
        Country: 'AE',
      },
    ],
  };
  const monthly = random.int(8, 60) * 1000;
  if (WITH_EMPLOYMENT.has(line)) {
    holder.Employment = {
      EmploymentStatus: 'Employed',
      EmployerName: random.pick(['Emirates Logistics LLC', 'Gulf Retail Group', 'Desert Rose Hospitality']),
      JobTitle: random.pick(['Accountant', 'Engineer', 'Operations Manager']),
      MonthlyIncomeAmount: { Currency: 'AED', Amount: `${monthly}.00` },
    };
  }
  return holder;
}

/** Identity: the Emirates ID the insurer verified at underwriting. */
export function identityOf(psu: CustomerPsu): Record<string, unknown> {
  return { EmiratesId: { EmiratesIdNumber: psu.emiratesId } };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
