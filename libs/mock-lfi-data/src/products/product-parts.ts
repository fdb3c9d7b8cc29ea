import type { OzoneCatalogueProduct } from '@hub/ozone-connect';
import type { SeededRandom } from '../generator/seeded-random';
import type { BankStyle } from './bank-style';

/** The Ozone Connect products document's Product and its parts (the same schema as the standard's). */
export type Product = OzoneCatalogueProduct;
export type Details = NonNullable<Product['Product']>;
export type Eligibility = NonNullable<Product['Eligibility']>;
export type Charges = NonNullable<NonNullable<Details['CurrentAccount']>['Charges']>;
export type Money = { Amount: string; Currency: string };

/** An AED amount as the document writes it (AEActiveCurrencyAndAmount_SimpleType). */
export function aed(amount: number): Money {
  return { Amount: amount.toFixed(2), Currency: 'AED' };
}

/** A market rate moved by the bank's pricing and a product-level draw, in percent with two decimals. */
export function rateOf(style: BankStyle, random: SeededRandom, market: number, spread = 0.25): number {
  const draw = random.int(-Math.round(spread * 100), Math.round(spread * 100)) / 100;
  return Math.max(0.01, Math.round((market + style.rateShift + draw) * 100) / 100);
}

/** A market fee at the bank's fee level, rounded to whole dirhams (0 stays 0). */
export function feeOf(style: BankStyle, market: number): number {
  return Math.round(market * style.feeLevel);
}

/** One charge (AEProductCharges item): a fixed amount, or a rate when `rate` is given. */
export function charge(type: Charges[number]['Type'], name: string, description: string, amount: number | { rate: number }): Charges[number] {
  const measure = typeof amount === 'number' ? { Amount: aed(amount) } : { Rate: amount.rate };
  return { Type: type, Name: name.slice(0, 40), Description: description, Charge: [measure] };
}

/** The product's links: where to apply and read its terms, on the bank's own site. */
export function linksOf(style: BankStyle, slug: string, card = false): NonNullable<Product['Links']> {
  const page = `https://${style.host}/products/${slug}`;
  return {
    ApplicationUri: `${page}/apply`,
    ApplicationPhoneNumber: style.phone,
    ApplicationEmail: `sales@${style.host.replace(/^www\./, '')}`,
    ApplicationDescription: `Apply online, in the ${style.bankName} app, at any branch or by calling ${style.phone}.`,
    KfsUri: `${page}/key-facts.pdf`,
    OverviewUri: page,
    TermsUri: `${page}/terms.pdf`,
    FeesAndPricingUri: `https://${style.host}/fees`,
    ScheduleOfChargesUri: `https://${style.host}/schedule-of-charges.pdf`,
    EligibilityUri: `${page}#eligibility`,
    ...(card ? { CardImageUri: `${page}/card.png` } : {}),
  };
}

export const DIGITAL_CHANNELS: NonNullable<Product['Channels']> = [
  { Type: 'MobileApp', Description: 'Open and manage it in the mobile app' },
  { Type: 'Internet', Description: 'Online banking' },
  { Type: 'Branch', Description: 'Any branch in the UAE' },
  { Type: 'Phone', Description: 'Call centre, 24/7' },
];
export const ADVISED_CHANNELS: NonNullable<Product['Channels']> = [
  { Type: 'Branch', Description: 'Any branch in the UAE' },
  { Type: 'RelationshipManager', Description: 'A relationship manager guides the application' },
  { Type: 'Internet', Description: 'Start the application online' },
];

/** Who may hold a deposit product: any adult resident, alone or jointly. */
export function depositEligibility(minimumAge: number): Eligibility {
  return {
    ResidenceStatus: [
      { Type: 'UaeResident', Description: 'UAE nationals' },
      { Type: 'ExpatriatesResident', Description: 'Residents with a valid UAE residence visa' },
      { Type: 'GCCNational', Description: 'GCC nationals' },
    ],
    CustomerType: [
      { Type: 'Retail', Description: 'Personal customers' },
      { Type: 'New', Description: 'New to the bank' },
      { Type: 'Existing', Description: 'Existing customers' },
    ],
    AccountOwnership: [
      { Type: 'Individual', Description: 'In one name' },
      { Type: 'Joint', Description: 'Jointly with up to three holders' },
    ],
    Age: [{ Type: 'MinimumAge', Description: `At least ${minimumAge} years old`, Value: minimumAge }],
  };
}

/** Who may borrow: salaried or self-employed residents within an age band, earning the bank's minimum. */
export function lendingEligibility(style: BankStyle, o: { minimumSalary: number; maximumAge: number; minimumCreditScore: number; nonResidents?: boolean }): Eligibility {
  return {
    ResidenceStatus: [
      { Type: 'UaeResident', Description: 'UAE nationals' },
      { Type: 'ExpatriatesResident', Description: 'Residents with a valid UAE residence visa' },
      ...(o.nonResidents ? [{ Type: 'NonUaeResident' as const, Description: 'Non-residents buying in designated freehold areas' }] : []),
    ],
    EmploymentStatus: [
      { Type: 'Salaried', Description: 'Employed with a salary paid monthly' },
      { Type: 'SelfEmployed', Description: 'Business owners with two years of audited accounts' },
      { Type: 'MinimumSalary', Description: `A monthly salary of at least AED ${o.minimumSalary.toLocaleString('en-US')}` },
      { Type: 'MinimumEmploymentTenure', Description: 'Six months with the current employer' },
    ],
    CustomerType: [
      { Type: 'Retail', Description: 'Personal customers' },
      { Type: 'New', Description: 'New to the bank' },
      { Type: 'Existing', Description: 'Existing customers' },
    ],
    AccountOwnership: [{ Type: 'Individual', Description: 'In the applicant\'s name' }],
    Age: [
      { Type: 'MinimumAge', Description: 'At least 21 years old', Value: 21 },
      { Type: 'MaximumAge', Description: `At most ${o.maximumAge} years old at the end of the term`, Value: o.maximumAge },
    ],
    FinancialRequirements: [
      { Type: 'MinimumCreditScore', Description: 'Al Etihad Credit Bureau score', Value: o.minimumCreditScore },
      { Type: 'MinimumSalaryTransferRequirement', Description: 'Monthly salary', Amount: aed(o.minimumSalary) },
      { Type: 'DebtBurdenRatio', Description: 'Monthly repayments at most half of the salary (CBUAE limit)', Value: 50 },
      { Type: 'NoRecentDefaults', Description: `No default reported to ${style.bankName} or the credit bureau in the last 12 months` },
    ],
    AdditionalEligibility: [{ Type: 'TimeInCountry', Description: 'Resident in the UAE for at least six months' }],
  };
}
